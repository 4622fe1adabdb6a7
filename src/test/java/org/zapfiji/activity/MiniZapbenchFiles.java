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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.testdata.MiniZapbench;

/**
 * Where the generated mini-ZAPBench keeps what activity tests read: the layout
 * of ZAPBench's release (see {@link MiniZapbench}).
 */
public final class MiniZapbenchFiles {

	public static final String VOLUMES = "volumes/20240930";

	public static final String DFF = VOLUMES + "/df_over_f_xyz_chunked";

	public static final String SEGMENTATION = VOLUMES + "/segmentation";

	public static final String TRACES = VOLUMES + "/traces";

	public static final String EXPERIMENT = "inference/20250131/100000001/1";

	/** The forecast folders MiniZapbench writes: conditions 0, 1 and 3. */
	public static final String[] FORECASTS = { "test_condition_0",
		"test_condition_1", "test_holdout_condition_3" };

	private MiniZapbenchFiles() {}

	/** Writes the mini-ZAPBench of the default seed into {@code root}. */
	public static Path write(final Path root) throws IOException {
		MiniZapbench.write(root, MiniZapbench.DEFAULT_SEED);
		return root;
	}

	/**
	 * A second model beside the first: a copy of its experiment under
	 * {@code inference/20250131/<xid>/1} whose predictions are the first model's
	 * plus {@code shift}, so its errors differ in a way a test can work out.
	 *
	 * @return the new experiment folder
	 */
	public static Path writeShiftedModel(final Path root, final String xid,
		final float shift) throws IOException
	{
		final Path two = root.resolve("inference/20250131/" + xid + "/1");
		copyTree(root.resolve(EXPERIMENT), two);
		for (final String name : FORECASTS) {
			final ZarrArray p = ZarrArray.open(two.resolve("predictions").resolve(
				name));
			for (final long[] g : ChunkWriter.gridPositions(p.metadata()
				.gridShape()))
			{
				final Chunk c = p.readChunk(g);
				final float[] v = ((float[]) c.data()).clone();
				for (int i = 0; i < v.length; i++)
					v[i] += shift;
				p.writeChunk(g, new Chunk(c.shape(), v));
			}
		}
		return two;
	}

	/** Copies a folder with everything in it. */
	public static void copyTree(final Path from, final Path to)
		throws IOException
	{
		try (Stream<Path> all = Files.walk(from)) {
			for (final Path p : all.collect(Collectors.toList())) {
				final Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) Files.createDirectories(target);
				else Files.copy(p, target);
			}
		}
	}

	public static Volume open(final Path root, final String path)
		throws IOException
	{
		return new ZarrFormat().open(root.resolve(path));
	}
}
