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
import java.time.format.DateTimeParseException;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkStatus;

/**
 * Converts the text of one field (CSV cell, XML attribute) to a value, or fails
 * naming the file, the place, the field, what was expected and what was found.
 */
final class Cells {

	private final Path file;

	private final String where;

	/** @param where the place in the file, e.g. "line 4" or "Spot 12" */
	Cells(final Path file, final String where) {
		this.file = file;
		this.where = where;
	}

	MarkFormatException error(final String field, final String expected,
		final String found)
	{
		return new MarkFormatException(file, where + ", field '" + field + "'",
			"expected " + expected + ", found '" + found + "'");
	}

	/** A finite number. */
	/** One step of a reader that builds a mark from checked cells. */
	interface MarkStep {

		Mark build() throws MarkFormatException;
	}

	/**
	 * Runs {@code step}, turning the mark's own refusal into an error naming the
	 * file and place. Each cell may be a finite number and still make a mark that
	 * cannot be held: 1e308 mm is not finite in µm (found by fuzzing).
	 */
	static Mark built(final Path file, final String where, final MarkStep step)
		throws MarkFormatException
	{
		try {
			return step.build();
		}
		catch (final IllegalArgumentException e) {
			throw new MarkFormatException(file, where,
				"expected a mark ZAP Fiji can hold: " + e.getMessage(), e);
		}
	}

	double number(final String field, final String text)
		throws MarkFormatException
	{
		try {
			final double v = Double.parseDouble(text.trim());
			if (Double.isFinite(v)) return v;
		}
		catch (final NumberFormatException e) {
			// reported below
		}
		throw error(field, "a finite number", text);
	}

	/** A number, NaN for an empty cell. */
	double numberOrNaN(final String field, final String text)
		throws MarkFormatException
	{
		if (text.isBlank() || text.trim().equalsIgnoreCase("nan"))
			return Double.NaN;
		return number(field, text);
	}

	long integer(final String field, final String text)
		throws MarkFormatException
	{
		try {
			return Long.parseLong(text.trim());
		}
		catch (final NumberFormatException e) {
			throw error(field, "a whole number", text);
		}
	}

	int int32(final String field, final String text) throws MarkFormatException {
		final long v = integer(field, text);
		if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw error(field,
			"a 32-bit whole number", text);
		return (int) v;
	}

	/** A positive 63-bit id, as {@link org.zapfiji.annotation.MarkIds} makes. */
	long id(final String field, final String text) throws MarkFormatException {
		final long v = integer(field, text);
		if (v <= 0) throw error(field, "a positive id", text);
		return v;
	}

	MarkStatus status(final String field, final String text)
		throws MarkFormatException
	{
		try {
			return MarkStatus.forId(text.trim());
		}
		catch (final IllegalArgumentException e) {
			throw error(field,
				"candidate, unreviewed, accepted, rejected or uncertain", text);
		}
	}

	Instant time(final String field, final String text)
		throws MarkFormatException
	{
		try {
			return Instant.parse(text.trim());
		}
		catch (final DateTimeParseException e) {
			throw error(field, "an ISO-8601 UTC time like 2024-09-30T12:00:00Z",
				text);
		}
	}
}
