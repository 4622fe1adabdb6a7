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

package org.zapfiji.viewer.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The few pixel buffers the render loop cycles through, so the painter thread
 * never writes into the frame the event thread is drawing, and no frame
 * allocates a new image.
 * <p>
 * A buffer is free unless it is the latest published frame or held by a reader.
 * With one writer and one reader at a time, two buffers are always busy at
 * most, so {@value #CAPACITY} keep a free one at hand and allow one more size
 * (a coarse screen scale) to stay allocated.
 */
final class FrameBuffers {

	static final int CAPACITY = 4;

	private final List<RenderedFrame> frames = new ArrayList<>();

	private final List<RenderedFrame> held = new ArrayList<>();

	private RenderedFrame latest;

	/** A buffer of this size that nobody reads, allocated if none is free. */
	synchronized RenderedFrame take(final int width, final int height) {
		RenderedFrame reusable = null;
		for (final RenderedFrame f : frames)
			if (isFree(f)) {
				if (f.width() == width && f.height() == height) return f;
				reusable = f;
			}
		if (reusable != null && frames.size() >= CAPACITY) frames.remove(reusable);
		final RenderedFrame made = new RenderedFrame(width, height);
		frames.add(made);
		return made;
	}

	/** Makes {@code frame} the one readers get next. */
	synchronized void publish(final RenderedFrame frame) {
		latest = frame;
	}

	/** The latest frame, kept from reuse until released; null before any. */
	synchronized RenderedFrame hold() {
		if (latest != null) held.add(latest);
		return latest;
	}

	synchronized void release(final RenderedFrame frame) {
		held.remove(frame);
	}

	synchronized RenderedFrame latest() {
		return latest;
	}

	synchronized int allocated() {
		return frames.size();
	}

	private boolean isFree(final RenderedFrame f) {
		return f != latest && !held.contains(f);
	}
}
