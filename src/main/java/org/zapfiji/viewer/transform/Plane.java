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

package org.zapfiji.viewer.transform;

/**
 * The three axis-aligned orientations a BigDataViewer user switches between
 * with shift-Z, shift-X and shift-Y.
 * <p>
 * Each rotation maps global axes to screen axes and keeps a right-handed frame,
 * so the depth axis points away from the viewer in all three.
 */
public enum Plane {

		/** Screen x = global x, screen y = global y; depth is z. */
		XY(Affine3D.IDENTITY),

		/** Screen x = global z, screen y = global y; depth is -x. */
		ZY(Affine3D.of(0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, 0)),

		/** Screen x = global x, screen y = global z; depth is -y. */
		XZ(Affine3D.of(1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0));

	private final Affine3D rotation;

	Plane(final Affine3D rotation) {
		this.rotation = rotation;
	}

	/** Global to screen orientation, without scale or translation. */
	public Affine3D rotation() {
		return rotation;
	}
}
