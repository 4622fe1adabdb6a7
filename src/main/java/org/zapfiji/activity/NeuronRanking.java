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

package org.zapfiji.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Neurons ordered by their forecast error, worst first, so that a user can go
 * straight to where a model fails: per-neuron MAE over every window and step
 * ({@link ForecastErrors#maePerNeuron()}). Equal errors keep column order; a
 * NaN error (which ZAPBench's NaN rule should never give) goes last.
 */
public final class NeuronRanking {

	/** One row of the ranking. */
	public static final class Entry {

		private final int rank;

		private final int column;

		private final int label;

		private final double mae;

		Entry(final int rank, final int column, final int label, final double mae) {
			this.rank = rank;
			this.column = column;
			this.label = label;
			this.mae = mae;
		}

		/** 1 for the worst neuron. */
		public int rank() {
			return rank;
		}

		/** Trace column, from 0. */
		public int column() {
			return column;
		}

		/** Segmentation label. */
		public int label() {
			return label;
		}

		public double mae() {
			return mae;
		}

		@Override
		public String toString() {
			return "#" + rank + " label " + label + " (column " + column + "): MAE " +
				mae;
		}
	}

	private final List<Entry> entries;

	private NeuronRanking(final List<Entry> entries) {
		this.entries = Collections.unmodifiableList(entries);
	}

	/**
	 * @param maePerNeuron the error of column {@code n} at index {@code n}
	 * @param labels column → segmentation label (ZAPBench: {@code n -> n + 1})
	 */
	public static NeuronRanking of(final double[] maePerNeuron,
		final IntUnaryOperator labels)
	{
		final List<Integer> columns = new ArrayList<>(maePerNeuron.length);
		for (int n = 0; n < maePerNeuron.length; n++)
			columns.add(n);
		final Comparator<Integer> worstFirst = (a, b) -> {
			final double x = maePerNeuron[a];
			final double y = maePerNeuron[b];
			if (Double.isNaN(x) || Double.isNaN(y)) return Boolean.compare(Double
				.isNaN(x), Double.isNaN(y));
			return Double.compare(y, x);
		};
		columns.sort(worstFirst.thenComparing(Comparator.naturalOrder()));
		final List<Entry> entries = new ArrayList<>(columns.size());
		for (final int n : columns)
			entries.add(new Entry(entries.size() + 1, n, labels.applyAsInt(n),
				maePerNeuron[n]));
		return new NeuronRanking(entries);
	}

	/** Ranks one forecast's (or a pool's) neurons; labels are column + 1. */
	public static NeuronRanking of(final ForecastErrors errors) {
		return of(errors.maePerNeuron(), n -> n + 1);
	}

	/** Worst first. */
	public List<Entry> entries() {
		return entries;
	}

	public int size() {
		return entries.size();
	}

	/** The worst neuron, or null when there are none. */
	public Entry worst() {
		return entries.isEmpty() ? null : entries.get(0);
	}

	/** The entry of {@code label}, or null. */
	public Entry ofLabel(final int label) {
		for (final Entry e : entries)
			if (e.label == label) return e;
		return null;
	}
}
