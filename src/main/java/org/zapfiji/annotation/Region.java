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

package org.zapfiji.annotation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A box, in µm, that an annotator works through. Once declared
 * {@link RegionStatus#COMPLETE}, every neuron inside it is marked: training
 * labels are dense there and "ignore" elsewhere. Immutable.
 */
public final class Region {

	private final long id;

	private final double[] min;

	private final double[] max;

	private final String name;

	private final String annotator;

	private final RegionStatus status;

	private final Instant created;

	private final Instant modified;

	/**
	 * @param min lower corner x, y, z in µm
	 * @param max upper corner x, y, z in µm, each ≥ min
	 */
	public Region(final long id, final double[] min, final double[] max,
		final String name, final String annotator, final RegionStatus status,
		final Instant created, final Instant modified)
	{
		if (min.length != 3 || max.length != 3) throw new IllegalArgumentException(
			"region " + id + ": corners need x, y, z");
		for (int d = 0; d < 3; d++)
			if (!(Double.isFinite(min[d]) && Double.isFinite(max[d]) &&
				min[d] <= max[d])) throw new IllegalArgumentException("region " + id +
					": expected finite min <= max, " + "found " + Arrays.toString(min) +
					" .. " + Arrays.toString(max));
		this.id = id;
		this.min = min.clone();
		this.max = max.clone();
		this.name = name == null ? "" : name;
		this.annotator = Objects.requireNonNull(annotator, "annotator");
		this.status = Objects.requireNonNull(status, "status");
		this.created = Objects.requireNonNull(created, "created");
		this.modified = modified == null ? created : modified;
	}

	public long id() {
		return id;
	}

	public double[] min() {
		return min.clone();
	}

	public double[] max() {
		return max.clone();
	}

	public String name() {
		return name;
	}

	public String annotator() {
		return annotator;
	}

	public RegionStatus status() {
		return status;
	}

	public Instant created() {
		return created;
	}

	public Instant modified() {
		return modified;
	}

	/** Whether the point x, y, z (µm) lies inside, borders included. */
	public boolean contains(final double x, final double y, final double z) {
		return x >= min[0] && x <= max[0] && y >= min[1] && y <= max[1] &&
			z >= min[2] && z <= max[2];
	}

	/** The same region with another status, modified at {@code when}. */
	public Region withStatus(final RegionStatus newStatus, final Instant when) {
		return new Region(id, min, max, name, annotator, newStatus, created, when);
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Region)) return false;
		final Region r = (Region) o;
		return id == r.id && Arrays.equals(min, r.min) && Arrays.equals(max,
			r.max) && name.equals(r.name) && annotator.equals(r.annotator) &&
			status == r.status && created.equals(r.created) && modified.equals(
				r.modified);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "region " + id + " " + Arrays.toString(min) + ".." + Arrays.toString(
			max) + " µm, " + status.id() + ", by " + annotator;
	}
}
