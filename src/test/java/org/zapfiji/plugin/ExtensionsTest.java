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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.plugin.PluginInfo;
import org.zapfiji.data.VolumeFormat;
import org.zapfiji.refine.Refiner;

/**
 * A third party adds a format by dropping a jar: this test compiles such a
 * plugin from source (with SciJava's annotation processor, as any Maven build
 * would), jars it, and checks that ZAP Fiji finds it through that jar alone.
 */
class ExtensionsTest {

	@TempDir
	Path folder;

	@Test
	void pluginInADroppedJarIsDiscoveredAndUsable() throws Exception {
		final Path jar = buildThirdPartyJar();
		final ClassLoader parent = ExtensionsTest.class.getClassLoader();
		assertTrue(!names(Extensions.discover(parent).of(VolumeFormat.class))
			.contains("Example stacks"),
			"the example format should not be visible without the jar");
		try (URLClassLoader withJar = new URLClassLoader(new URL[] { jar.toUri()
			.toURL() }, parent))
		{
			final List<PluginInfo<VolumeFormat>> formats = Extensions.discover(
				withJar).of(VolumeFormat.class);
			assertTrue(names(formats).contains("Example stacks"), names(formats)
				.toString());
			final VolumeFormat format = formats.get(names(formats).indexOf(
				"Example stacks")).createInstance();
			assertTrue(format.recognizes(Path.of("a.example")));
			assertTrue(!format.recognizes(Path.of("a.tif")));
			assertEquals(List.of("centroid", "gaussian", "local_maximum", "sharpest"),
				names(Extensions.discover(withJar).of(Refiner.class)).stream().sorted()
					.collect(java.util.stream.Collectors.toList()),
				"ours and the dropped-in one");
		}
	}

	private Path buildThirdPartyJar() throws IOException {
		final Path src = Files.createDirectories(folder.resolve("src/com/example"));
		Files.writeString(src.resolve("ExampleFormat.java"), String.join("\n",
			"package com.example;", "import java.nio.file.Path;",
			"import org.scijava.plugin.Plugin;",
			"import org.zapfiji.data.VolumeFormat;",
			"@Plugin(type = VolumeFormat.class, name = \"Example stacks\")",
			"public class ExampleFormat implements VolumeFormat {",
			"  public boolean recognizes(Path p) { return p.toString().endsWith(\".example\"); }",
			"  public org.zapfiji.data.Dataset openDataset(Path p) { return org.zapfiji.data.Dataset.of(); }",
			"}"));
		Files.writeString(src.resolve("SharpestRefiner.java"), String.join("\n",
			"package com.example;", "import org.scijava.plugin.Plugin;",
			"import org.zapfiji.refine.Refiner;",
			"import org.zapfiji.refine.Refinement;",
			"import org.zapfiji.refine.VoxelBox;",
			"@Plugin(type = Refiner.class, name = \"sharpest\")",
			"public class SharpestRefiner implements Refiner {",
			"  public String description() { return \"the sharpest voxel\"; }",
			"  public Refinement refine(VoxelBox box, double[] click, double[] radius) { return null; }",
			"}"));
		final Path classes = Files.createDirectories(folder.resolve("classes"));
		final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		final int status = javac.run(null, null, null, "-d", classes.toString(),
			"-classpath", System.getProperty("java.class.path"), src.resolve(
				"ExampleFormat.java").toString(), src.resolve("SharpestRefiner.java")
					.toString());
		assertEquals(0, status, "the third-party plugin did not compile");
		assertTrue(Files.exists(classes.resolve(
			"META-INF/json/org.scijava.plugin.Plugin")),
			"SciJava's annotation processor wrote no plugin index");
		final Path jar = folder.resolve("example_formats.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(classes))
		{
			for (final Path file : (Iterable<Path>) files.filter(
				Files::isRegularFile)::iterator)
			{
				out.putNextEntry(new JarEntry(classes.relativize(file).toString()
					.replace('\\', '/')));
				copy(file, out);
				out.closeEntry();
			}
		}
		return jar;
	}

	private static void copy(final Path file, final OutputStream out)
		throws IOException
	{
		out.write(Files.readAllBytes(file));
	}

	private static <T extends org.scijava.plugin.SciJavaPlugin> List<String>
		names(final List<PluginInfo<T>> infos)
	{
		return infos.stream().map(PluginInfo::getName).collect(Collectors.toList());
	}
}
