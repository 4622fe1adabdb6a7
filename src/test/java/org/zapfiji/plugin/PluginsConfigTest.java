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

package org.zapfiji.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zapfiji.plugin.batch.PluginsConfig;
import org.zapfiji.plugin.command.ZapCommand;

/**
 * The menu and the code agree: every command class is in {@code plugins.config}
 * under {@code Plugins>ZAP}, with the title it reports.
 */
class PluginsConfigTest {

	@Test
	void everyCommandIsListedUnderPluginsZapWithItsTitle() throws Exception {
		final List<PluginsConfig.Entry> entries;
		try (InputStream in = Files.newInputStream(Paths.get(
			"src/main/resources/plugins.config")))
		{
			entries = PluginsConfig.read(in);
		}
		assertFalse(entries.isEmpty());
		final Set<String> listed = new TreeSet<>();
		for (final PluginsConfig.Entry entry : entries) {
			assertEquals("Plugins>ZAP", entry.menu, entry.toString());
			assertTrue(entry.command.startsWith("ZAP "), entry.toString());
			final ZapCommand<?> command = (ZapCommand<?>) Class.forName(
				entry.className).getDeclaredConstructor().newInstance();
			assertEquals(entry.command, command.title(), entry.className);
			listed.add(entry.className);
		}
		assertEquals(commandClasses(), listed);
	}

	/** Every concrete {@link ZapCommand} among the compiled main classes. */
	private static Set<String> commandClasses() throws Exception {
		final Path root = Paths.get("target/classes");
		final Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (final Path file : files.filter(f -> f.toString().endsWith(
				".class") && !f.toString().contains("$")).collect(Collectors.toList()))
			{
				final String name = root.relativize(file).toString().replace('/', '.')
					.replaceAll("\\.class$", "");
				final Class<?> c = Class.forName(name, false, PluginsConfigTest.class
					.getClassLoader());
				if (ZapCommand.class.isAssignableFrom(c) && !Modifier.isAbstract(c
					.getModifiers())) found.add(name);
			}
		}
		return found;
	}
}
