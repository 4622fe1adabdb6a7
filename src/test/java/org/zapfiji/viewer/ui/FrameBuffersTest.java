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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBuffersTest {

	private final FrameBuffers buffers = new FrameBuffers();

	@Test
	void nothingToHoldBeforeTheFirstFrame() {
		assertNull(buffers.hold());
	}

	@Test
	void aHeldFrameIsNeverHandedOutForWriting() {
		final RenderedFrame first = buffers.take(10, 10);
		buffers.publish(first);
		final RenderedFrame shown = buffers.hold();
		assertSame(first, shown);
		for (int i = 0; i < 20; i++) {
			final RenderedFrame next = buffers.take(10, 10);
			assertNotSame(shown, next, "frame " + i + " overwrote the held one");
			buffers.publish(next);
		}
		buffers.release(shown);
		assertTrue(buffers.allocated() <= FrameBuffers.CAPACITY);
	}

	@Test
	void theLatestFrameIsNotOverwrittenBeforeItIsReplaced() {
		final RenderedFrame a = buffers.take(8, 8);
		buffers.publish(a);
		assertNotSame(a, buffers.take(8, 8));
	}

	@Test
	void buffersAreReusedAndBoundedAcrossSizes() {
		for (int i = 0; i < 50; i++) {
			final RenderedFrame f = buffers.take(i % 2 == 0 ? 100 : 50, i % 2 == 0
				? 80 : 40);
			buffers.publish(f);
		}
		assertTrue(buffers.allocated() <= FrameBuffers.CAPACITY, "allocated " +
			buffers.allocated());
		final RenderedFrame f = buffers.take(100, 80);
		assertEquals(100, f.image().getWidth());
		assertEquals(80, f.image().getHeight());
	}
}
