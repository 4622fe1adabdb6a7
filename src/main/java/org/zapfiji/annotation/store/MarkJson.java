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

package org.zapfiji.annotation.store;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/**
 * Marks and regions as the JSON of the edit log's before and after columns:
 * every field by name, so the history stays readable in any SQLite browser, and
 * exact: doubles and instants come back equal, a NaN score is null.
 */
public final class MarkJson {

	private MarkJson() {}

	public static String toJson(final Mark m) {
		final JsonObject o = new JsonObject();
		o.addProperty("id", m.id());
		o.add("position", array(m.position()));
		o.add("radius", array(m.radius()));
		o.addProperty("status", m.status().id());
		o.addProperty("annotator", m.annotator());
		o.addProperty("round", m.round());
		o.addProperty("created", m.created().toString());
		o.addProperty("modified", m.modified().toString());
		o.add("click", array(m.click()));
		o.addProperty("refinement", m.refinement());
		if (!Double.isNaN(m.score())) o.addProperty("score", m.score());
		o.addProperty("comment", m.comment());
		final JsonArray tags = new JsonArray();
		m.tags().forEach(tags::add);
		o.add("tags", tags);
		if (m.frame() != null) o.addProperty("frame", m.frame());
		return o.toString();
	}

	/** @throws IllegalArgumentException if a field is missing or malformed */
	public static Mark mark(final String json) {
		try {
			final JsonObject o = JsonParser.parseString(json).getAsJsonObject();
			final double[] p = doubles(o.get("position"));
			final double[] r = doubles(o.get("radius"));
			final double[] c = doubles(o.get("click"));
			final Set<String> tags = new TreeSet<>();
			o.getAsJsonArray("tags").forEach(t -> tags.add(t.getAsString()));
			final JsonElement score = o.get("score");
			final JsonElement frame = o.get("frame");
			return Mark.builder(o.get("id").getAsLong(), p[0], p[1], p[2]) //
				.radius(r[0], r[1], r[2]) //
				.status(MarkStatus.forId(o.get("status").getAsString())) //
				.annotator(o.get("annotator").getAsString()) //
				.round(o.get("round").getAsInt()) //
				.created(Instant.parse(o.get("created").getAsString())) //
				.modified(Instant.parse(o.get("modified").getAsString())) //
				.click(c[0], c[1], c[2]) //
				.refinement(o.get("refinement").getAsString(), isNull(score)
					? Double.NaN : score.getAsDouble()) //
				.comment(o.get("comment").getAsString()) //
				.tags(tags) //
				.frame(isNull(frame) ? null : frame.getAsInt()) //
				.build();
		}
		catch (final RuntimeException e) {
			throw new IllegalArgumentException("not a mark: " + abbreviate(json) +
				" (" + e.getMessage() + ")", e);
		}
	}

	public static String toJson(final Region r) {
		final JsonObject o = new JsonObject();
		o.addProperty("id", r.id());
		o.add("min", array(r.min()));
		o.add("max", array(r.max()));
		o.addProperty("name", r.name());
		o.addProperty("annotator", r.annotator());
		o.addProperty("status", r.status().id());
		o.addProperty("created", r.created().toString());
		o.addProperty("modified", r.modified().toString());
		return o.toString();
	}

	/** @throws IllegalArgumentException if a field is missing or malformed */
	public static Region region(final String json) {
		try {
			final JsonObject o = JsonParser.parseString(json).getAsJsonObject();
			return new Region(o.get("id").getAsLong(), doubles(o.get("min")), doubles(
				o.get("max")), o.get("name").getAsString(), o.get("annotator")
					.getAsString(), RegionStatus.forId(o.get("status").getAsString()),
				Instant.parse(o.get("created").getAsString()), Instant.parse(o.get(
					"modified").getAsString()));
		}
		catch (final RuntimeException e) {
			throw new IllegalArgumentException("not a region: " + abbreviate(json) +
				" (" + e.getMessage() + ")", e);
		}
	}

	/** The before/after of a batch entry: which batch, how many marks. */
	static String batch(final long batchSeq, final int count) {
		return "{\"batch\":" + batchSeq + ",\"count\":" + count + "}";
	}

	/** Tags as a sorted JSON array of strings, for the marks table. */
	static String tags(final Set<String> tags) {
		if (tags.isEmpty()) return "[]";
		final JsonArray a = new JsonArray();
		tags.forEach(a::add);
		return a.toString();
	}

	static Set<String> tags(final String json) {
		final Set<String> tags = new TreeSet<>();
		if (!json.equals("[]")) JsonParser.parseString(json).getAsJsonArray()
			.forEach(t -> tags.add(t.getAsString()));
		return tags;
	}

	private static boolean isNull(final JsonElement e) {
		return e == null || e.isJsonNull();
	}

	private static JsonArray array(final double[] values) {
		final JsonArray a = new JsonArray();
		for (final double v : values)
			a.add(v);
		return a;
	}

	private static double[] doubles(final JsonElement e) {
		final JsonArray a = e.getAsJsonArray();
		if (a.size() != 3) throw new IllegalArgumentException(
			"expected 3 coordinates, found " + a.size());
		return new double[] { a.get(0).getAsDouble(), a.get(1).getAsDouble(), a.get(
			2).getAsDouble() };
	}

	private static String abbreviate(final String json) {
		return json == null ? "null" : json.length() <= 200 ? json : json.substring(
			0, 200) + "...";
	}
}
