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

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;

/**
 * The image's voxels on a label grid (usually a crop around a complete region),
 * at one time point, in the image's own data type, so a training crop pairs the
 * very voxels the labels were drawn on. Values pass through float, which holds
 * every 8- and 16-bit value and float32 exactly.
 */
final class ImageCrop extends ComputedArray {

	private final Volume image;

	private final int time;

	private final ChunkCache cache;

	private final DataType type;

	ImageCrop(final LabelGrid grid, final Volume image, final int time,
		final ChunkCache cache)
	{
		super(grid, image.level(0).metadata().dataType(), "image crop");
		this.image = image;
		this.time = time;
		this.cache = cache;
		this.type = image.level(0).metadata().dataType();
	}

	@Override
	Object compute(final long[] origin, final int[] size) throws IOException {
		final float[] v = VolumeRegion.read(image, time, origin, size, cache);
		final Object out = type.allocate(v.length);
		switch (type) {
			case BOOL:
				for (int i = 0; i < v.length; i++)
					((boolean[]) out)[i] = v[i] != 0;
				break;
			case INT8:
			case UINT8:
				for (int i = 0; i < v.length; i++)
					((byte[]) out)[i] = (byte) (long) v[i];
				break;
			case INT16:
			case UINT16:
				for (int i = 0; i < v.length; i++)
					((short[]) out)[i] = (short) (long) v[i];
				break;
			case INT32:
			case UINT32:
				for (int i = 0; i < v.length; i++)
					((int[]) out)[i] = (int) (long) v[i];
				break;
			case INT64:
			case UINT64:
				for (int i = 0; i < v.length; i++)
					((long[]) out)[i] = (long) v[i];
				break;
			case FLOAT32:
				System.arraycopy(v, 0, out, 0, v.length);
				break;
			default:
				for (int i = 0; i < v.length; i++)
					((double[]) out)[i] = v[i];
		}
		return out;
	}
}
