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

import java.io.IOException;
import java.util.Optional;

/**
 * Moves a click to the center of the neuron under it. The viewer may not know
 * how (refiners live in {@code refine}, which the viewer must not use), so the
 * plugin layer implements this with a refiner and hands it to the
 * {@link MarkEditor}.
 * <p>
 * Called off the event thread, by the edit thread and the preview thread at
 * once: implementations are thread-safe. A snap may read voxels from disk.
 */
public interface ClickSnapper {

	/** The method's name as marks record it, e.g. "centroid". */
	String method();

	/**
	 * @param click where the annotator clicked, x, y, z in µm
	 * @param radius the new mark's radius per axis in µm: where to look
	 * @param time the time point whose voxels are searched
	 * @return the center found, or empty when there is nothing to snap to
	 * @throws IOException naming the file when the voxels cannot be read
	 */
	Optional<Snap> snap(double[] click, double[] radius, int time)
		throws IOException;
}
