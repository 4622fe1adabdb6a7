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

package org.zapfiji.data.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.zapfiji.data.AbstractChunkedArrayContractTest;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

/**
 * Our TIFF writer and reader under the common contract. A TIFF is one file, so
 * what the contract writes becomes visible when the writer commits, which
 * {@link #open(Path)} does; the reader is opened with the writer's chunk shape.
 */
class TiffContractTest extends AbstractChunkedArrayContractTest {

	private final Map<Path, TiffWriter> writers = new HashMap<>();

	@Override
	protected ChunkedArray create(final Path location,
		final ArrayMetadata metadata) throws IOException
	{
		final double[] spacing = new double[metadata.numDimensions()];
		Arrays.fill(spacing, 1);
		final TiffWriter writer = TiffWriter.create(location, metadata, spacing,
			List.of("", "", ""));
		writers.put(location, writer);
		return writer;
	}

	@Override
	protected ChunkedArray open(final Path location) throws IOException {
		final TiffWriter writer = writers.get(location);
		writer.commit();
		return TiffArray.open(location, writer.metadata().chunkShape());
	}

	/** TIFF holds 8 to 64-bit integers and floats, not bool. */
	@Override
	protected boolean supports(final DataType type) {
		return type != DataType.BOOL;
	}

	@Override
	protected boolean storesMissingChunks() {
		return false;
	}

	@AfterEach
	void closeWriters() throws IOException {
		for (final TiffWriter w : writers.values())
			w.close();
	}
}
