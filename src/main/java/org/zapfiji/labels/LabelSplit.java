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

package org.zapfiji.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/**
 * Which part of the training data (train, validation, test) each place belongs
 * to, reproducibly from a seed: by complete region (regions shuffled with the
 * seed and cut by the fractions) or by spatial block (each block of
 * {@code blockSize} µm drawn on its own from the seed and its position, so a
 * block keeps its part however many others there are).
 */
public final class LabelSplit {

	public static final List<String> PARTS = List.of("train", "validation",
		"test");

	/** How places are grouped before they are assigned. */
	public enum Rule {

			NONE, REGIONS, BLOCKS;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final Rule rule;

	private final double[] fractions;

	private final double blockSize;

	private final long seed;

	private LabelSplit(final Rule rule, final double[] fractions,
		final double blockSize, final long seed)
	{
		this.rule = rule;
		this.fractions = fractions;
		this.blockSize = blockSize;
		this.seed = seed;
	}

	/** No split: every place is "train"... and nothing is written about it. */
	public static LabelSplit none() {
		return new LabelSplit(Rule.NONE, new double[] { 1, 0, 0 }, 0, 0);
	}

	/**
	 * @param rule none, regions or blocks
	 * @param fractions train, validation, test, summing to 1
	 * @param blockSize µm, for blocks
	 * @throws IllegalArgumentException naming the field and what is accepted
	 */
	public static LabelSplit of(final String rule, final double[] fractions,
		final double blockSize, final long seed)
	{
		final Rule r;
		try {
			r = Rule.valueOf(rule.trim().toUpperCase(Locale.ROOT));
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException("split: expected none, regions or " +
				"blocks, found '" + rule + "'");
		}
		if (r == Rule.NONE) return none();
		if (fractions.length != 3) throw new IllegalArgumentException(
			"split fractions: expected three (train, validation, test), found " +
				Arrays.toString(fractions));
		double sum = 0;
		for (final double f : fractions) {
			if (!(f >= 0)) throw new IllegalArgumentException(
				"split fractions: expected values from 0 to 1, found " + Arrays
					.toString(fractions));
			sum += f;
		}
		if (Math.abs(sum - 1) > 1e-6) throw new IllegalArgumentException(
			"split fractions: expected a sum of 1, found " + Arrays.toString(
				fractions));
		if (r == Rule.BLOCKS && !(blockSize > 0))
			throw new IllegalArgumentException(
				"split block size: expected positive µm, found " + blockSize);
		return new LabelSplit(r, fractions.clone(), blockSize, seed);
	}

	public Rule rule() {
		return rule;
	}

	/**
	 * The part of each complete region, by region id: shuffled with the seed in
	 * id order, then cut by the fractions (rounded, the test part takes the
	 * rest). Empty unless the rule is regions.
	 */
	public Map<Long, String> regionParts(final List<Region> regions) {
		final Map<Long, String> parts = new LinkedHashMap<>();
		if (rule != Rule.REGIONS) return parts;
		final List<Region> complete = new ArrayList<>();
		for (final Region r : regions)
			if (r.status() == RegionStatus.COMPLETE) complete.add(r);
		complete.sort(Comparator.comparingLong(Region::id));
		java.util.Collections.shuffle(complete, new Random(seed));
		final int n = complete.size();
		final int train = (int) Math.round(fractions[0] * n);
		final int validation = Math.min(n - train, (int) Math.round(fractions[1] *
			n));
		for (int i = 0; i < n; i++)
			parts.put(complete.get(i).id(), i < train ? PARTS.get(0) : i < train +
				validation ? PARTS.get(1) : PARTS.get(2));
		return parts;
	}

	/**
	 * The part of the point {@code um}: its block's part, or the part of the
	 * complete region holding it ({@code regionParts}), or "" where there is none
	 * (outside complete regions, or no split).
	 */
	public String partOf(final double[] um, final List<Region> regions,
		final Map<Long, String> regionParts)
	{
		switch (rule) {
			case BLOCKS:
				return blockPart(um);
			case REGIONS:
				for (final Region r : regions) {
					final String part = regionParts.get(r.id());
					if (part != null && inside(um, r)) return part;
				}
				return "";
			default:
				return "";
		}
	}

	private String blockPart(final double[] um) {
		long key = seed;
		for (int d = 0; d < 3; d++)
			key = key * 0x9E3779B97F4A7C15L + (long) Math.floor(um[d] / blockSize);
		final double u = new SplittableRandom(key).nextDouble();
		return u < fractions[0] ? PARTS.get(0) : u < fractions[0] + fractions[1]
			? PARTS.get(1) : PARTS.get(2);
	}

	private static boolean inside(final double[] p, final Region r) {
		for (int d = 0; d < 3; d++)
			if (p[d] < r.min()[d] || p[d] > r.max()[d]) return false;
		return true;
	}

	/** The split as the manifest records it. */
	public Map<String, Object> describe() {
		final Map<String, Object> d = new LinkedHashMap<>();
		d.put("rule", rule.id());
		if (rule == Rule.NONE) return d;
		d.put("fractions", new double[] { fractions[0], fractions[1],
			fractions[2] });
		d.put("seed", seed);
		if (rule == Rule.BLOCKS) d.put("block_size_um", blockSize);
		return d;
	}
}
