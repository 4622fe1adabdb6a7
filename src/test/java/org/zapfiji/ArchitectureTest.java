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

package org.zapfiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of {@code ARCHITECTURE.md}, checked on every build: each package
 * imports only what its layer may use. Only {@code viewer} and {@code plugin}
 * touch AWT, Swing or ImageJ.
 */
class ArchitectureTest {

	private static final List<String> GUI = List.of("java.awt.", "javax.swing.",
		"ij.");

	private static final List<String> NOT_OURS_EXCEPT_SHARED = List.of(
		"org.zapfiji.data.", "org.zapfiji.annotation.", "org.zapfiji.refine.",
		"org.zapfiji.labels.", "org.zapfiji.activity.", "org.zapfiji.viewer.",
		"org.zapfiji.plugin.");

	/** Package → import prefixes it must not use. */
	private static final Map<String, List<String>> FORBIDDEN = Map.of("io",
		concat(GUI, NOT_OURS_EXCEPT_SHARED), "task", concat(GUI,
			NOT_OURS_EXCEPT_SHARED), "data", concat(GUI, except(
				NOT_OURS_EXCEPT_SHARED, "org.zapfiji.data.")), "annotation", concat(GUI,
					except(NOT_OURS_EXCEPT_SHARED, "org.zapfiji.annotation.")), "refine",
		concat(GUI, List.of("org.zapfiji.annotation.", "org.zapfiji.labels.",
			"org.zapfiji.activity.", "org.zapfiji.viewer.", "org.zapfiji.plugin.")),
		"labels", concat(GUI, List.of("org.zapfiji.refine.",
			"org.zapfiji.activity.", "org.zapfiji.viewer.", "org.zapfiji.plugin.")),
		"activity", concat(GUI, List.of("org.zapfiji.annotation.",
			"org.zapfiji.refine.", "org.zapfiji.labels.", "org.zapfiji.viewer.",
			"org.zapfiji.plugin.")), "viewer", List.of("org.zapfiji.plugin.",
				"org.zapfiji.labels.", "org.zapfiji.refine.", "org.zapfiji.data.zarr.",
				"org.zapfiji.data.n5.", "org.zapfiji.data.bdv.",
				"org.zapfiji.data.tiff.", "org.zapfiji.data.codec."), "plugin", List
					.of());

	private static final Pattern IMPORT = Pattern.compile(
		"^import (static )?([\\w.]+)", Pattern.MULTILINE);

	@Test
	void everyLayerImportsOnlyWhatItMayUse() throws IOException {
		final Path root = Paths.get("src/main/java/org/zapfiji");
		final List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (final Path file : files.filter(f -> f.toString().endsWith(".java"))
				.collect(Collectors.toList()))
			{
				final String layer = root.relativize(file).getName(0).toString();
				final List<String> forbidden = FORBIDDEN.get(layer);
				if (forbidden == null) {
					violations.add(file + ": package '" + layer +
						"' is not in the architecture");
					continue;
				}
				final Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find())
					for (final String prefix : forbidden)
						if (m.group(2).startsWith(prefix)) violations.add(file +
							" imports " + m.group(2));
			}
		}
		assertEquals(List.of(), violations);
	}

	/**
	 * The build's formatter (SciJava's Eclipse profile) parses Java 8: it
	 * flattens a record into single lines instead of failing. So records are not
	 * used; a small final class says the same.
	 */
	@Test
	void noRecordsThatTheFormatterWouldMangle() throws IOException {
		final Pattern record = Pattern.compile(
			"^\\s*((public|protected|private|static|final)\\s+)*record\\s+[A-Z]\\w*\\s*\\(",
			Pattern.MULTILINE);
		final List<String> found = new ArrayList<>();
		for (final String root : List.of("src/main/java", "src/test/java"))
			try (Stream<Path> files = Files.walk(Paths.get(root))) {
				for (final Path file : files.filter(f -> f.toString().endsWith(".java"))
					.collect(Collectors.toList()))
					if (record.matcher(Files.readString(file)).find()) found.add(file
						.toString());
			}
		assertEquals(List.of(), found);
	}

	private static List<String> concat(final List<String> a,
		final List<String> b)
	{
		final List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static List<String> except(final List<String> all,
		final String allowed)
	{
		return all.stream().filter(p -> !p.equals(allowed)).collect(Collectors
			.toList());
	}
}
