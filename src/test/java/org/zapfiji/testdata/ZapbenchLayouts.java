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

package org.zapfiji.testdata;

import static org.zapfiji.testdata.MiniZapbench.DEPTH;
import static org.zapfiji.testdata.MiniZapbench.FRAMES;
import static org.zapfiji.testdata.MiniZapbench.HEIGHT;
import static org.zapfiji.testdata.MiniZapbench.WIDTH;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.zarr.ZarrCompressor;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * How ZAPBench stores each of its arrays, scaled down to the mini crop. Shapes
 * here are fastest first, as everywhere in the data layer; ZAPBench's Zarr
 * shapes list x, y, z, t (with a {@code transpose} codec that puts x fastest on
 * disk), so reversed they read t, z, y, x.
 * <p>
 * Sources (google-research/zapbench and a copy of its colab with the printed
 * outputs, tkukurin/zapbench):
 * <ul>
 * <li>raw: {@code colabs/datasets.py} (tkukurin/zapbench) prints the schema of
 * {@code volumes/20240930/raw}: labels x, y, z, t; shape 2048 × 1328 × 72 ×
 * 7879; uint16; fill 0; chunks [512, 512, 1, 1]; codecs transpose [3, 2, 1, 0],
 * bytes little, blosc {cname zstd, clevel 4, shuffle, typesize 2, blocksize 0};
 * dimension units 406 nm, 406 nm, 4000 nm, 0.9141 s. Found.</li>
 * <li>traces: same colab: shape [7879, 71721] (t, neuron), float32, fill 0.0,
 * chunks [512, 512], codecs bytes little only, no dimension names (the labels
 * t, f come from the transform in {@code zapbench/constants.py}). Found.</li>
 * <li>dF/F {@code df_over_f_xyz_chunked/s0..s2}: zarr3 and x, y, z, t order
 * ({@code video_forecasting/data_loading.py} transposes [3, 0, 1, 2] to t, x,
 * y, z), first codec a transpose and {@code dimension_units} in the attributes
 * ({@code video_forecasting/infer.py}), s1 and s2 halve x and y
 * ({@code video_forecasting/configs/unet.py}), range [-0.25, 1.5]
 * ({@code constants.MIN_MAX_VALUES}, {@code configs/unet.py}). Found. Chunks
 * [512, 512, 72, 1] and blosc zstd: from the project's FORMATS.md, not
 * confirmed in code; clevel 4 and byte shuffle: inferred from raw.</li>
 * <li>segmentation: zarr3, x, y, z, 2048 × 1328 × 72
 * ({@code video_forecasting/config.py} seg_shape). Found. Data type uint64,
 * chunks and codecs: inferred (FFN segmentations are uint64 by convention;
 * codecs as raw; chunks as the xyz-chunked dF/F).</li>
 * <li>forecasts: zarr v2 (driver 'zarr'), shape [windows, 32, neurons], dtype
 * {@code <f4}, chunks [min(windows, 32), 1, min(neurons, 16384)], no compressor
 * ({@code ts_forecasting/infer.py}, {@code util.create_ts_spec}). Found. Fill
 * value null: inferred (TensorStore's default).</li>
 * </ul>
 * Chunk shapes are scaled down so that the mini arrays still have several
 * chunks along x and y, with edge chunks: 512 → 128 in x and y, all of z (72 →
 * 8) where ZAPBench chunks all of z, traces 512 × 512 → 32 frames × 64 neurons.
 */
final class ZapbenchLayouts {

	/** ZAPBench's raw-video compressor (found). */
	static final ZarrCompressor BLOSC_ZSTD_4 = ZarrCompressor.blosc("zstd", 4,
		BloscCodec.Shuffle.BYTE, 0);

	/** 512 in ZAPBench. */
	static final int CHUNK_XY = 128;

	/** 512 × 512 in ZAPBench (time, neuron). */
	static final int TRACE_CHUNK_T = 32;

	static final int TRACE_CHUNK_N = 64;

	/** Fastest-first names of ZAPBench's x, y, z, t. */
	static final List<String> TZYX = List.of("t", "z", "y", "x");

	static final List<String> ZYX = List.of("z", "y", "x");

	private ZapbenchLayouts() {}

	/** v3, transpose to x fastest on disk, bytes, blosc zstd 4 shuffle. */
	static ZarrLayout volume(final int numDimensions) {
		return ZarrLayout.v3().withCompressor(BLOSC_ZSTD_4).withFortranOrder(
			numDimensions);
	}

	/** v3, bytes only. */
	static ZarrLayout traces() {
		return ZarrLayout.v3().withCompressor(null);
	}

	/** v2, uncompressed, order C. */
	static ZarrLayout forecasts() {
		return ZarrLayout.v2().withCompressor(null);
	}

	static ArrayMetadata raw() {
		return ArrayMetadata.of(new long[] { FRAMES, DEPTH, HEIGHT, WIDTH },
			new int[] { 1, 1, CHUNK_XY, CHUNK_XY }, DataType.UINT16, 0L, TZYX);
	}

	/** dF/F at level 0, 1 or 2; each level halves x and y. */
	static ArrayMetadata deltaFOverF(final int level) {
		return ArrayMetadata.of(new long[] { FRAMES, DEPTH, HEIGHT >> level,
			WIDTH >> level }, new int[] { 1, DEPTH, CHUNK_XY, CHUNK_XY },
			DataType.FLOAT32, 0.0, TZYX);
	}

	static ArrayMetadata segmentation() {
		return ArrayMetadata.of(new long[] { DEPTH, HEIGHT, WIDTH }, new int[] {
			DEPTH, CHUNK_XY, CHUNK_XY }, DataType.UINT64, 0L, ZYX);
	}

	/** Zarr shape [T, N]: fastest first [N, T], no axis names. */
	static ArrayMetadata traces(final int neurons) {
		return ArrayMetadata.of(new long[] { neurons, FRAMES }, new int[] {
			TRACE_CHUNK_N, TRACE_CHUNK_T }, DataType.FLOAT32, 0.0, List.of());
	}

	/** Zarr shape [windows, 32, N]: fastest first [N, 32, windows]. */
	static ArrayMetadata forecast(final int windows, final int neurons) {
		return ArrayMetadata.of(new long[] { neurons, MiniZapbench.HORIZON,
			windows }, new int[] { Math.min(neurons, 16384), 1, Math.min(windows,
				32) }, DataType.FLOAT32, 0.0, List.of());
	}

	/**
	 * TensorStore's {@code dimension_units} attribute for an x, y, z(, t) volume
	 * downsampled {@code factor} times in x and y. The values are found (406 nm,
	 * 4000 nm, 0.9141 s); writing them as "406 nm" strings is TensorStore's
	 * documented form, inferred for ZAPBench.
	 */
	static Map<String, Object> dimensionUnits(final int factor,
		final boolean withTime)
	{
		final String xy = nanometres(406 * factor);
		return withTime ? Map.of("dimension_units", List.of(xy, xy, nanometres(
			4000), "0.9141 s")) : Map.of("dimension_units", List.of(xy, xy,
				nanometres(4000)));
	}

	private static String nanometres(final int value) {
		return String.format(Locale.ROOT, "%d nm", value);
	}
}
