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

import java.util.Arrays;

/**
 * A map from non-negative int keys to int values that is as fast as an
 * {@code int[]} where the keys are dense and as small as its entries where they
 * are not. A label-column table of a few lines may name label 67,108,863; a
 * plain array indexed by label would then take 256 MB for a 30-byte file, so a
 * table whose largest key is far beyond its entry count is held as sorted keys
 * and searched instead.
 */
final class IntLookup {

	/** Keys up to this many slots per entry (plus a floor) stay an array. */
	private static final long DENSE_SLOTS_PER_ENTRY = 8;

	private static final long DENSE_FLOOR = 1 << 16;

	private final int missing;

	private final int length;

	/** Value by key, when dense; null when sparse. */
	private final int[] dense;

	/** Sorted keys and their values, when sparse. */
	private final int[] keys;

	private final int[] values;

	/**
	 * @param keys distinct keys ≥ 0, any order, {@code count} of them
	 * @param values the value of each key
	 * @param missing what {@link #get} gives for a key not in the map
	 */
	IntLookup(final int[] keys, final int[] values, final int count,
		final int missing)
	{
		int max = -1;
		for (int i = 0; i < count; i++)
			max = Math.max(max, keys[i]);
		this.missing = missing;
		this.length = max + 1;
		if (length <= DENSE_SLOTS_PER_ENTRY * count + DENSE_FLOOR) {
			dense = new int[length];
			if (missing != 0) Arrays.fill(dense, missing);
			for (int i = 0; i < count; i++)
				dense[keys[i]] = values[i];
			this.keys = null;
			this.values = null;
		}
		else {
			dense = null;
			final long[] pairs = new long[count];
			for (int i = 0; i < count; i++)
				pairs[i] = (long) keys[i] << 32 | values[i] & 0xFFFFFFFFL;
			Arrays.sort(pairs);
			this.keys = new int[count];
			this.values = new int[count];
			for (int i = 0; i < count; i++) {
				this.keys[i] = (int) (pairs[i] >>> 32);
				this.values[i] = (int) pairs[i];
			}
		}
	}

	/** The value of {@code key}, or the missing value. */
	int get(final int key) {
		if (key < 0 || key >= length) return missing;
		if (dense != null) return dense[key];
		final int i = Arrays.binarySearch(keys, key);
		return i >= 0 ? values[i] : missing;
	}

	/** The largest key + 1; 0 when empty. */
	int length() {
		return length;
	}
}
