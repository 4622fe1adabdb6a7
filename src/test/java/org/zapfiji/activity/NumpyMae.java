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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.zapfiji.data.DebianPython;

/**
 * The MAE per step and per neuron computed by NumPy with Debian's python3-zarr
 * on the same files, by the formula of ZAPBench's metrics colab:
 * {@code d = |nan_to_num(targets) − nan_to_num(predictions)|} in float32, then
 * {@code d.mean(axis=(0, 2))} per step and {@code d.mean(axis=(0, 1))} per
 * neuron, in float64; {@code all} pools every named forecast along the window
 * axis.
 */
public final class NumpyMae {

	private static final String SCRIPT = String.join("\n", //
		"import sys, json, zarr", //
		"import numpy as np", //
		"root, names = sys.argv[1], sys.argv[2:]", //
		"out, parts = {}, []", //
		"for name in names:", //
		"    t = zarr.open(root + '/targets/' + name, mode='r')[...]", //
		"    p = zarr.open(root + '/predictions/' + name, mode='r')[...]", //
		"    assert t.dtype == np.float32 and p.dtype == np.float32", //
		"    d = np.abs(np.nan_to_num(t) - np.nan_to_num(p))", //
		"    assert d.dtype == np.float32", //
		"    parts.append(d)", //
		"    out[name] = {'step': d.astype(np.float64).mean(axis=(0, 2)).tolist(),", //
		"        'neuron': d.astype(np.float64).mean(axis=(0, 1)).tolist()}", //
		"if len({d.shape[1:] for d in parts}) == 1:", //
		"    d = np.concatenate(parts, axis=0).astype(np.float64)", //
		"    out['all'] = {'step': d.mean(axis=(0, 2)).tolist(),", //
		"        'neuron': d.mean(axis=(0, 1)).tolist()}", //
		"print(json.dumps(out))", "");

	private NumpyMae() {}

	/** Skips the calling test unless Debian's python3 has numpy and zarr. */
	public static void assume() {
		DebianPython.assumeModules("numpy", "zarr");
	}

	/**
	 * {@code {name: {step: [...], neuron: [...]}, all: {...}}} for the arrays
	 * {@code predictions/<name>} and {@code targets/<name>} under
	 * {@code experiment}.
	 */
	public static JsonObject compute(final Path experiment,
		final List<String> names)
	{
		final List<String> args = new ArrayList<>();
		args.add(experiment.toString());
		args.addAll(names);
		return JsonParser.parseString(DebianPython.run(SCRIPT, args.toArray(
			new String[0])).expectSuccess()).getAsJsonObject();
	}

	public static double[] values(final JsonObject result, final String name,
		final String what)
	{
		final JsonArray a = result.getAsJsonObject(name).getAsJsonArray(what);
		final double[] v = new double[a.size()];
		for (int i = 0; i < v.length; i++)
			v[i] = a.get(i).getAsDouble();
		return v;
	}
}
