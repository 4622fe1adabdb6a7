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

import org.scijava.plugin.SciJavaPlugin;

/**
 * Extension point: a way to move a click to the true center of a neuron (local
 * maximum, intensity centroid, Gaussian fit, ...). Declare an implementation
 * with {@code @Plugin(type = Refiner.class, name = "my_method")}; the name is
 * the word users put in the {@code method} key.
 * <p>
 * A refiner sees only a {@link VoxelBox} in µm, so anisotropy is handled once,
 * by positions and distances in µm, and every method works on any volume.
 */
public interface Refiner extends SciJavaPlugin {

	/** One line for the method chooser. */
	String description();

	/**
	 * The center of the neuron around {@code click}, searched within the
	 * ellipsoid of {@code radius} (µm per axis) around it, widened to at least
	 * 1.5 voxels per axis.
	 *
	 * @param box voxels around the click, at least {@code 2 × radius} each way
	 *          where the volume has them
	 * @return the refined position; {@link Refinement#found()} is false when the
	 *         box holds no neuron-like signal, and the click is kept
	 */
	Refinement refine(VoxelBox box, double[] click, double[] radius);
}
