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

package org.zapfiji.annotation.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.scijava.plugin.Plugin;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.io.AtomicFiles;

/**
 * Our own JSON: every field of a {@link Mark}; nothing is lost.
 * <p>
 * {@code {"format": "zap-fiji-marks", "version": 1, "marks": [{"id":
 * "8512...", "position_um": [x, y, z], "radius_um": [rx, ry, rz], "status":
 * "accepted", "annotator": "ana", "round": 2, "created": "2024-...Z",
 * "modified": "...", "click_um": [x, y, z], "refinement": "centroid", "score":
 * 0.8 or null, "comment": "", "tags": ["edge"], "frame": 12 or null}]}}
 * <p>
 * Ids are written as strings: JavaScript and many JSON readers hold numbers as
 * doubles, which keep only 53 bits of a 63-bit id. Reading accepts numbers too.
 */
@Plugin(type = MarkFormat.class, name = "ZAP marks JSON")
public class ZapJsonFormat implements MarkFormat {

	static final String FORMAT = "zap-fiji-marks";

	@Override
	public List<String> fileExtensions() {
		return List.of("json");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("version", 1);
		final JsonArray array = new JsonArray();
		for (final Mark m : marks)
			array.add(toJson(m));
		root.add("marks", array);
		AtomicFiles.write(path, new GsonBuilder().serializeNulls()
			.setPrettyPrinting().create().toJson(root).getBytes(
				StandardCharsets.UTF_8));
	}

	private static JsonObject toJson(final Mark m) {
		final JsonObject o = new JsonObject();
		o.addProperty("id", Long.toString(m.id()));
		o.add("position_um", triple(m.position()));
		o.add("radius_um", triple(m.radius()));
		o.addProperty("status", m.status().id());
		o.addProperty("annotator", m.annotator());
		o.addProperty("round", m.round());
		o.addProperty("created", m.created().toString());
		o.addProperty("modified", m.modified().toString());
		o.add("click_um", triple(m.click()));
		o.addProperty("refinement", m.refinement());
		if (Double.isNaN(m.score())) o.add("score", JsonNull.INSTANCE);
		else o.addProperty("score", m.score());
		o.addProperty("comment", m.comment());
		final JsonArray tags = new JsonArray();
		m.tags().forEach(tags::add);
		o.add("tags", tags);
		if (m.frame() == null) o.add("frame", JsonNull.INSTANCE);
		else o.addProperty("frame", m.frame());
		return o;
	}

	private static JsonArray triple(final double[] v) {
		final JsonArray a = new JsonArray();
		for (final double x : v)
			a.add(x);
		return a;
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final JsonElement root;
		try {
			if (Files.size(path) > CsvRows.MAX_BYTES) throw new MarkFormatException(
				path, "file size", "expected at most " + CsvRows.MAX_BYTES + " bytes");
			root = JsonParser.parseString(Files.readString(path));
		}
		catch (final JsonParseException e) {
			throw new MarkFormatException(path, "JSON", "expected valid JSON: " + e
				.getMessage(), e);
		}
		final JsonFields top = new JsonFields(path, "top level", root);
		final String format = top.string("format");
		if (!FORMAT.equals(format)) throw top.error("format", "'" + FORMAT + "'",
			format);
		final long version = top.integer("version");
		if (version != 1) throw top.error("version", "1", Long.toString(version));
		final JsonArray array = top.array("marks");
		final List<Mark> marks = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			final JsonFields fields = new JsonFields(path, "marks[" + i + "]", array
				.get(i));
			marks.add(Cells.built(path, "marks[" + i + "]", () -> mark(fields)));
		}
		return marks;
	}

	private static Mark mark(final JsonFields f) throws MarkFormatException {
		final long id = f.id("id");
		final double[] p = f.triple("position_um");
		final Mark.Builder b = Mark.builder(id, p[0], p[1], p[2]);
		final double[] r = f.triple("radius_um");
		if (!(r[0] > 0 && r[1] > 0 && r[2] > 0)) throw f.error("radius_um",
			"positive radii", f.raw("radius_um"));
		b.radius(r[0], r[1], r[2]);
		b.status(f.status("status")).annotator(f.string("annotator")).round((int) f
			.integer("round")).created(f.time("created")).modified(f.time(
				"modified"));
		final double[] c = f.triple("click_um");
		b.click(c[0], c[1], c[2]);
		b.refinement(f.string("refinement"), f.numberOrNaN("score"));
		b.comment(f.string("comment"));
		final Set<String> tags = new TreeSet<>();
		final JsonArray t = f.array("tags");
		for (int i = 0; i < t.size(); i++)
			tags.add(f.element("tags", t.get(i)));
		b.tags(tags);
		b.frame(f.isNull("frame") ? null : (int) f.integer("frame"));
		return b.build();
	}
}
