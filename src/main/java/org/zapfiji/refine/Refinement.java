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

package org.zapfiji.refine;

/**
 * Where a refiner moved a click: the position in µm, how clearly a neuron stood
 * out there (the score: signal above background, in units of the background's
 * spread), and whether anything was found at all.
 */
public final class Refinement {

	private final double[] position;

	private final double score;

	private final boolean found;

	private final String method;

	Refinement(final double[] position, final double score, final boolean found,
		final String method)
	{
		this.position = position.clone();
		this.score = score;
		this.found = found;
		this.method = method;
	}

	/** The click itself: nothing to snap to. */
	static Refinement notFound(final double[] click, final String method) {
		return new Refinement(click, 0, false, method);
	}

	public double[] position() {
		return position.clone();
	}

	public double score() {
		return score;
	}

	public boolean found() {
		return found;
	}

	/** The refiner's name, as stored with the mark. */
	public String method() {
		return method;
	}

	@Override
	public String toString() {
		return String.format("%s (%.2f, %.2f, %.2f) score %.1f%s", method,
			position[0], position[1], position[2], score, found ? "" : " not found");
	}
}
