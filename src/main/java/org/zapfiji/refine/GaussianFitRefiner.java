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

import org.scijava.plugin.Plugin;

/**
 * A 3D Gaussian with its own width per axis plus a flat background, fitted by
 * Levenberg–Marquardt to the voxels within 1.5 × the radius of the centroid.
 * Most precise on round, blurred spots; on flat-topped nuclei it agrees with
 * the centroid. Where the fit fails (no convergence, the center leaves the
 * search ellipsoid, a negative amplitude) the centroid is returned.
 */
@Plugin(type = Refiner.class, name = GaussianFitRefiner.NAME)
public final class GaussianFitRefiner implements Refiner {

	public static final String NAME = "gaussian";

	private static final int MAX_ITERATIONS = 40;

	@Override
	public String description() {
		return "3D Gaussian fit (Levenberg-Marquardt), started at the centroid";
	}

	@Override
	public Refinement refine(final VoxelBox box, final double[] click,
		final double[] markRadius)
	{
		final double[] radius = Ellipsoids.search(markRadius, box.spacing);
		final Refinement start = new CentroidRefiner().refine(box, click, radius);
		if (!start.found()) return Refinement.notFound(click, NAME);
		final GaussianModel model = GaussianModel.around(box, start.position(),
			new double[] { 1.5 * radius[0], 1.5 * radius[1], 1.5 * radius[2] });
		if (model.samples() < 10) return start;
		final Background background = Background.of(box);
		final double[] theta = model.initial(background.level, start.position(),
			radius);
		final double[] fitted = fit(model, theta);
		final double[] center = { fitted[2], fitted[3], fitted[4] };
		if (fitted[1] <= 0 || Ellipsoids.normalized(center, click, radius) > 1 ||
			!Double.isFinite(center[0] + center[1] + center[2])) return start;
		return new Refinement(center, fitted[1] / background.spread, true, NAME);
	}

	/** Levenberg–Marquardt from {@code theta}; returns the best parameters. */
	static double[] fit(final GaussianModel model, final double[] theta) {
		double[] best = theta.clone();
		double bestCost = model.cost(best);
		double lambda = 1e-3;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			final double[][] normal = new double[8][8];
			final double[] gradient = new double[8];
			model.normalEquations(best, normal, gradient);
			for (int d = 0; d < 8; d++)
				normal[d][d] *= 1 + lambda;
			final double[] step = LinearSystems.solve(normal, gradient);
			if (step == null) break;
			final double[] next = best.clone();
			for (int d = 0; d < 8; d++)
				next[d] += step[d];
			for (int d = 5; d < 8; d++)
				next[d] = Math.abs(next[d]);
			final double cost = model.cost(next);
			if (cost < bestCost) {
				final boolean settled = bestCost - cost < 1e-9 * bestCost;
				best = next;
				bestCost = cost;
				lambda /= 10;
				if (settled) break;
			}
			else lambda *= 10;
		}
		return best;
	}
}
