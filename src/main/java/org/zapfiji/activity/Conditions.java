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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/**
 * The stimulus conditions of a recording: condition {@code i} spans frames
 * {@code offsets[i]} to {@code offsets[i + 1]} (exclusive), less
 * {@link #padding()} frames at each end, and ZAPBench's rule for where its test
 * windows lie in each (see {@link #firstTestTarget(int)}).
 * <p>
 * ZAPBench's own conditions are built in ({@link #zapbench()}, from
 * {@code zapbench/constants.py}); others come from a JSON object with
 * ZAPBench's constant names in lower case (see {@link #read(Path)}), so the
 * numbers of a new recording are written down the way ZAPBench writes its own.
 */
public final class Conditions {

	/** ZAPBench's {@code CONDITION_OFFSETS}: 9 conditions over 7879 frames. */
	private static final int[] ZAPBENCH_OFFSETS = { 0, 649, 2422, 3078, 3735,
		5047, 5638, 6623, 7279, 7879 };

	private static final List<String> ZAPBENCH_NAMES = List.of("gain", "dots",
		"flash", "taxis", "turning", "position", "open loop", "rotation", "dark");

	/** Attribute of a Zarr group that holds the constants (mini-ZAPBench). */
	public static final String ZARR_ATTRIBUTE = "zapbench_constants";

	private final String source;

	private final int[] offsets;

	private final List<String> names;

	private final int padding;

	private final Set<Integer> heldOut;

	private final double valFraction;

	private final double testFraction;

	private final int maxContext;

	private final int windowLength;

	private Conditions(final String source, final int[] offsets,
		final List<String> names, final int padding, final Set<Integer> heldOut,
		final double valFraction, final double testFraction, final int maxContext,
		final int windowLength)
	{
		this.source = source;
		this.offsets = offsets;
		this.names = names;
		this.padding = padding;
		this.heldOut = heldOut;
		this.valFraction = valFraction;
		this.testFraction = testFraction;
		this.maxContext = maxContext;
		this.windowLength = windowLength;
	}

	/** ZAPBench's conditions, splits and window length (dataset 20240930). */
	public static Conditions zapbench() {
		return new Conditions("ZAPBench (built in)", ZAPBENCH_OFFSETS.clone(),
			ZAPBENCH_NAMES, 1, Set.of(3), 0.1, 0.2, 256, 32);
	}

	/**
	 * Reads conditions from a JSON file: either an object with the fields below
	 * (only {@code condition_offsets} is required), or a Zarr {@code zarr.json}
	 * or {@code .zattrs} whose attributes hold them under
	 * {@value #ZARR_ATTRIBUTE}, as the mini-ZAPBench's root group does.
	 *
	 * <pre>
	 * {
	 *   "condition_offsets": [0, 649, 2422, ..., 7879],  first frame of each condition, then the frame count
	 *   "condition_names": ["gain", "dots", ...],         default "condition 0", ...
	 *   "condition_padding": 1,                           frames left out at each end of a condition
	 *   "conditions_holdout": [3],                        held out of training: test windows after max_context_length
	 *   "val_fraction": 0.1, "test_fraction": 0.2,        ZAPBench's split of each condition
	 *   "max_context_length": 256,
	 *   "prediction_window_length": 32
	 * }
	 * </pre>
	 *
	 * @throws FormatException naming the file and the field that is wrong
	 */
	public static Conditions read(final Path file) throws IOException {
		final String name = file.toString();
		if (!Files.isRegularFile(file)) throw new FormatException(name +
			": no such conditions file");
		if (Files.size(file) > JsonDocuments.MAX_BYTES) throw FormatException.field(
			name, "size", "at most " + JsonDocuments.MAX_BYTES + " bytes", Files.size(
				file) + " bytes");
		JsonObject o = JsonDocuments.parse(name, Files.readAllBytes(file));
		if (o.has("attributes") && o.get("attributes").isJsonObject()) o = o
			.getAsJsonObject("attributes");
		if (o.has(ZARR_ATTRIBUTE) && o.get(ZARR_ATTRIBUTE).isJsonObject()) o = o
			.getAsJsonObject(ZARR_ATTRIBUTE);
		return of(o, name);
	}

	/**
	 * The conditions stated in the nearest Zarr group at or above {@code start}
	 * whose attributes hold {@value #ZARR_ATTRIBUTE}, or null if there is none:
	 * forecasts inside a mini-ZAPBench find its scaled-down conditions.
	 */
	public static Conditions findAbove(final Path start) throws IOException {
		for (Path p = start.toAbsolutePath(); p != null; p = p.getParent())
			for (final String meta : new String[] { "zarr.json", ".zattrs" }) {
				final Path file = p.resolve(meta);
				if (!Files.isRegularFile(file) || Files.size(
					file) > JsonDocuments.MAX_BYTES) continue;
				JsonObject o = JsonDocuments.parse(file.toString(), Files.readAllBytes(
					file));
				if (o.has("attributes") && o.get("attributes").isJsonObject()) o = o
					.getAsJsonObject("attributes");
				if (o.has(ZARR_ATTRIBUTE) && o.get(ZARR_ATTRIBUTE).isJsonObject())
					return of(o.getAsJsonObject(ZARR_ATTRIBUTE), file.toString());
			}
		return null;
	}

	/** Conditions from a parsed object; {@code file} names it in errors. */
	static Conditions of(final JsonObject o, final String file)
		throws FormatException
	{
		final int[] offsets = integers(o, "condition_offsets", file, null);
		if (offsets.length < 2) throw FormatException.field(file,
			"condition_offsets", "at least two frames (start and end)",
			offsets.length + " values");
		for (int i = 0; i < offsets.length; i++)
			if (offsets[i] < 0 || i > 0 && offsets[i] <= offsets[i - 1])
				throw FormatException.field(file, "condition_offsets",
					"increasing frames >= 0", java.util.Arrays.toString(offsets));
		final int count = offsets.length - 1;
		final List<String> names = new ArrayList<>();
		final JsonElement given = o.get("condition_names");
		if (given == null || given.isJsonNull()) for (int i = 0; i < count; i++)
			names.add("condition " + i);
		else {
			if (!given.isJsonArray() || given.getAsJsonArray().size() != count)
				throw FormatException.field(file, "condition_names", "an array of " +
					count + " names (one per condition)", given);
			for (final JsonElement e : given.getAsJsonArray()) {
				if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
					throw FormatException.field(file, "condition_names", "strings", e);
				names.add(e.getAsString());
			}
		}
		final Set<Integer> heldOut = new TreeSet<>();
		for (final int c : integers(o, "conditions_holdout", file, new int[0])) {
			if (c < 0 || c >= count) throw FormatException.field(file,
				"conditions_holdout", "condition numbers 0.." + (count - 1), c);
			heldOut.add(c);
		}
		final int padding = integer(o, "condition_padding", file, 1);
		final int maxContext = integer(o, "max_context_length", file, 256);
		final int window = integer(o, "prediction_window_length", file, 32);
		if (padding < 0 || maxContext < 0 || window < 1) throw FormatException
			.field(file, "condition_padding, max_context_length, " +
				"prediction_window_length", ">= 0, >= 0, >= 1", padding + ", " +
					maxContext + ", " + window);
		final double val = fraction(o, "val_fraction", file, 0.1);
		final double test = fraction(o, "test_fraction", file, 0.2);
		return new Conditions(file, offsets, List.copyOf(names), padding,
			Collections.unmodifiableSet(heldOut), val, test, maxContext, window);
	}

	private static int[] integers(final JsonObject o, final String field,
		final String file, final int[] absent) throws FormatException
	{
		final JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) {
			if (absent == null) throw FormatException.field(file, field,
				"an array of frame numbers", "no such field");
			return absent;
		}
		if (!e.isJsonArray()) throw FormatException.field(file, field,
			"an array of whole numbers", e);
		final JsonArray a = e.getAsJsonArray();
		final int[] values = new int[a.size()];
		for (int i = 0; i < values.length; i++)
			values[i] = whole(a.get(i), field, file);
		return values;
	}

	private static int integer(final JsonObject o, final String field,
		final String file, final int absent) throws FormatException
	{
		final JsonElement e = o.get(field);
		return e == null || e.isJsonNull() ? absent : whole(e, field, file);
	}

	private static int whole(final JsonElement e, final String field,
		final String file) throws FormatException
	{
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
			final double d = e.getAsDouble();
			if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) return (int) d;
		}
		throw FormatException.field(file, field, "whole numbers", e);
	}

	private static double fraction(final JsonObject o, final String field,
		final String file, final double absent) throws FormatException
	{
		final JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) return absent;
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
			final double d = e.getAsDouble();
			if (d >= 0 && d <= 1) return d;
		}
		throw FormatException.field(file, field, "a number from 0 to 1", e);
	}

	/** Where the conditions come from, for messages. */
	public String source() {
		return source;
	}

	public int count() {
		return offsets.length - 1;
	}

	/** Frames of the whole recording: the last offset. */
	public int frames() {
		return offsets[offsets.length - 1];
	}

	public String name(final int condition) {
		return names.get(check(condition));
	}

	public boolean isHeldOut(final int condition) {
		return heldOut.contains(check(condition));
	}

	/** Steps ahead of every forecast window (ZAPBench: 32). */
	public int windowLength() {
		return windowLength;
	}

	/**
	 * First and one-past-last frame of {@code condition}, without the padding:
	 * ZAPBench's {@code get_condition_bounds}.
	 */
	public int[] bounds(final int condition) {
		check(condition);
		return new int[] { offsets[condition] + padding, offsets[condition + 1] -
			padding };
	}

	/**
	 * The frame that step 1 of test window 0 predicts; window {@code w} predicts
	 * frames from this plus {@code w}. ZAPBench's test split is the last
	 * {@code test_fraction} of a condition ({@code int(length × fraction)}
	 * frames, after {@code int(length × val_fraction)} validation frames); a
	 * held-out condition is tested from {@code max_context_length} frames after
	 * its start. The context length does not move it: ZAPBench starts the context
	 * that much earlier.
	 */
	public int firstTestTarget(final int condition) {
		final int[] b = bounds(condition);
		if (isHeldOut(condition)) return b[0] + maxContext;
		final int total = b[1] - b[0];
		final int test = (int) (total * testFraction);
		final int val = (int) (total * valFraction);
		return b[0] + (total - test - val) + val;
	}

	/**
	 * How many test windows ZAPBench evaluates in {@code condition} (stride 1,
	 * every window wholly inside the condition): 98 for gain, 1,557 over all nine
	 * conditions.
	 */
	public int testWindows(final int condition) {
		return Math.max(0, bounds(condition)[1] - firstTestTarget(condition) -
			windowLength + 1);
	}

	/**
	 * The condition a user means by {@code text}: its number, or its name without
	 * regard to case; -1 if none.
	 */
	public int find(final String text) {
		final String t = text.trim();
		if (t.matches("\\d{1,9}")) {
			final int c = Integer.parseInt(t);
			return c < count() ? c : -1;
		}
		for (int c = 0; c < count(); c++)
			if (names.get(c).toLowerCase(Locale.ROOT).equals(t.toLowerCase(
				Locale.ROOT))) return c;
		return -1;
	}

	/** "0 (gain), 1 (dots), ...", for messages. */
	public String describe() {
		final List<String> all = new ArrayList<>();
		for (int c = 0; c < count(); c++)
			all.add(c + " (" + names.get(c) + ")");
		return String.join(", ", all);
	}

	private int check(final int condition) {
		if (condition < 0 || condition >= count())
			throw new IllegalArgumentException("no condition " + condition + " in " +
				source + "; conditions are " + describe());
		return condition;
	}
}
