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

import java.util.List;

/**
 * One metadata field of a ZAPBench array as the mini-ZAPBench must write it:
 * the array (path below the root), the field (dot-separated path into
 * {@code zarr.json} or {@code .zarray}), the expected JSON, and where the value
 * comes from (found in a source, scaled, or inferred).
 */
final class ZapbenchField {

	private final String array;
	private final String field;
	private final String json;
	private final String source;

	ZapbenchField(final String array, final String field, final String json,
		final String source)
	{
		this.array = array;
		this.field = field;
		this.json = json;
		this.source = source;
	}

	String array() {
		return array;
	}

	String field() {
		return field;
	}

	String json() {
		return json;
	}

	String source() {
		return source;
	}

	static final String RAW = "volumes/20240930/raw";

	static final String SEGMENTATION = "volumes/20240930/segmentation";

	static final String DFF = "volumes/20240930/df_over_f_xyz_chunked/";

	static final String TRACES = "volumes/20240930/traces";

	static final String FORECAST =
		"inference/20250131/100000001/1/predictions/test_condition_0";

	private static final String DATASETS =
		"tkukurin/zapbench colabs/datasets.py (schema printout of " +
			"google-research/zapbench colabs/datasets.ipynb)";

	private static final String VOLUME_CODECS =
		"[{\"name\":\"transpose\",\"configuration\":{\"order\":[3,2,1,0]}}," +
			"{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}," +
			"{\"name\":\"blosc\",\"configuration\":{\"cname\":\"zstd\",\"clevel\":4," +
			"\"shuffle\":\"shuffle\",\"typesize\":%d,\"blocksize\":0}}]";

	private static final String UNITS =
		"[\"%d nm\",\"%d nm\",\"4000 nm\",\"0.9141 s\"]";

	/** The table the test checks, with its sources. */
	static List<ZapbenchField> table() {
		return List.of( //
			new ZapbenchField(RAW, "zarr_format", "3", "found: " + DATASETS +
				", driver zarr3"), //
			new ZapbenchField(RAW, "data_type", "\"uint16\"", "found: " + DATASETS),
			new ZapbenchField(RAW, "shape", "[256,192,8,64]",
				"scaled: ZAPBench [2048,1328,72,7879] (" + DATASETS + ")"),
			new ZapbenchField(RAW, "dimension_names", "[\"x\",\"y\",\"z\",\"t\"]",
				"found: " + DATASETS + " domain labels"), //
			new ZapbenchField(RAW, "fill_value", "0", "found: " + DATASETS),
			new ZapbenchField(RAW, "chunk_grid.configuration.chunk_shape",
				"[128,128,1,1]", "scaled: ZAPBench [512,512,1,1] (" + DATASETS + ")"),
			new ZapbenchField(RAW, "codecs", String.format(VOLUME_CODECS, 2),
				"found: " + DATASETS), //
			new ZapbenchField(RAW, "attributes.dimension_units", String.format(UNITS,
				406, 406), "values found: " + DATASETS +
					"; string form inferred from TensorStore's zarr3 schema"),
			new ZapbenchField(RAW, "chunk_key_encoding",
				"{\"name\":\"default\",\"configuration\":{\"separator\":\"/\"}}",
				"inferred: TensorStore's default"), //
			new ZapbenchField(TRACES, "data_type", "\"float32\"", "found: " +
				DATASETS), //
			new ZapbenchField(TRACES, "shape", "[64,150]",
				"scaled: ZAPBench [7879,71721] (t, neuron; zapbench/constants.py SPECS)"),
			new ZapbenchField(TRACES, "chunk_grid.configuration.chunk_shape",
				"[32,64]", "scaled: ZAPBench [512,512] (" + DATASETS + ")"),
			new ZapbenchField(TRACES, "codecs",
				"[{\"name\":\"bytes\",\"configuration\":{\"endian\":\"little\"}}]",
				"found: " + DATASETS), //
			new ZapbenchField(TRACES, "fill_value", "0.0", "found: " + DATASETS),
			new ZapbenchField(TRACES, "dimension_names", null, "found: " + DATASETS +
				" shows no labels; constants.py adds t, f in a transform"),
			new ZapbenchField(DFF + "s0", "data_type", "\"float32\"",
				"found: FORMATS.md; video_forecasting trains on it as float"),
			new ZapbenchField(DFF + "s0", "dimension_names",
				"[\"x\",\"y\",\"z\",\"t\"]",
				"found: video_forecasting/data_loading.py transposes [3,0,1,2] to t,x,y,z"),
			new ZapbenchField(DFF + "s0", "codecs", String.format(VOLUME_CODECS, 4),
				"transpose first found (video_forecasting/infer.py edits " +
					"codecs[0].configuration.order); blosc zstd from FORMATS.md; " +
					"clevel and shuffle inferred from raw"), //
			new ZapbenchField(DFF + "s0", "chunk_grid.configuration.chunk_shape",
				"[128,128,8,1]", "scaled: ZAPBench [512,512,72,1] (FORMATS.md)"),
			new ZapbenchField(DFF + "s1", "shape", "[128,96,8,64]",
				"found: s1 halves x and y (video_forecasting/configs/unet.py)"),
			new ZapbenchField(DFF + "s2", "shape", "[64,48,8,64]",
				"found: s2 quarters x and y (video_forecasting/configs/unet.py)"),
			new ZapbenchField(DFF + "s2", "attributes.dimension_units", String.format(
				UNITS, 1624, 1624), "inferred: s0's units times the downsampling"),
			new ZapbenchField(SEGMENTATION, "shape", "[256,192,8]",
				"scaled: ZAPBench [2048,1328,72] (video_forecasting/config.py seg_shape)"),
			new ZapbenchField(SEGMENTATION, "dimension_names", "[\"x\",\"y\",\"z\"]",
				"inferred: same axes as the volumes it segments"), new ZapbenchField(
					SEGMENTATION, "data_type", "\"uint64\"",
					"inferred: FFN segmentations are uint64"), //
			new ZapbenchField(FORECAST, "zarr_format", "2",
				"found: driver 'zarr' in ts_forecasting/infer.py"), //
			new ZapbenchField(FORECAST, "dtype", "\"<f4\"",
				"found: ts_forecasting/infer.py"), //
			new ZapbenchField(FORECAST, "shape", "[3,32,150]",
				"found: [num_windows, 32, neurons] (ts_forecasting/infer.py)"),
			new ZapbenchField(FORECAST, "chunks", "[3,1,150]",
				"found: [min(windows,32), 1, min(neurons,16384)] (ts_forecasting/infer.py)"),
			new ZapbenchField(FORECAST, "compressor", "null",
				"found: create_ts_spec gets no compression (ts_forecasting/util.py)"),
			new ZapbenchField(FORECAST, "order", "\"C\"",
				"inferred: TensorStore's default"), //
			new ZapbenchField(FORECAST, "fill_value", "null",
				"inferred: TensorStore's default"));
	}
}
