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

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * An event queue that times every event it dispatches and keeps the longest, so
 * a stall can be told apart: the event thread busy with one event, or not
 * running at all (garbage collection, other threads on the cores).
 */
final class TimedEventQueue extends EventQueue {

	private static final ThreadMXBean THREADS = ManagementFactory
		.getThreadMXBean();

	private volatile long longest;

	private volatile long longestCpu;

	private volatile String longestEvent = "none";

	static TimedEventQueue install() {
		final TimedEventQueue queue = new TimedEventQueue();
		Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
		return queue;
	}

	@Override
	protected void dispatchEvent(final AWTEvent event) {
		final long cpuStart = THREADS.getCurrentThreadCpuTime();
		final long start = System.nanoTime();
		super.dispatchEvent(event);
		final long took = System.nanoTime() - start;
		if (took > longest) {
			longest = took;
			longestCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
			longestEvent = event.getClass().getSimpleName() + " " + event
				.paramString().split(",")[0];
		}
	}

	double longestMillis() {
		return longest / 1e6;
	}

	/**
	 * CPU time the event thread spent on the longest event: far below its wall
	 * time, the thread was waiting for a core (or a pause), not working.
	 */
	double longestCpuMillis() {
		return longestCpu / 1e6;
	}

	String longestEvent() {
		return longestEvent;
	}
}
