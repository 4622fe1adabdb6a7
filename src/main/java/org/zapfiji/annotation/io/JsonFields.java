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

import java.nio.file.Path;
import java.time.Instant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkStatus;

/**
 * Typed access to the members of one JSON object, failing with the file, the
 * object's path (e.g. "marks[3]"), the member, what was expected and what was
 * found.
 */
final class JsonFields {

	private final Path file;

	private final String where;

	private final JsonObject object;

	private final Cells cells;

	JsonFields(final Path file, final String where, final JsonElement element)
		throws MarkFormatException
	{
		this.file = file;
		this.where = where;
		if (element == null || !element.isJsonObject())
			throw new MarkFormatException(file, where, "expected a JSON object, " +
				"found " + element);
		this.object = element.getAsJsonObject();
		this.cells = new Cells(file, where);
	}

	MarkFormatException error(final String member, final String expected,
		final String found)
	{
		return cells.error(member, expected, found);
	}

	String raw(final String member) {
		return String.valueOf(object.get(member));
	}

	boolean isNull(final String member) {
		return !object.has(member) || object.get(member).isJsonNull();
	}

	private JsonPrimitive primitive(final String member, final String expected)
		throws MarkFormatException
	{
		final JsonElement e = object.get(member);
		if (e == null || !e.isJsonPrimitive()) throw error(member, expected, raw(
			member));
		return e.getAsJsonPrimitive();
	}

	String string(final String member) throws MarkFormatException {
		final JsonPrimitive p = primitive(member, "a string");
		if (!p.isString()) throw error(member, "a string", raw(member));
		return p.getAsString();
	}

	/** A member that must be a string inside an array. */
	String element(final String member, final JsonElement e)
		throws MarkFormatException
	{
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) throw error(
			member, "strings", String.valueOf(e));
		return e.getAsString();
	}

	long integer(final String member) throws MarkFormatException {
		return cells.integer(member, primitive(member, "a whole number")
			.getAsString());
	}

	long id(final String member) throws MarkFormatException {
		return cells.id(member, primitive(member, "an id").getAsString());
	}

	double numberOrNaN(final String member) throws MarkFormatException {
		if (isNull(member)) return Double.NaN;
		return cells.number(member, primitive(member, "a number").getAsString());
	}

	MarkStatus status(final String member) throws MarkFormatException {
		return cells.status(member, string(member));
	}

	Instant time(final String member) throws MarkFormatException {
		return cells.time(member, string(member));
	}

	JsonArray array(final String member) throws MarkFormatException {
		final JsonElement e = object.get(member);
		if (e == null || !e.isJsonArray()) throw error(member, "an array", raw(
			member));
		return e.getAsJsonArray();
	}

	double[] triple(final String member) throws MarkFormatException {
		final JsonArray a = array(member);
		if (a.size() != 3) throw error(member, "3 numbers x, y, z", raw(member));
		final double[] v = new double[3];
		for (int i = 0; i < 3; i++) {
			if (!a.get(i).isJsonPrimitive()) throw error(member, "3 numbers", raw(
				member));
			v[i] = cells.number(member, a.get(i).getAsString());
		}
		return v;
	}

	@Override
	public String toString() {
		return file + ": " + where;
	}
}
