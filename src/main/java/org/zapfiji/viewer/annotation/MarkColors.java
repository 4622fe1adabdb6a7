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

package org.zapfiji.viewer.annotation;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

import org.zapfiji.annotation.MarkStatus;

/**
 * The colours marks are drawn in: one per status, bright and far apart in hue
 * so they read on grey tissue; or one per annotator, made from the name so the
 * same person has the same colour in every session and on every machine.
 */
public final class MarkColors {

	private static final Map<MarkStatus, Color> BY_STATUS = new EnumMap<>(
		MarkStatus.class);

	static {
		BY_STATUS.put(MarkStatus.CANDIDATE, new Color(0, 200, 255));
		BY_STATUS.put(MarkStatus.UNREVIEWED, new Color(255, 220, 0));
		BY_STATUS.put(MarkStatus.ACCEPTED, new Color(40, 230, 40));
		BY_STATUS.put(MarkStatus.REJECTED, new Color(255, 50, 50));
		BY_STATUS.put(MarkStatus.UNCERTAIN, new Color(255, 80, 255));
	}

	private MarkColors() {}

	/**
	 * Candidate cyan, unreviewed yellow, accepted green, rejected red, uncertain
	 * magenta.
	 */
	public static Color of(final MarkStatus status) {
		return BY_STATUS.get(status);
	}

	/**
	 * A saturated colour from the annotator's name: the golden-ratio multiple of
	 * its hash picks the hue, which spreads similar names apart.
	 */
	public static Color of(final String annotator) {
		final double golden = 0.6180339887498949;
		final double hue = (annotator.hashCode() * golden) % 1.0;
		return Color.getHSBColor((float) (hue < 0 ? hue + 1 : hue), 0.75f, 1f);
	}
}
