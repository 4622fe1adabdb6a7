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

package org.zapfiji.annotation.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.zapfiji.annotation.Mark;

/**
 * Marks sorted by id, quickly: a batch goes into the {@code marks} table in id
 * order because appending to SQLite's B-tree costs far less than inserting at
 * random places. Sorting a million marks with a comparator spends most of its
 * time fetching each mark from memory to read its id; here the ids' high bits
 * and the marks' positions are packed into one primitive {@code long} each,
 * sorted as numbers, and only the rare marks sharing the high bits are then
 * ordered by comparator.
 */
final class IdOrder {

	private static final Comparator<Mark> BY_ID = Comparator.comparingLong(
		Mark::id);

	private IdOrder() {}

	static List<Mark> sorted(final Collection<Mark> marks) {
		final Mark[] in = marks.toArray(new Mark[0]);
		final int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, in.length - 1));
		final long low = (1L << bits) - 1;
		final long[] keys = new long[in.length];
		for (int i = 0; i < in.length; i++)
			keys[i] = in[i].id() & ~low | i;
		Arrays.sort(keys);
		final Mark[] out = new Mark[in.length];
		for (int k = 0; k < keys.length; k++)
			out[k] = in[(int) (keys[k] & low)];
		for (int from = 0, to; from < out.length; from = to) {
			to = from + 1;
			while (to < out.length && (out[to].id() & ~low) == (out[from].id() &
				~low))
				to++;
			if (to - from > 1) Arrays.sort(out, from, to, BY_ID);
		}
		return Arrays.asList(out);
	}
}
