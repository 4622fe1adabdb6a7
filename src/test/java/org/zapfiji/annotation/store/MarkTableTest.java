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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;

/** {@link MarkTable} against a {@link HashMap} doing the same operations. */
class MarkTableTest {

	@Test
	void randomOperationsAgreeWithAHashMap() {
		final Random random = new Random(7);
		final MarkTable table = new MarkTable();
		final Map<Long, Mark> expected = new HashMap<>();
		// few distinct ids, many of them colliding in the low bits, so probe runs
		// are long and removals must move marks back across the table's end
		final long[] pool = new long[300];
		for (int i = 0; i < pool.length; i++)
			pool[i] = i % 3 == 0 ? (long) i << 40 : random.nextLong() &
				Long.MAX_VALUE;
		for (int step = 0; step < 200_000; step++) {
			final long id = pool[random.nextInt(pool.length)];
			switch (random.nextInt(3)) {
				case 0:
					final Mark m = Mark.builder(id, step, 0, 0).build();
					assertSame(expected.put(id, m), table.put(m));
					break;
				case 1:
					assertSame(expected.remove(id), table.remove(id));
					break;
				default:
					assertSame(expected.get(id), table.get(id));
			}
			assertEquals(expected.size(), table.size());
		}
		for (final long id : pool)
			assertSame(expected.get(id), table.get(id));
		assertEquals(sorted(new ArrayList<>(expected.values())), sorted(table
			.values()));
	}

	@Test
	void reservingKeepsEveryMark() {
		final MarkTable table = new MarkTable();
		for (long id = 0; id < 1000; id++)
			table.put(Mark.builder(id, id, 0, 0).build());
		table.reserve(1_000_000);
		for (long id = 0; id < 1000; id++)
			assertEquals(id, table.get(id).id());
		assertNull(table.get(1000));
		table.clear();
		assertEquals(0, table.size());
		assertNull(table.get(5));
	}

	private static List<Mark> sorted(final List<Mark> marks) {
		marks.sort(Comparator.comparingLong(Mark::id));
		return marks;
	}
}
