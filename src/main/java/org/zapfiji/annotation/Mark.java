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
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One neuron center marked by an annotator: an immutable value. Edits make new
 * values with the {@code with...} methods; the project store keeps the history.
 * <p>
 * Positions and radii are in µm in the reference space of the project (the
 * volume's physical coordinates), never in voxels, so marks survive a change of
 * resolution level or crop.
 */
public final class Mark {

	private final long id;

	private final double[] position;

	private final double[] radius;

	private final MarkStatus status;

	private final String annotator;

	private final int round;

	private final Instant created;

	private final Instant modified;

	private final double[] click;

	private final String refinement;

	private final double score;

	private final String comment;

	private final Set<String> tags;

	private final Integer frame;

	private Mark(final Builder b) {
		this.id = b.id;
		this.position = b.position.clone();
		this.radius = b.radius.clone();
		this.status = Objects.requireNonNull(b.status, "status");
		this.annotator = Objects.requireNonNull(b.annotator, "annotator");
		this.round = b.round;
		this.created = Objects.requireNonNull(b.created, "created");
		this.modified = b.modified == null ? b.created : b.modified;
		this.click = b.click == null ? this.position.clone() : b.click.clone();
		this.refinement = b.refinement == null ? "none" : b.refinement;
		this.score = b.score;
		this.comment = b.comment == null ? "" : b.comment;
		this.tags = Collections.unmodifiableSet(new TreeSet<>(b.tags));
		this.frame = b.frame;
	}

	/** Starts a mark with this id at {@code x, y, z} µm. */
	public static Builder builder(final long id, final double x, final double y,
		final double z)
	{
		return new Builder(id, new double[] { x, y, z });
	}

	/** A builder holding every field of this mark, to change some. */
	public Builder toBuilder() {
		final Builder b = new Builder(id, position);
		b.radius = radius.clone();
		b.status = status;
		b.annotator = annotator;
		b.round = round;
		b.created = created;
		b.modified = modified;
		b.click = click.clone();
		b.refinement = refinement;
		b.score = score;
		b.comment = comment;
		b.tags = new TreeSet<>(tags);
		b.frame = frame;
		return b;
	}

	/** Stable 64-bit id, unique across projects (see {@link MarkIds}). */
	public long id() {
		return id;
	}

	/** Center x, y, z in µm. */
	public double[] position() {
		return position.clone();
	}

	public double x() {
		return position[0];
	}

	public double y() {
		return position[1];
	}

	public double z() {
		return position[2];
	}

	/** Radius per axis x, y, z in µm. */
	public double[] radius() {
		return radius.clone();
	}

	public MarkStatus status() {
		return status;
	}

	public String annotator() {
		return annotator;
	}

	/** The review round the mark was made or last changed in. */
	public int round() {
		return round;
	}

	public Instant created() {
		return created;
	}

	public Instant modified() {
		return modified;
	}

	/** Where the annotator clicked, in µm, before snapping to the center. */
	public double[] click() {
		return click.clone();
	}

	/**
	 * How the click was refined: "none", "local_maximum", "centroid", "gaussian",
	 * ...
	 */
	public String refinement() {
		return refinement;
	}

	/** Refinement or detection score; NaN when there is none. */
	public double score() {
		return score;
	}

	public String comment() {
		return comment;
	}

	/** Sorted, unmodifiable. */
	public Set<String> tags() {
		return tags;
	}

	/** The time frame the mark belongs to, or null for all frames. */
	public Integer frame() {
		return frame;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Mark)) return false;
		final Mark m = (Mark) o;
		return id == m.id && Arrays.equals(position, m.position) && Arrays.equals(
			radius, m.radius) && status == m.status && annotator.equals(
				m.annotator) && round == m.round && created.equals(m.created) &&
			modified.equals(m.modified) && Arrays.equals(click, m.click) && refinement
				.equals(m.refinement) && Double.compare(score, m.score) == 0 && comment
					.equals(m.comment) && tags.equals(m.tags) && Objects.equals(frame,
						m.frame);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id) * 31 + Arrays.hashCode(position);
	}

	@Override
	public String toString() {
		return "mark " + id + " at " + Arrays.toString(position) + " µm, " + status
			.id() + ", by " + annotator;
	}

	/** Collects the fields of a {@link Mark}. */
	public static final class Builder {

		private final long id;

		private final double[] position;

		private double[] radius = { 2.5, 2.5, 2.5 };

		private MarkStatus status = MarkStatus.UNREVIEWED;

		private String annotator = "unknown";

		private int round;

		private Instant created = Instant.EPOCH;

		private Instant modified;

		private double[] click;

		private String refinement;

		private double score = Double.NaN;

		private String comment;

		private Set<String> tags = new TreeSet<>();

		private Integer frame;

		private Builder(final long id, final double[] position) {
			this.id = id;
			this.position = checkFinite(id, position.clone());
		}

		/** Moves the center, in µm. */
		public Builder position(final double x, final double y, final double z) {
			System.arraycopy(checkFinite(id, new double[] { x, y, z }), 0, position,
				0, 3);
			return this;
		}

		private static double[] checkFinite(final long id, final double[] p) {
			for (final double v : p)
				if (!Double.isFinite(v)) throw new IllegalArgumentException("mark " +
					id + ": position must be finite, was " + Arrays.toString(p));
			return p;
		}

		/** One radius in µm for all axes. */
		public Builder radius(final double r) {
			return radius(r, r, r);
		}

		/** Radius per axis in µm; each must be positive. */
		public Builder radius(final double rx, final double ry, final double rz) {
			if (!(rx > 0 && ry > 0 && rz > 0)) throw new IllegalArgumentException(
				"mark " + id + ": radius must be positive, was " + rx + ", " + ry +
					", " + rz);
			this.radius = new double[] { rx, ry, rz };
			return this;
		}

		public Builder status(final MarkStatus s) {
			this.status = s;
			return this;
		}

		public Builder annotator(final String name) {
			this.annotator = name;
			return this;
		}

		public Builder round(final int r) {
			this.round = r;
			return this;
		}

		public Builder created(final Instant t) {
			this.created = t;
			return this;
		}

		public Builder modified(final Instant t) {
			this.modified = t;
			return this;
		}

		/** The raw click, in µm. */
		public Builder click(final double x, final double y, final double z) {
			this.click = new double[] { x, y, z };
			return this;
		}

		public Builder refinement(final String method,
			final double refinementScore)
		{
			this.refinement = method;
			this.score = refinementScore;
			return this;
		}

		public Builder comment(final String text) {
			this.comment = text;
			return this;
		}

		public Builder tags(final Set<String> newTags) {
			this.tags = new TreeSet<>(newTags);
			return this;
		}

		/** The frame the mark belongs to, or null for all frames. */
		public Builder frame(final Integer t) {
			this.frame = t;
			return this;
		}

		public Mark build() {
			return new Mark(this);
		}
	}
}
