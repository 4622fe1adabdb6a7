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

package org.zapfiji.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.compare.MarkComparison;

/**
 * Comparing two annotators over a whole ZAPBench brain: 70,000 reference marks
 * spread through the 831 × 539 × 288 µm volume (one every ~12 µm, like the
 * 71,721 segmented neurons), and a test set that is the reference moved by 1 µm
 * in a random direction, with 5 % dropped and 5 % added at random. The target
 * is one comparison in at most 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkComparisonBenchmark {

	static final int COUNT = 70_000;

	static final double[] VOLUME = { 2048 * 0.406, 1328 * 0.406, 72 * 4.0 };

	/** Largest distance of a match, µm: about a neuron's radius. */
	static final double DISTANCE = 5.0;

	private List<Mark> reference;

	private List<Mark> test;

	@Setup
	public void setUp() {
		final Random random = new Random(2024);
		reference = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++)
			reference.add(Mark.builder(i + 1, random.nextDouble() * VOLUME[0], random
				.nextDouble() * VOLUME[1], random.nextDouble() * VOLUME[2]).build());
		test = jittered(reference, random);
	}

	/** The reference moved 1 µm, 5 % dropped, 5 % added. */
	static List<Mark> jittered(final List<Mark> reference, final Random random) {
		final List<Mark> test = new ArrayList<>(reference.size());
		long id = 10_000_000;
		for (final Mark m : reference) {
			if (random.nextDouble() < 0.05) continue;
			final double[] d = unitVector(random);
			test.add(Mark.builder(id++, m.x() + d[0], m.y() + d[1], m.z() + d[2])
				.build());
		}
		for (int i = 0; i < reference.size() / 20; i++)
			test.add(Mark.builder(id++, random.nextDouble() * VOLUME[0], random
				.nextDouble() * VOLUME[1], random.nextDouble() * VOLUME[2]).build());
		return test;
	}

	private static double[] unitVector(final Random random) {
		final double[] v = { random.nextGaussian(), random.nextGaussian(), random
			.nextGaussian() };
		final double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		return new double[] { v[0] / n, v[1] / n, v[2] / n };
	}

	@Benchmark
	public MarkComparison compare70k() {
		return MarkComparison.of(reference, test, DISTANCE, List.of());
	}
}
