/*-
 * #%L
 * ZAP Fiji: annotate, label and inspect whole-brain zebrafish recordings.
 * %%
 * Copyright (C) 2026 ZAP Fiji developers.
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */

package org.zapfiji.annotation.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.zapfiji.annotation.Mark;

/**
 * The optimal one-to-one pairing of a reference set of marks with a test set:
 * the most pairs at most {@code maxDistance} µm apart, and among those the
 * least total distance. Positions are in µm, so anisotropic voxels need no
 * special care. Unpaired reference marks are misses, unpaired test marks false
 * positives. {@code matches}: pairs, in the order of the reference list
 * {@code missed}: reference marks without a partner (false negatives)
 * {@code falsePositives}: test marks without a partner
 */
public final class MarkMatching {

	private final List<Match> matches;

	private final List<Mark> missed;

	private final List<Mark> falsePositives;

	public MarkMatching(final List<Match> matches, final List<Mark> missed,
		final List<Mark> falsePositives)
	{
		this.matches = List.copyOf(matches);
		this.missed = List.copyOf(missed);
		this.falsePositives = List.copyOf(falsePositives);
	}

	/**
	 * Pairs {@code test} with {@code reference}.
	 *
	 * @param maxDistance largest distance of a pair, µm, positive
	 */
	public static MarkMatching of(final List<Mark> reference,
		final List<Mark> test, final double maxDistance)
	{
		if (!(maxDistance > 0 && Double.isFinite(maxDistance)))
			throw new IllegalArgumentException(
				"distance must be positive and finite, was " + maxDistance);
		final int[] partner = new ComponentAssignment(positions(reference),
			positions(test), maxDistance).solve();
		final List<Match> matches = new ArrayList<>();
		final List<Mark> missed = new ArrayList<>();
		final boolean[] used = new boolean[test.size()];
		for (int i = 0; i < reference.size(); i++) {
			if (partner[i] < 0) {
				missed.add(reference.get(i));
				continue;
			}
			used[partner[i]] = true;
			final Mark r = reference.get(i);
			final Mark t = test.get(partner[i]);
			matches.add(new Match(r, t, distance(r, t)));
		}
		final List<Mark> falsePositives = new ArrayList<>();
		for (int j = 0; j < test.size(); j++)
			if (!used[j]) falsePositives.add(test.get(j));
		return new MarkMatching(matches, missed, falsePositives);
	}

	/** An empty matching, for empty inputs. */
	public static MarkMatching empty() {
		return new MarkMatching(Collections.emptyList(), Collections.emptyList(),
			Collections.emptyList());
	}

	/** Pairs, in the order of the reference list. */
	public List<Match> matches() {
		return matches;
	}

	/** Reference marks without a partner (false negatives). */
	public List<Mark> missed() {
		return missed;
	}

	/** Test marks without a partner. */
	public List<Mark> falsePositives() {
		return falsePositives;
	}

	/** The sum of the pair distances, µm. */
	public double totalDistance() {
		double sum = 0;
		for (final Match m : matches)
			sum += m.distance();
		return sum;
	}

	static double distance(final Mark a, final Mark b) {
		final double dx = a.x() - b.x();
		final double dy = a.y() - b.y();
		final double dz = a.z() - b.z();
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	private static double[][] positions(final List<Mark> marks) {
		final double[][] p = new double[marks.size()][];
		for (int i = 0; i < p.length; i++)
			p[i] = marks.get(i).position();
		return p;
	}
}
