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

package org.zapfiji.plugin.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of ImageJ's {@code plugins.config} files: menu path, command name and
 * plugin class, one per line, e.g.
 * {@code Plugins>ZAP, "ZAP Check Installation", org.zapfiji.plugin.CheckInstallation}.
 */
public final class PluginsConfig {

	private static final Pattern LINE = Pattern.compile(
		"\\s*([^,\"#][^,]*?)\\s*,\\s*\"([^\"]+)\"\\s*,\\s*(\\S+)\\s*");

	/** One menu command. */
	public static final class Entry {

		public final String menu;

		public final String command;

		public final String className;

		Entry(final String menu, final String command, final String className) {
			this.menu = menu;
			this.command = command;
			this.className = className;
		}

		@Override
		public String toString() {
			return menu + ", \"" + command + "\", " + className;
		}
	}

	private PluginsConfig() {}

	/** Reads every {@code plugins.config} that {@code loader} can see. */
	public static List<Entry> readAll(final ClassLoader loader)
		throws IOException
	{
		final List<Entry> entries = new ArrayList<>();
		final Enumeration<URL> configs = loader.getResources("plugins.config");
		while (configs.hasMoreElements()) {
			try (InputStream in = configs.nextElement().openStream()) {
				entries.addAll(read(in));
			}
		}
		return entries;
	}

	/** Reads one file; comments, blank lines and separators ("-") are skipped. */
	public static List<Entry> read(final InputStream in) throws IOException {
		final List<Entry> entries = new ArrayList<>();
		final BufferedReader reader = new BufferedReader(new InputStreamReader(in,
			StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader
			.readLine())
		{
			final Matcher m = LINE.matcher(line);
			if (!line.trim().startsWith("#") && m.matches()) entries.add(new Entry(m
				.group(1), m.group(2), m.group(3)));
		}
		return entries;
	}
}
