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

package org.zapfiji.plugin;

import org.zapfiji.data.CacheLimit;
import org.zapfiji.data.ChunkCache;

import ij.Prefs;

/**
 * The chunk cache shared by every command and window of one Fiji session.
 * <p>
 * ImageJ 1 has no application context to hold it, and separate caches per
 * command would each claim a share of the heap, so this is the one place that
 * keeps JVM-wide state: created on first use, bounded by the ImageJ preference
 * {@value #HEAP_FRACTION_PREF} (a fraction of the maximum heap).
 */
public final class SessionCache {

	/** ImageJ preference: the cache's share of the maximum heap. */
	public static final String HEAP_FRACTION_PREF = "zapfiji.cache_heap_fraction";

	private SessionCache() {}

	/** The limit the preference asks for. */
	public static CacheLimit limit() {
		return CacheLimit.ofHeapFraction(Prefs.get(HEAP_FRACTION_PREF,
			CacheLimit.DEFAULT_HEAP_FRACTION));
	}

	/** The session's cache. */
	public static ChunkCache get() {
		return Holder.CACHE;
	}

	/** Created when first asked for, by the class loader's guarantee. */
	private static final class Holder {

		static final ChunkCache CACHE = ChunkCache.of(limit());
	}
}
