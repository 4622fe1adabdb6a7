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
import java.nio.file.Path;

import org.zapfiji.activity.Conditions;
import org.zapfiji.plugin.command.CommandException;

/**
 * The stimulus conditions the key {@code conditions} names, shared by the
 * commands that place forecast windows in time.
 */
final class ConditionKeys {

	private ConditionKeys() {}

	/**
	 * The conditions of the JSON {@code file}; without one, those recorded in a
	 * Zarr group above {@code near}, else ZAPBench's own.
	 *
	 * @throws CommandException naming the key when the file cannot be read
	 */
	static Conditions conditions(final Path file, final Path near)
		throws IOException, CommandException
	{
		if (file != null) {
			try {
				return Conditions.read(file);
			}
			catch (final IOException e) {
				throw new CommandException("Key 'conditions': " + e.getMessage(), e);
			}
		}
		final Conditions found = Conditions.findAbove(near);
		return found != null ? found : Conditions.zapbench();
	}
}
