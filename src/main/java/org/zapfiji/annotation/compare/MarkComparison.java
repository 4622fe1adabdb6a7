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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * A test set of marks judged against a reference set, overall and per region.
 * <p>
 * Per region, only marks inside the region count, and they are matched among
 * themselves: a reference mark just inside a border whose partner lies just
 * outside is a miss of that region, though a match overall. That is what "every
 * neuron inside a complete region is marked" needs checked.
 * {@code maxDistance}: largest distance of a pair, µm {@code matching}: the
 * overall pairing {@code overall}: metrics of the overall pairing
 * {@code perRegion}: metrics per region, in the order given
 */
public final class MarkComparison {

	private final double maxDistance;

	private final MarkMatching matching;

	private final AgreementMetrics overall;

	private final Map<Region, AgreementMetrics> perRegion;

	public MarkComparison(final double maxDistance, final MarkMatching matching,
		final AgreementMetrics overall,
		final Map<Region, AgreementMetrics> perRegion)
	{
		this.maxDistance = maxDistance;
		this.matching = matching;
		this.overall = overall;
		this.perRegion = Collections.unmodifiableMap(new LinkedHashMap<>(
			perRegion));
	}

	/**
	 * Compares {@code test} with {@code reference}, overall and in each region.
	 */
	public static MarkComparison of(final List<Mark> reference,
		final List<Mark> test, final double maxDistance, final List<Region> regions)
	{
		final MarkMatching matching = MarkMatching.of(reference, test, maxDistance);
		final Map<Region, AgreementMetrics> perRegion = new LinkedHashMap<>();
		for (final Region region : regions)
			perRegion.put(region, AgreementMetrics.of(MarkMatching.of(inside(
				reference, region), inside(test, region), maxDistance)));
		return new MarkComparison(maxDistance, matching, AgreementMetrics.of(
			matching), perRegion);
	}

	public double maxDistance() {
		return maxDistance;
	}

	public MarkMatching matching() {
		return matching;
	}

	public AgreementMetrics overall() {
		return overall;
	}

	/** Metrics per region, in the order given. */
	public Map<Region, AgreementMetrics> perRegion() {
		return perRegion;
	}

	private static List<Mark> inside(final List<Mark> marks,
		final Region region)
	{
		return marks.stream().filter(m -> region.contains(m.x(), m.y(), m.z()))
			.collect(Collectors.toList());
	}
}
