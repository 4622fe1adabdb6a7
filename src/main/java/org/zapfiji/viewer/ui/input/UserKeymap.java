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

package org.zapfiji.viewer.ui.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The keymap file a user edits to remap the viewer's keys: BigDataViewer's YAML
 * format, at {@code zapfiji-keymap.yaml} in ImageJ's preferences folder (or
 * where the system property {@code zapfiji.keymap} points), so one file serves
 * every viewer window. Actions it leaves out keep their default keys.
 */
public final class UserKeymap {

	/** System property naming another keymap file. */
	public static final String PROPERTY = "zapfiji.keymap";

	private final Path file;

	private UserKeymap(final Path file) {
		this.file = file;
	}

	/** The file in {@code folder} unless the system property names another. */
	public static UserKeymap in(final Path folder) {
		final String chosen = System.getProperty(PROPERTY);
		return new UserKeymap(chosen != null && !chosen.isEmpty() ? Paths.get(
			chosen) : folder.resolve("zapfiji-keymap.yaml"));
	}

	public Path file() {
		return file;
	}

	/**
	 * The defaults overridden by the file if it exists.
	 *
	 * @throws IOException naming the file and line if it cannot be read
	 */
	public Keymap load() throws IOException {
		return Files.isRegularFile(file) ? Keymap.read(file) : Keymap.defaults();
	}

	/**
	 * Writes every default binding to the file, unless it exists: a starting
	 * point to edit.
	 *
	 * @return whether the file was written
	 */
	public boolean writeDefaultsIfMissing() throws IOException {
		if (Files.exists(file)) return false;
		if (file.getParent() != null) Files.createDirectories(file.getParent());
		Keymap.defaults().write(file);
		return true;
	}
}
