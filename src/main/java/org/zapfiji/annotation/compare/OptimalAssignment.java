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

package org.zapfiji.annotation.compare;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum-cost maximum-cardinality matching in a sparse bipartite graph, by
 * successive shortest augmenting paths (the Hungarian method with Dijkstra and
 * Johnson potentials, as in Jonker–Volgenant): after k augmentations the
 * matching is the cheapest of size k, and augmenting stops when no free
 * reference can reach a free test point, so the result has the most pairs
 * possible and, among those, the least total distance. Greedy nearest-first
 * matching gets both wrong when one point is the nearest candidate of two.
 * <p>
 * Runs on one connected component of the candidate graph; the caller splits the
 * graph, which keeps each problem tiny for realistic mark densities.
 */
final class OptimalAssignment {

	private OptimalAssignment() {}

	/**
	 * @param left number of reference nodes
	 * @param right number of test nodes
	 * @param start CSR offsets into {@code to}/{@code cost}, length left + 1
	 * @param to test node of each edge
	 * @param cost non-negative cost of each edge
	 * @return for each reference node its test node, or -1
	 */
	static int[] solve(final int left, final int right, final int[] start,
		final int[] to, final double[] cost)
	{
		final int[] matchL = new int[left];
		final int[] matchR = new int[right];
		Arrays.fill(matchL, -1);
		Arrays.fill(matchR, -1);
		final double[] potL = new double[left];
		final double[] potR = new double[right];
		final double[] distL = new double[left];
		final double[] distR = new double[right];
		final int[] prevR = new int[right];
		while (true) {
			final int target = shortestPath(left, right, start, to, cost, matchL,
				matchR, potL, potR, distL, distR, prevR);
			if (target < 0) return matchL;
			final double reach = distR[target];
			for (int l = 0; l < left; l++)
				potL[l] += Math.min(distL[l], reach);
			for (int r = 0; r < right; r++)
				potR[r] += Math.min(distR[r], reach);
			for (int r = target;;) {
				final int l = prevR[r];
				final int next = matchL[l];
				matchL[l] = r;
				matchR[r] = l;
				if (next < 0) break;
				r = next;
			}
		}
	}

	/**
	 * Dijkstra from all free reference nodes over reduced costs.
	 *
	 * @return the nearest free test node, or -1 if none can be reached
	 */
	private static int shortestPath(final int left, final int right,
		final int[] start, final int[] to, final double[] cost, final int[] matchL,
		final int[] matchR, final double[] potL, final double[] potR,
		final double[] distL, final double[] distR, final int[] prevR)
	{
		Arrays.fill(distL, Double.POSITIVE_INFINITY);
		Arrays.fill(distR, Double.POSITIVE_INFINITY);
		final PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double
			.compare(a[0], b[0]) != 0 ? Double.compare(a[0], b[0]) : Double.compare(
				a[1], b[1]));
		for (int l = 0; l < left; l++)
			if (matchL[l] < 0) {
				distL[l] = 0;
				queue.add(new double[] { 0, l });
			}
		int best = -1;
		while (!queue.isEmpty()) {
			final double[] top = queue.poll();
			final int l = (int) top[1];
			if (top[0] > distL[l]) continue;
			if (best >= 0 && top[0] >= distR[best]) break;
			for (int e = start[l]; e < start[l + 1]; e++) {
				final int r = to[e];
				final double d = top[0] + Math.max(0, cost[e] + potL[l] - potR[r]);
				if (d >= distR[r]) continue;
				distR[r] = d;
				prevR[r] = l;
				final int owner = matchR[r];
				if (owner < 0) {
					if (best < 0 || d < distR[best]) best = r;
				}
				else if (d < distL[owner]) {
					distL[owner] = d;
					queue.add(new double[] { d, owner });
				}
			}
		}
		return best;
	}
}
