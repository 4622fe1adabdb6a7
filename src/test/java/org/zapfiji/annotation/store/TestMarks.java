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

package org.zapfiji.annotation.store;

import java.time.Instant;
import java.util.Random;
import java.util.Set;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/** Random but valid marks and regions, every field set, for store tests. */
final class TestMarks {

	private TestMarks() {}

	/** A mark in ZAPBench's 830 × 540 × 290 µm volume. */
	static Mark mark(final Random r, final long id) {
		return Mark.builder(id, r.nextDouble() * 830, r.nextDouble() * 540, r
			.nextDouble() * 290) //
			.radius(2 + r.nextDouble(), 2 + r.nextDouble(), 3 + r.nextDouble()) //
			.status(MarkStatus.values()[r.nextInt(MarkStatus.values().length)]) //
			.annotator(r.nextBoolean() ? "alice" : "bob") //
			.round(r.nextInt(4)) //
			.created(Instant.ofEpochSecond(1_700_000_000L + r.nextInt(1000), r
				.nextInt(1_000_000_000))) //
			.modified(Instant.ofEpochSecond(1_800_000_000L, r.nextInt(1000))) //
			.click(r.nextDouble() * 830, r.nextDouble() * 540, r.nextDouble() * 290) //
			.refinement(r.nextBoolean() ? "none" : "centroid", r.nextBoolean()
				? Double.NaN : r.nextDouble()) //
			.comment(r.nextBoolean() ? "" : "µ \"quoted\" ñ " + r.nextInt()) //
			.tags(r.nextBoolean() ? Set.of() : Set.of("dim", "edge " + r.nextInt(3))) //
			.frame(r.nextBoolean() ? null : r.nextInt(100)) //
			.build();
	}

	/** The same mark moved and re-reviewed. */
	static Mark changed(final Random r, final Mark m) {
		return m.toBuilder().position(m.x() + r.nextGaussian(), m.y(), m.z())
			.status(MarkStatus.ACCEPTED).comment("moved " + r.nextInt()).build();
	}

	static Region region(final Random r, final long id) {
		final double x = r.nextDouble() * 600;
		final double y = r.nextDouble() * 400;
		final double z = r.nextDouble() * 200;
		return new Region(id, new double[] { x, y, z }, new double[] { x + 100, y +
			80, z + 40 }, "region " + id, "carol", RegionStatus.IN_PROGRESS, Instant
				.ofEpochSecond(1_750_000_000L, 123), null);
	}
}
