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

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

/**
 * Binary foreground (uint8: 1 inside any instance, 0 outside) of an instance
 * label array, chunk for chunk, so it always agrees with the instances written
 * beside it.
 */
public final class ForegroundMask extends ComputedArray {

	private final ComputedArray instances;

	/**
	 * @param instances uint32 instance labels of a built-in kind, on any grid of
	 *          the same image
	 */
	public ForegroundMask(final LabelGrid grid, final ChunkedArray instances) {
		super(grid, DataType.UINT8, "foreground");
		if (!(instances instanceof ComputedArray) || instances.metadata()
			.dataType() != DataType.UINT32) throw new IllegalArgumentException(
				"the foreground follows instance labels (instances or spheres), not " +
					instances.location());
		this.instances = (ComputedArray) instances;
	}

	@Override
	Object compute(final long[] origin, final int[] size) throws IOException {
		final byte[] mask = new byte[size[0] * size[1] * size[2]];
		final int[] ids = (int[]) instances.compute(origin, size);
		for (int i = 0; i < mask.length; i++)
			if (ids[i] != 0) mask[i] = 1;
		return mask;
	}
}
