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

/**
 * Splits the candidate graph of two point sets into connected components and
 * solves each with {@link OptimalAssignment}. Components are independent, so
 * the optimum of the whole is the union of their optima; for marks of neurons a
 * few µm apart nearly every component is one pair, solved without search.
 */
final class ComponentAssignment {

	private final int left;

	private final int right;

	private final CandidatePairs pairs;

	ComponentAssignment(final double[][] reference, final double[][] test,
		final double maxDistance)
	{
		this.left = reference.length;
		this.right = test.length;
		this.pairs = CandidatePairs.within(reference, test, maxDistance);
	}

	/** For each reference point the index of its test partner, or -1. */
	int[] solve() {
		final int[] partner = new int[left];
		Arrays.fill(partner, -1);
		final int[] parent = new int[left + right];
		for (int i = 0; i < parent.length; i++)
			parent[i] = i;
		for (int e = 0; e < pairs.size; e++)
			union(parent, pairs.reference[e], left + pairs.test[e]);
		// Group edges by component root with a counting sort.
		final int[] count = new int[left + right + 1];
		for (int e = 0; e < pairs.size; e++)
			count[find(parent, pairs.reference[e]) + 1]++;
		for (int i = 0; i < left + right; i++)
			count[i + 1] += count[i];
		final int[] order = new int[pairs.size];
		final int[] fill = count.clone();
		for (int e = 0; e < pairs.size; e++)
			order[fill[find(parent, pairs.reference[e])]++] = e;
		final int[] localL = new int[left];
		final int[] localR = new int[right];
		Arrays.fill(localL, -1);
		Arrays.fill(localR, -1);
		for (int root = 0; root < left + right; root++)
			if (count[root + 1] > count[root]) solveComponent(Arrays.copyOfRange(
				order, count[root], count[root + 1]), localL, localR, partner);
		return partner;
	}

	private void solveComponent(final int[] edges, final int[] localL,
		final int[] localR, final int[] partner)
	{
		if (edges.length == 1) {
			partner[pairs.reference[edges[0]]] = pairs.test[edges[0]];
			return;
		}
		// Edges are listed by test point; sort by reference for the CSR rows.
		final int[] byRef = Arrays.stream(edges).boxed().sorted((a,
			b) -> pairs.reference[a] != pairs.reference[b] ? Integer.compare(
				pairs.reference[a], pairs.reference[b]) : Integer.compare(pairs.test[a],
					pairs.test[b])).mapToInt(Integer::intValue).toArray();
		int nl = 0;
		int nr = 0;
		final int[] globalL = new int[edges.length];
		for (final int e : byRef) {
			if (localL[pairs.reference[e]] < 0) {
				globalL[nl] = pairs.reference[e];
				localL[pairs.reference[e]] = nl++;
			}
			if (localR[pairs.test[e]] < 0) localR[pairs.test[e]] = nr++;
		}
		final int[] globalR = new int[nr];
		final int[] start = new int[nl + 1];
		final int[] to = new int[byRef.length];
		final double[] cost = new double[byRef.length];
		for (int k = 0; k < byRef.length; k++) {
			final int e = byRef[k];
			start[localL[pairs.reference[e]] + 1]++;
			to[k] = localR[pairs.test[e]];
			globalR[to[k]] = pairs.test[e];
			cost[k] = pairs.distance[e];
		}
		for (int l = 0; l < nl; l++)
			start[l + 1] += start[l];
		final int[] match = OptimalAssignment.solve(nl, nr, start, to, cost);
		for (int l = 0; l < nl; l++)
			if (match[l] >= 0) partner[globalL[l]] = globalR[match[l]];
	}

	private static int find(final int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(final int[] parent, final int a, final int b) {
		final int ra = find(parent, a);
		final int rb = find(parent, b);
		if (ra != rb) parent[ra] = rb;
	}
}
