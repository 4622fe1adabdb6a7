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

package org.zapfiji.viewer.ui.input;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * A drag that rotates or pans the view. Each move is computed from the
 * transform at the drag's start, not added to the last one, so rounding never
 * accumulates and dragging back to the start restores the view exactly.
 */
final class TransformDrag implements DragBehaviour {

	private final ViewerState state;

	/** Degrees per pixel for a rotation; 0 pans. */
	private final double rotationSpeed;

	private Affine3D start;

	private int startX, startY;

	private TransformDrag(final ViewerState state, final double rotationSpeed) {
		this.state = state;
		this.rotationSpeed = rotationSpeed;
	}

	static TransformDrag rotate(final ViewerState state, final double speed) {
		return new TransformDrag(state, speed);
	}

	static TransformDrag translate(final ViewerState state) {
		return new TransformDrag(state, 0);
	}

	@Override
	public void init(final int x, final int y) {
		start = state.transform();
		startX = x;
		startY = y;
	}

	@Override
	public void drag(final int x, final int y) {
		if (start == null) return;
		state.setTransform(rotationSpeed == 0 ? ViewSteps.dragTranslate(start,
			startX, startY, x, y) : ViewSteps.dragRotate(start, startX, startY, x, y,
				rotationSpeed));
	}

	@Override
	public void end(final int x, final int y) {
		drag(x, y);
		start = null;
	}
}
