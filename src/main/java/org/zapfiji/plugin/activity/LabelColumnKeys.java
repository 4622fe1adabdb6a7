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

package org.zapfiji.plugin.activity;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.zapfiji.activity.LabelColumns;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.Parameter;

/**
 * The key {@code columns}, shared by the commands that match segmentation
 * labels with trace columns, read in one place so that each names a bad table
 * the same way.
 */
final class LabelColumnKeys {

	static final Parameter<Path> COLUMNS = Parameter.file("columns",
		"CSV label,column mapping segmentation labels to trace columns; " +
			"empty = label − 1");

	private LabelColumnKeys() {}

	/**
	 * The table the key names, or the identity without one.
	 *
	 * @throws CommandException naming the key, the file, line and field
	 */
	static LabelColumns columns(final Path file) throws CommandException {
		try {
			return LabelColumns.readOrIdentity(file);
		}
		catch (final NoSuchFileException e) {
			throw new CommandException("Key 'columns': " + file +
				": no such file (expected a CSV table '" + LabelColumns.HEADER + "')",
				e);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'columns': " + e.getMessage(), e);
		}
	}
}
