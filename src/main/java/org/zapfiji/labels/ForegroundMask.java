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

import java.io.IOException;

import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

/**
 * Binary foreground (uint8: 1 inside any instance, 0 outside) of an instance
 * label array, chunk for chunk, so it always agrees with the instances written
 * beside it.
 */
public final class ForegroundMask extends ComputedArray {

	private final ChunkedArray instances;

	public ForegroundMask(final LabelGrid grid, final ChunkedArray instances) {
		super(grid, DataType.UINT8, "foreground");
		this.instances = instances;
	}

	@Override
	Object compute(final long[] origin, final int[] size) throws IOException {
		final int[] chunk = metadata().chunkShape();
		final Chunk labels = instances.readChunk(new long[] { origin[0] / chunk[0],
			origin[1] / chunk[1], origin[2] / chunk[2] });
		final byte[] mask = new byte[size[0] * size[1] * size[2]];
		if (labels == null) return mask;
		final int[] ids = (int[]) labels.data();
		for (int i = 0; i < mask.length; i++)
			if (ids[i] != 0) mask[i] = 1;
		return mask;
	}
}
