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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.SciJavaPlugin;
import org.zapfiji.data.CacheLimit;
import org.zapfiji.data.codec.Decompressors;

import ij.IJ;

/**
 * What a user or a maintainer needs to know about one ZAP Fiji installation:
 * versions, memory, the chunk cache limit, the libraries found and the
 * extensions available. Problems (a missing library) are listed, so
 * {@link CheckInstallation} can fail in batch when something is wrong.
 */
public final class InstallationReport {

	/** A library ZAP Fiji needs at run time, recognised by one of its classes. */
	static final Map<String, String> REQUIRED_LIBRARIES = libraries();

	public final String zapFijiVersion = zapFijiVersion();

	public final String imageJVersion = IJ.getVersion();

	public final String javaVersion = System.getProperty("java.version");

	public final String javaVendor = System.getProperty("java.vendor");

	public final String operatingSystem = System.getProperty("os.name") + " " +
		System.getProperty("os.version") + " (" + System.getProperty("os.arch") +
		")";

	public final int processors = Runtime.getRuntime().availableProcessors();

	public final long maxHeapBytes = Runtime.getRuntime().maxMemory();

	public final long cacheLimitBytes;

	public final double cacheHeapFraction;

	public final boolean headless = java.awt.GraphicsEnvironment.isHeadless();

	public final String pluginsFolder = pluginsFolder();

	/**
	 * Whether zstd and LZ4 are decoded natively or in pure Java, and why not
	 * natively: pure Java still works but decodes ZAPBench's chunks about half as
	 * fast, so it is reported, not listed as a problem.
	 */
	public final String decoders = Decompressors.describe();

	/** Library name → where its classes were loaded from, or null if missing. */
	public final Map<String, String> libraries = new LinkedHashMap<>();

	/** Extension point → names of the implementations found. */
	public final Map<String, List<String>> extensions = new LinkedHashMap<>();

	public final List<String> problems = new ArrayList<>();

	InstallationReport(final CacheLimit cacheLimit, final Extensions found,
		final ClassLoader loader)
	{
		cacheLimitBytes = cacheLimit.bytes();
		cacheHeapFraction = cacheLimit.heapFraction();
		REQUIRED_LIBRARIES.forEach((name, className) -> {
			final String location = locate(className, loader);
			libraries.put(name, location);
			if (location == null) problems.add("Library " + name +
				" is missing (class " + className +
				" not found); copy its jar into Fiji's jars folder.");
		});
		for (final Class<? extends SciJavaPlugin> point : Extensions.POINTS) {
			final List<String> names = new ArrayList<>();
			for (final PluginInfo<? extends SciJavaPlugin> info : found.of(point))
				names.add(info.getName() == null || info.getName().isEmpty() ? info
					.getClassName() : info.getName());
			extensions.put(point.getSimpleName(), names);
		}
	}

	/** Human-readable lines, as shown in the Log window. */
	public List<String> lines() {
		final List<String> lines = new ArrayList<>();
		lines.add("ZAP Fiji " + zapFijiVersion + " on ImageJ " + imageJVersion);
		lines.add("Java " + javaVersion + " (" + javaVendor + "), " +
			operatingSystem + ", " + processors + " processors" + (headless
				? ", headless" : ""));
		lines.add(String.format(
			"Memory: %s maximum heap; chunk cache limit %s (%.0f%% of heap)", bytes(
				maxHeapBytes), bytes(cacheLimitBytes), 100 * cacheHeapFraction));
		lines.add("Plugins folder: " + (pluginsFolder == null ? "(none)"
			: pluginsFolder));
		libraries.forEach((name, location) -> lines.add("Library " + name + ": " +
			(location == null ? "MISSING" : location)));
		lines.add("Decoders: " + decoders);
		extensions.forEach((point, names) -> lines.add(point + ": " + (names
			.isEmpty() ? "(none installed yet)" : String.join(", ", names))));
		problems.forEach(p -> lines.add("PROBLEM: " + p));
		if (problems.isEmpty()) lines.add("Installation OK.");
		return lines;
	}

	static String bytes(final long bytes) {
		if (bytes >= 1L << 30) return String.format("%.1f GiB", bytes /
			(double) (1L << 30));
		return String.format("%.0f MiB", bytes / (double) (1L << 20));
	}

	private static Map<String, String> libraries() {
		final Map<String, String> map = new LinkedHashMap<>();
		map.put("ImageJ", "ij.ImagePlus");
		map.put("ImgLib2", "net.imglib2.img.array.ArrayImgs");
		map.put("SciJava Common", "org.scijava.plugin.PluginIndex");
		map.put("Gson", "com.google.gson.Gson");
		map.put("aircompressor (Zstandard, LZ4)",
			"io.airlift.compress.zstd.ZstdDecompressor");
		map.put("jHDF (HDF5)", "io.jhdf.HdfFile");
		return map;
	}

	private static String locate(final String className,
		final ClassLoader loader)
	{
		try {
			final Class<?> c = Class.forName(className, false, loader);
			final CodeSource source = c.getProtectionDomain().getCodeSource();
			final URL url = source == null ? null : source.getLocation();
			return url == null ? "(built in)" : url.getPath();
		}
		catch (final ClassNotFoundException | LinkageError e) {
			return null;
		}
	}

	/**
	 * ImageJ's plugins folder; with no display ImageJ does not set it up, and the
	 * {@code plugins.dir} property (set by the batch launcher) tells it.
	 */
	private static String pluginsFolder() {
		final String folder = IJ.getDirectory("plugins");
		if (folder != null) return folder;
		final String home = System.getProperty("plugins.dir");
		return home == null ? null : java.nio.file.Paths.get(home, "plugins")
			.toString();
	}

	private static String zapFijiVersion() {
		try (InputStream in = InstallationReport.class.getResourceAsStream(
			"version.properties"))
		{
			final Properties properties = new Properties();
			if (in != null) properties.load(in);
			return properties.getProperty("version", "(unknown)");
		}
		catch (final IOException e) {
			return "(unknown: " + e.getMessage() + ")";
		}
	}
}
