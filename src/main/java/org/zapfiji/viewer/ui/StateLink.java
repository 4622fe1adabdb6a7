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

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;
import org.zapfiji.viewer.state.ViewerStateListener;

/**
 * Keeps two viewer states on one transform and one time point, for a split
 * view: a change of either in one state is copied to the other. Sources, their
 * display and visibility stay separate, so each side can show other sources.
 * <p>
 * The copy does not echo back: a state ignores a transform or time equal to its
 * own, and while this link copies on a thread it does not copy the resulting
 * change back.
 */
public final class StateLink implements AutoCloseable {

	private final ViewerState a;

	private final ViewerState b;

	private final ThreadLocal<Boolean> copying = ThreadLocal.withInitial(
		() -> false);

	private final ViewerStateListener fromA;

	private final ViewerStateListener fromB;

	private StateLink(final ViewerState a, final ViewerState b) {
		this.a = a;
		this.b = b;
		fromA = change -> copy(change, a, b);
		fromB = change -> copy(change, b, a);
	}

	/**
	 * Links {@code a} and {@code b}; {@code b} first takes {@code a}'s transform
	 * and time.
	 */
	public static StateLink of(final ViewerState a, final ViewerState b) {
		final StateLink link = new StateLink(a, b);
		b.setTransform(a.transform());
		b.setTime(a.time());
		a.addListener(link.fromA);
		b.addListener(link.fromB);
		return link;
	}

	/** Unlinks; both states keep what they show. */
	@Override
	public void close() {
		a.removeListener(fromA);
		b.removeListener(fromB);
	}

	private void copy(final ViewerStateChange change, final ViewerState from,
		final ViewerState to)
	{
		if (copying.get()) return;
		if (change != ViewerStateChange.TRANSFORM &&
			change != ViewerStateChange.TIME) return;
		copying.set(true);
		try {
			if (change == ViewerStateChange.TRANSFORM) to.setTransform(from
				.transform());
			else to.setTime(from.time());
		}
		finally {
			copying.set(false);
		}
	}
}
