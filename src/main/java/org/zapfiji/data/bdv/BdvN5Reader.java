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

package org.zapfiji.data.bdv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.data.n5.N5Array;
import org.zapfiji.data.n5.N5Container;

/**
 * The voxels of a {@code bdv.n5} dataset: per setup a group {@code setup<N>}
 * with {@code downsamplingFactors} (one x, y, z row per level) and
 * {@code dataType}, and per timepoint and level a dataset
 * {@code setup<N>/timepoint<T>/s<L>}.
 */
final class BdvN5Reader {

	private BdvN5Reader() {}

	static BdvDataset open(final BdvSpimData data) throws IOException {
		final Path root = data.imagePath();
		if (!Files.isDirectory(root)) throw new FormatException(root +
			": the N5 container named by the XML does not exist");
		final N5Container n5 = N5Container.open(root);
		final List<Volume> volumes = new ArrayList<>();
		for (final BdvViewSetup setup : data.setups())
			volumes.add(volume(n5, data, setup));
		return new BdvDataset(data, volumes, null);
	}

	private static Volume volume(final N5Container n5, final BdvSpimData data,
		final BdvViewSetup setup) throws IOException
	{
		final String group = "setup" + setup.id();
		final JsonObject attributes = n5.attributes(group);
		final List<double[]> factors = factors(attributes, n5.attributesFile(
			group));
		final DataType declared = dataType(attributes, n5.attributesFile(group));
		final List<List<ChunkedArray>> levels = new ArrayList<>();
		for (int l = 0; l < factors.size(); l++) {
			final List<ChunkedArray> timepoints = new ArrayList<>();
			for (final int t : data.timepoints()) {
				final String path = group + "/timepoint" + t + "/s" + l;
				final N5Array array = n5.openDataset(path);
				if (declared != null && array.metadata().dataType() != declared)
					throw FormatException.field(n5.attributesFile(path), "dataType",
						declared.id() + " as in " + group, array.metadata().dataType()
							.id());
				timepoints.add(array);
			}
			levels.add(timepoints);
		}
		return BdvDataset.volume(data, setup, levels, factors);
	}

	private static List<double[]> factors(final JsonObject attributes,
		final Path file) throws FormatException
	{
		final JsonElement e = attributes.get("downsamplingFactors");
		if (e == null) return List.of(new double[] { 1, 1, 1 });
		if (!e.isJsonArray() || e.getAsJsonArray().size() == 0)
			throw FormatException.field(file, "downsamplingFactors",
				"one [x, y, z] per level", e);
		final List<double[]> factors = new ArrayList<>();
		for (final JsonElement row : e.getAsJsonArray()) {
			if (!row.isJsonArray() || row.getAsJsonArray().size() != 3)
				throw FormatException.field(file, "downsamplingFactors",
					"one [x, y, z] per level", e);
			final JsonArray r = row.getAsJsonArray();
			try {
				factors.add(new double[] { r.get(0).getAsDouble(), r.get(1)
					.getAsDouble(), r.get(2).getAsDouble() });
			}
			catch (final RuntimeException notNumbers) {
				throw FormatException.field(file, "downsamplingFactors", "numbers", e);
			}
		}
		return factors;
	}

	private static DataType dataType(final JsonObject attributes, final Path file)
		throws FormatException
	{
		final JsonElement e = attributes.get("dataType");
		if (e == null) return null;
		try {
			return DataType.forId(e.getAsString());
		}
		catch (final RuntimeException x) {
			throw FormatException.field(file, "dataType", "an N5 data type name", e);
		}
	}
}
