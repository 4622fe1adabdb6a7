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

import java.util.Arrays;

/**
 * Voxels by priority, highest first, and among equal priorities first in first
 * out, so growth is the same on every run and every machine. A binary heap of
 * longs: the priority's order-preserving bits above, the reversed arrival
 * number below, the sign bit flipped so that signed comparison orders them; the
 * voxel of each arrival is kept beside.
 */
final class VoxelQueue {

	private long[] heap;

	private int size;

	private int[] voxels;

	private int arrivals;

	VoxelQueue(final int capacity) {
		heap = new long[capacity];
		voxels = new int[capacity];
	}

	boolean isEmpty() {
		return size == 0;
	}

	void push(final float priority, final int voxel) {
		if (arrivals == voxels.length) voxels = Arrays.copyOf(voxels, 2 * arrivals);
		voxels[arrivals] = voxel;
		final long key = ((sortable(priority) << 32) | (0xFFFFFFFFL - arrivals++)) ^
			Long.MIN_VALUE;
		if (size == heap.length) heap = Arrays.copyOf(heap, 2 * size);
		int i = size++;
		while (i > 0) {
			final int parent = (i - 1) >>> 1;
			if (heap[parent] >= key) break;
			heap[i] = heap[parent];
			i = parent;
		}
		heap[i] = key;
	}

	/** Removes the highest entry and returns its voxel. */
	int pop() {
		final long top = heap[0];
		final long last = heap[--size];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= size) break;
			if (child + 1 < size && heap[child + 1] > heap[child]) child++;
			if (heap[child] <= last) break;
			heap[i] = heap[child];
			i = child;
		}
		heap[i] = last;
		return voxels[(int) (0xFFFFFFFFL - (top & 0xFFFFFFFFL))];
	}

	/** Float bits as an unsigned 32-bit number that sorts as the floats do. */
	private static long sortable(final float f) {
		int bits = Float.floatToIntBits(f);
		bits ^= (bits >> 31) & 0x7FFFFFFF;
		return (bits ^ 0x80000000) & 0xFFFFFFFFL;
	}
}
