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

package org.zapfiji.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Counts garbage-collection pauses and keeps the longest, so a benchmark that
 * measures stalls can tell the collector's share from its own.
 */
final class GcPauses {

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong longest = new AtomicLong();

	private GcPauses() {}

	static GcPauses listen() {
		final GcPauses pauses = new GcPauses();
		for (final GarbageCollectorMXBean bean : ManagementFactory
			.getGarbageCollectorMXBeans())
		{
			if (!(bean instanceof NotificationEmitter)) continue;
			((NotificationEmitter) bean).addNotificationListener((n, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
					.equals(n.getType())) return;
				final GarbageCollectionNotificationInfo info =
					GarbageCollectionNotificationInfo.from((CompositeData) n
						.getUserData());
				if (info.getGcAction().contains("end of minor") || info.getGcAction()
					.contains("end of major"))
				{
					pauses.count.incrementAndGet();
					pauses.longest.accumulateAndGet(info.getGcInfo().getDuration(),
						Math::max);
				}
			}, null, null);
		}
		return pauses;
	}

	long count() {
		return count.get();
	}

	/** Milliseconds. */
	long longest() {
		return longest.get();
	}
}
