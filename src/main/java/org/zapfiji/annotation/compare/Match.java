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

import java.util.Objects;

import org.zapfiji.annotation.Mark;

/**
 * A reference mark and the test mark paired with it, {@code distance} µm apart.
 */
public final class Match {

	private final Mark reference;

	private final Mark test;

	private final double distance;

	public Match(final Mark reference, final Mark test, final double distance) {
		this.reference = reference;
		this.test = test;
		this.distance = distance;
	}

	public Mark reference() {
		return reference;
	}

	public Mark test() {
		return test;
	}

	/** Distance between the two, µm. */
	public double distance() {
		return distance;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Match)) return false;
		final Match m = (Match) o;
		return reference.equals(m.reference) && test.equals(m.test) && Double
			.compare(distance, m.distance) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(reference, test, distance);
	}

	@Override
	public String toString() {
		return "match of " + reference.id() + " and " + test.id() + " at " +
			distance + " µm";
	}
}
