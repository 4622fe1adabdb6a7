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

package org.zapfiji.labels;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.plugin.Plugin;
import org.zapfiji.data.ChunkedArray;

/**
 * The label volumes ZAP Fiji makes itself, each a {@link LabelKind} plugin, so
 * they are found and listed exactly like a third party's.
 */
public final class BuiltInKinds {

	public static final String INSTANCES = "instances";

	public static final String SPHERES = "spheres";

	public static final String HEATMAP = "heatmap";

	public static final String FOREGROUND = "foreground";

	public static final String IGNORE = "ignore";

	private BuiltInKinds() {}

	/** The built-in kinds by name, for use without plugin discovery. */
	public static Map<String, LabelKind> all() {
		final Map<String, LabelKind> kinds = new LinkedHashMap<>();
		kinds.put(INSTANCES, new Instances());
		kinds.put(SPHERES, new Spheres());
		kinds.put(HEATMAP, new Heatmap());
		kinds.put(FOREGROUND, new Foreground());
		kinds.put(IGNORE, new Ignore());
		return kinds;
	}

	@Plugin(type = LabelKind.class, name = INSTANCES)
	public static final class Instances implements LabelKind {

		@Override
		public String description() {
			return "instance ids grown from the marks over the smoothed image (uint32)";
		}

		@Override
		public ChunkedArray labels(final LabelContext c) {
			final LabelParameters p = c.parameters();
			return new SeededGrowth(c.grid(), c.marks(), c.image(), c.time(), c
				.cache(), p.smoothing, p.maxRadius, p.threshold);
		}
	}

	@Plugin(type = LabelKind.class, name = SPHERES)
	public static final class Spheres implements LabelKind {

		@Override
		public String description() {
			return "instance ids as ellipsoids of the marks' radii (uint32)";
		}

		@Override
		public ChunkedArray labels(final LabelContext c) {
			return new EllipsoidLabels(c.grid(), c.marks());
		}
	}

	@Plugin(type = LabelKind.class, name = HEATMAP)
	public static final class Heatmap implements LabelKind {

		@Override
		public String description() {
			return "Gaussian blobs of sigma µm at the marks' centers, peak 1 (float32)";
		}

		@Override
		public ChunkedArray labels(final LabelContext c) {
			return new CenterHeatmap(c.grid(), c.marks(), c
				.parameters().heatmapSigma);
		}
	}

	@Plugin(type = LabelKind.class, name = FOREGROUND)
	public static final class Foreground implements LabelKind {

		@Override
		public String description() {
			return "1 inside any instance, 0 elsewhere (uint8)";
		}

		@Override
		public ChunkedArray labels(final LabelContext c)
			throws java.io.IOException
		{
			return new ForegroundMask(c.grid(), c.labels(c
				.parameters().foregroundFrom));
		}
	}

	@Plugin(type = LabelKind.class, name = IGNORE)
	public static final class Ignore implements LabelKind {

		@Override
		public String description() {
			return "1 outside every complete region, where nothing is known (uint8)";
		}

		@Override
		public ChunkedArray labels(final LabelContext c) {
			return new IgnoreMask(c.grid(), c.regions());
		}
	}
}
