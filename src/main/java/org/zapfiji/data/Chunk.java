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

package org.zapfiji.data;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * The decoded voxels of one chunk: a primitive array in fastest-first order and
 * the chunk's shape, which is cut at the array's far edges (see
 * {@link ArrayMetadata#cellShape(long[])}).
 */
public final class Chunk {

	private final int[] shape;

	private final Object data;

	/**
	 * @param data a primitive array of {@code product(shape)} elements, as
	 *          {@link DataType#allocate(int)} makes them
	 */
	public Chunk(final int[] shape, final Object data) {
		long n = 1;
		for (final int s : shape)
			n *= s;
		if (Array.getLength(data) != n) throw new IllegalArgumentException(
			"chunk of shape " + Arrays.toString(shape) + " needs " + n +
				" elements, got " + Array.getLength(data));
		this.shape = shape.clone();
		this.data = data;
	}

	public int[] shape() {
		return shape.clone();
	}

	/** The primitive array; shared, not copied. */
	public Object data() {
		return data;
	}

	public int size() {
		return Array.getLength(data);
	}

	/** Memory the voxels take, for the cache bound. */
	public long bytes() {
		final Class<?> c = data.getClass().getComponentType();
		final int each = c == byte.class || c == boolean.class ? 1
			: c == short.class ? 2 : c == int.class || c == float.class ? 4 : 8;
		return (long) size() * each;
	}
}
