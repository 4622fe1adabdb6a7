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

/**
 * How much memory the chunk cache may hold. One rule for the whole suite, so
 * the viewer, exports and metrics never compete with separate caches for the
 * heap.
 */
public final class CacheLimit {

	/**
	 * Half the heap by default: decoded chunks are most of what the viewer and
	 * exports keep, and the rest of Fiji needs the other half.
	 */
	public static final double DEFAULT_HEAP_FRACTION = 0.5;

	private final double heapFraction;

	private final long bytes;

	private CacheLimit(final double heapFraction, final long maxHeapBytes) {
		if (!(heapFraction > 0 && heapFraction <= 0.9))
			throw new IllegalArgumentException(
				"Cache heap fraction must be in (0, 0.9], was " + heapFraction);
		this.heapFraction = heapFraction;
		this.bytes = (long) (heapFraction * maxHeapBytes);
	}

	/** A limit of {@code heapFraction} of the JVM's maximum heap. */
	public static CacheLimit ofHeapFraction(final double heapFraction) {
		return new CacheLimit(heapFraction, Runtime.getRuntime().maxMemory());
	}

	public double heapFraction() {
		return heapFraction;
	}

	public long bytes() {
		return bytes;
	}
}
