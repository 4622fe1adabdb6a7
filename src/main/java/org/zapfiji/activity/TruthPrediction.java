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

package org.zapfiji.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.AxisSlice;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;

/**
 * Volumes that keep truth and prediction side by side, as ZAPBench's video
 * models write their forecasts: the last axis in Zarr order (the fastest here)
 * holds 0 = truth, 1 = prediction. Commands that expect x, y, z and t pick one
 * of the two with a {@code channel} key through {@link #select}, and so read
 * such a volume exactly as they would read the same frames written alone.
 * <p>
 * The axis is recognised by place, not name: it is the fastest axis and is not
 * x, y, z or t (ZAPBench names it {@code g}; others write {@code c},
 * {@code channel}, or leave it unnamed, which the Zarr reader calls {@code c}).
 */
public final class TruthPrediction {

	/** The channel key's default: the prediction where there is a choice. */
	public static final int AUTO = -1;

	public static final int TRUTH = 0;

	public static final int PREDICTION = 1;

	private static final List<String> SPACE_TIME = List.of("x", "y", "z", "t");

	private TruthPrediction() {}

	/**
	 * The channel a user means: {@code auto}, {@code truth}, {@code prediction}
	 * (any case) or an index from 0.
	 *
	 * @return {@link #AUTO}, {@link #TRUTH}, {@link #PREDICTION} or the index
	 * @throws IllegalArgumentException saying what is accepted
	 */
	public static int parse(final String text) {
		final String t = text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("auto")) return AUTO;
		if (t.equals("truth")) return TRUTH;
		if (t.equals("prediction")) return PREDICTION;
		if (t.matches("\\d{1,9}")) return Integer.parseInt(t);
		throw new IllegalArgumentException(
			"expected auto, truth, prediction or an index from 0, found '" + text +
				"'");
	}

	/**
	 * The truth/prediction axis of {@code volume} (fastest first), or -1: its
	 * fastest axis when that is not x, y, z or t and is not the only one.
	 */
	public static int axis(final Volume volume) {
		final List<String> axes = volume.axes();
		return axes.size() > 1 && !SPACE_TIME.contains(axes.get(0)) ? 0 : -1;
	}

	/**
	 * The part of {@code volume} that {@code channel} names: with {@link #AUTO},
	 * the prediction when the volume has a truth/prediction axis of size 2, else
	 * the volume as it is; otherwise that index along the axis.
	 *
	 * @throws FormatException naming the file and its axes when a channel is
	 *           asked of a volume without the axis, or the index is past its end
	 */
	public static Volume select(final Volume volume, final int channel)
		throws FormatException
	{
		final int axis = axis(volume);
		if (channel == AUTO) return axis >= 0 && size(volume, axis) == 2 ? slice(
			volume, axis, PREDICTION) : volume;
		final String file = volume.level(0).location();
		if (axis < 0) throw FormatException.field(file, "channel " + channel,
			"a last axis (Zarr order) besides x, y, z and t holding 0 = truth, " +
				"1 = prediction", "axes " + describe(volume));
		if (channel >= size(volume, axis)) throw FormatException.field(file,
			"channel " + channel, "an index below the size of axis " + volume.axes()
				.get(axis), "axes " + describe(volume));
		return slice(volume, axis, channel);
	}

	private static Volume slice(final Volume volume, final int axis,
		final int index)
	{
		return AxisSlice.of(volume, volume.axes().get(axis), index);
	}

	private static long size(final Volume volume, final int axis) {
		return volume.metadata().shape()[axis];
	}

	/** "x 256, y 192, z 8, t 64, c 2": names and sizes in Zarr order. */
	static String describe(final Volume volume) {
		final List<String> parts = new ArrayList<>();
		final long[] shape = volume.metadata().shape();
		for (int d = shape.length - 1; d >= 0; d--)
			parts.add(volume.axes().get(d) + " " + shape[d]);
		return String.join(", ", parts) + " (slowest first)";
	}
}
