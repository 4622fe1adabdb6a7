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

package org.zapfiji.viewer.source;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.zapfiji.viewer.transform.Affine3D;

/**
 * One colour channel (red, green or blue) of activity painted through a
 * segmentation: for each voxel, label → colour of that neuron at the time point
 * ({@link LabelColors}) → this channel's 0–255 value.
 * <p>
 * Why three sources and not one source of values: the renderer draws every
 * source with one colour scaled linearly from black ({@code SourceDisplay}),
 * and a diverging blue–white–red map is not such a scale. Three channel sources
 * drawn red, green and blue over the range 0–255 add up to exactly the painted
 * colour, with the renderer, its block loading and its view transforms
 * unchanged, so a window and a batch render show the same pixels. The renderer
 * recognises the three channels of one painting drawn as they are made to be
 * drawn and reads each label once for all three (the same pixels, a third of
 * the work).
 */
public final class ActivitySource implements ViewerSource {

	/** The colour of every label at one time point. */
	public interface LabelColors {

		/** Time points that can be painted. */
		int numTimepoints();

		/**
		 * 0xRRGGBB by label at {@code t}: element 0 the background; labels past the
		 * end are painted as the background.
		 */
		int[] colors(int t) throws IOException;
	}

	private static final String[] CHANNELS = { "red", "green", "blue" };

	/** 0xRRGGBB each channel is drawn in. */
	public static final int[] DISPLAY_COLORS = { 0xff0000, 0x00ff00, 0x0000ff };

	private final ViewerSource segmentation;

	private final LabelColors colors;

	private final int channel;

	private final String name;

	/**
	 * @param channel 0 red, 1 green, 2 blue
	 */
	public ActivitySource(final ViewerSource segmentation,
		final LabelColors colors, final int channel, final String name)
	{
		if (channel < 0 || channel > 2) throw new IllegalArgumentException(
			"channel must be 0 (red), 1 (green) or 2 (blue), was " + channel);
		this.segmentation = segmentation;
		this.colors = colors;
		this.channel = channel;
		this.name = name + " " + CHANNELS[channel];
	}

	/** The label volume painted through. */
	public ViewerSource segmentation() {
		return segmentation;
	}

	/** The colours painted; the three channels of one painting share them. */
	public LabelColors labelColors() {
		return colors;
	}

	/** 0 red, 1 green, 2 blue. */
	public int channel() {
		return channel;
	}

	/**
	 * The segmentation's time point shown at {@code t}: its last one for a
	 * segmentation of one time point.
	 */
	public int segmentationTime(final int t) {
		return Math.min(t, segmentation.numTimepoints() - 1);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int numTimepoints() {
		return colors.numTimepoints();
	}

	@Override
	public int numLevels() {
		return segmentation.numLevels();
	}

	@Override
	public long[] dimensions(final int level) {
		return segmentation.dimensions(level);
	}

	@Override
	public Affine3D voxelToGlobal(final int level, final int t) {
		return segmentation.voxelToGlobal(level, segmentationTime(t));
	}

	@Override
	public VoxelBlocks blocks(final int level, final int t) {
		final VoxelBlocks labels = segmentation.blocks(level, segmentationTime(t));
		final int[] byLabel;
		try {
			byLabel = colors.colors(t);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		final int shift = 16 - 8 * channel;
		final int[] levels = new int[byLabel.length];
		for (int i = 0; i < levels.length; i++)
			levels[i] = byLabel[i] >> shift & 0xff;
		return new VoxelBlocks() {

			@Override
			public long[] dimensions() {
				return labels.dimensions();
			}

			@Override
			public Block peek(final long x, final long y, final long z) {
				final Block b = labels.peek(x, y, z);
				return b == null ? null : new Painted(b, levels);
			}

			@Override
			public Block load(final long x, final long y, final long z)
				throws IOException
			{
				return new Painted(labels.load(x, y, z), levels);
			}
		};
	}

	/** The channel's values: 0 black … 255 full colour. */
	@Override
	public double[] initialRange() {
		return new double[] { 0, 255 };
	}

	@Override
	public String spaceUnit() {
		return segmentation.spaceUnit();
	}

	@Override
	public double timeStep() {
		return segmentation.timeStep();
	}

	@Override
	public String timeUnit() {
		return segmentation.timeUnit();
	}

	/** A label block read through a label → channel value table. */
	private static final class Painted extends Block {

		private final Block labels;

		private final int[] levels;

		Painted(final Block labels, final int[] levels) {
			super(new long[] { labels.x0, labels.y0, labels.z0 }, new int[] {
				(int) (labels.x1 - labels.x0), (int) (labels.y1 - labels.y0),
				(int) (labels.z1 - labels.z0) }, labels.offset, new int[] { labels.sx,
					labels.sy, labels.sz });
			this.labels = labels;
			this.levels = levels;
		}

		@Override
		public double get(final int index) {
			final double label = labels.get(index);
			return label >= 0 && label < levels.length ? levels[(int) label] : 0;
		}
	}
}
