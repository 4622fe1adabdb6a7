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

package org.zapfiji.data.convert;

import java.io.IOException;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.task.WorkCounter;

/**
 * An array that counts its chunk reads as work done and stops with a cancel
 * before each: progress and cancel for writers that take whole volumes and
 * report nothing themselves (the BigDataViewer writers). They read every source
 * chunk once through their own cache, so the count runs to the number of
 * chunks.
 */
final class CountedReads implements ChunkedArray {

	private final ChunkedArray source;

	private final WorkCounter counter;

	CountedReads(final ChunkedArray source, final WorkCounter counter) {
		this.source = source;
		this.counter = counter;
	}

	/** How many chunks {@code array} has: the work a full read counts. */
	static long chunks(final ChunkedArray array) {
		long n = 1;
		for (final long g : array.metadata().gridShape())
			n *= g;
		return n;
	}

	@Override
	public ArrayMetadata metadata() {
		return source.metadata();
	}

	@Override
	public String location() {
		return source.location();
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		counter.checkCanceled();
		final Chunk chunk = source.readChunk(gridPosition);
		counter.finishOne();
		return chunk;
	}
}
