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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.n5.N5Array;
import org.zapfiji.data.n5.N5Compression;
import org.zapfiji.data.n5.N5Container;

/**
 * Writes volumes as a BigDataViewer XML + N5 dataset: {@code setup<N>} groups
 * with {@code downsamplingFactors} and {@code dataType}, datasets
 * {@code setup<N>/timepoint<T>/s<L>} in the source's x, y, z blocks. Block by
 * block, so memory holds a few blocks whatever the size of the volumes.
 */
public final class BdvN5Writer {

	private BdvN5Writer() {}

	/**
	 * Writes the N5 container (same name as {@code xml}, ending in .n5), then the
	 * XML.
	 *
	 * @param compression gzip is what every BigDataViewer reads; zstd and blosc
	 *          need N5 plugins there
	 */
	public static void write(final Path xml, final List<Volume> volumes,
		final N5Compression compression) throws IOException
	{
		final int timepoints = BdvSources.check(volumes);
		final Path root = BdvHdf5Writer.sibling(xml, ".n5");
		final N5Container n5 = N5Container.create(root);
		final ChunkCache cache = new ChunkCache(64L << 20);
		final List<BdvViewSetup> setups = new ArrayList<>();
		for (int s = 0; s < volumes.size(); s++) {
			final Volume v = volumes.get(s);
			setups.add(BdvSources.setup(s, v));
			n5.setAttributes("setup" + s, setupAttributes(v));
			for (int t = 0; t < timepoints; t++)
				for (int l = 0; l < v.numLevels(); l++)
					copy(v.level(l), t, n5.createDataset("setup" + s + "/timepoint" + t +
						"/s" + l, xyz(v.level(l).metadata()), compression), cache);
		}
		BdvXmlWriter.write(xml, BdvSpimData.Loader.N5, root.getFileName()
			.toString(), setups, timepoints, new BdvRegistrations(volumes));
	}

	private static JsonObject setupAttributes(final Volume v) {
		final JsonArray factors = new JsonArray();
		for (int l = 0; l < v.numLevels(); l++) {
			final JsonArray row = new JsonArray();
			final double[] f = v.downsampling(l);
			for (int d = 0; d < 3; d++)
				row.add(f[d]);
			factors.add(row);
		}
		final JsonObject attributes = new JsonObject();
		attributes.add("downsamplingFactors", factors);
		attributes.addProperty("dataType", v.metadata().dataType().id());
		return attributes;
	}

	private static ArrayMetadata xyz(final ArrayMetadata meta) {
		final long[] shape = meta.shape();
		return ArrayMetadata.of(new long[] { shape[0], shape[1], shape[2] },
			java.util.Arrays.copyOf(meta.chunkShape(), 3), meta.dataType(), meta
				.fillValue(), List.of());
	}

	private static void copy(final ChunkedArray level, final int t,
		final N5Array target, final ChunkCache cache) throws IOException
	{
		for (final long[] p : ChunkWriter.gridPositions(target.metadata()
			.gridShape()))
		{
			final Chunk block = BdvSources.block(cache, level, p, t);
			if (block != null) target.writeChunk(p, block);
		}
	}
}
