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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.ConversionSamples;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.task.Progress;

/**
 * {@code macros/convert-folder.ijm} run headless through ImageJ's interpreter
 * on a folder of two TIFFs, as {@code zap-fiji --batch} runs it.
 */
class ConvertFolderMacroTest {

	private static final Path MACRO = Paths.get("macros/convert-folder.ijm");

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(ConvertFolderMacroTest.class.getClassLoader());
	}

	@Test
	void convertsEveryTiffSkipsDoneOnesAndListsFailuresAtTheEnd()
		throws Exception
	{
		final Path in = Files.createDirectories(folder.resolve("in put"));
		final Path out = folder.resolve("zarr out");
		final Volume volume = ConversionSamples.open(ConversionSamples.writeZarr(
			folder.resolve("source.zarr")));
		VolumeConversion.to(OutputFormat.TIFF).convert(volume, in.resolve("a.tif"),
			Progress.silent());
		VolumeConversion.to(OutputFormat.TIFF).withTimeRange(2, 3).convert(volume,
			in.resolve("b.TIFF"), Progress.silent());
		Files.writeString(in.resolve("notes.txt"), "not a volume");
		final String argument = "input=[" + in + "] output=[" + out +
			"] options=[chunk=16,16,4 threads=1]";

		assertNull(run(argument));
		assertEquals(List.of("a.zarr", "b.zarr"), names(out));
		ConversionSamples.assertVoxels(new ZarrFormat().open(out.resolve("a.zarr")),
			0, 5);
		ConversionSamples.assertVoxels(new ZarrFormat().open(out.resolve("b.zarr")),
			2, 2);
		assertEquals(16, ZarrArray.open(out.resolve("a.zarr")).metadata()
			.chunkShape()[1]);

		Files.write(in.resolve("c.tif"), new byte[] { 'I', 'I', 42, 0, 1, 2 });
		final long aWritten = Files.getLastModifiedTime(out.resolve("a.zarr")
			.resolve("zarr.json")).toMillis();
		final String failure = run(argument);
		assertTrue(failure != null && failure.contains("Macro canceled"),
			"a failed input fails the run: " + failure);
		assertEquals(List.of("a.zarr", "b.zarr"), names(out));
		assertEquals(aWritten, Files.getLastModifiedTime(out.resolve("a.zarr")
			.resolve("zarr.json")).toMillis(), "done inputs are skipped");
	}

	@Test
	void failuresNameTheFileAndTheReason() throws Exception {
		final Path in = Files.createDirectories(folder.resolve("in"));
		Files.write(in.resolve("broken.tif"), new byte[] { 'I', 'I', 42, 0, 1 });
		final Volume volume = ConversionSamples.open(ConversionSamples.writeZarr(
			folder.resolve("source.zarr")));
		VolumeConversion.to(OutputFormat.TIFF).convert(volume, in.resolve(
			"good.tif"), Progress.silent());
		final Path log = folder.resolve("log.txt");
		final String macro = Files.readString(MACRO).replace(
			"print(\"Failed:\\n\" + failures);", "File.saveString(failures, \"" +
				log + "\");");
		assertTrue(macro.contains("File.saveString"), "the test hooks the report");
		final String failure = BatchMacroRunner.runMacro(macro, "input=[" + in +
			"] options=[chunk=7]");
		assertTrue(failure != null, "the run fails");
		final String report = Files.readString(log);
		assertTrue(report.startsWith("  broken.tif: ZAP Convert Volume: Key " +
			"'input': ") && report.contains("broken.tif"), report);
		assertTrue(Files.isDirectory(in.resolve("good.zarr")), "the good one is " +
			"converted, into the input folder by default");
		assertEquals(List.of("broken.tif", "good.tif", "good.zarr"), names(in));
	}

	@Test
	void allVolumesTakesBigDataViewerAndN5Too() throws Exception {
		final Path in = Files.createDirectories(folder.resolve("mixed"));
		final Volume volume = ConversionSamples.open(ConversionSamples.writeZarr(
			folder.resolve("source.zarr")));
		VolumeConversion.to(OutputFormat.BDV).convert(volume, in.resolve(
			"fish.xml"), Progress.silent());
		VolumeConversion.to(OutputFormat.N5).convert(volume, in.resolve("rec.n5"),
			Progress.silent());
		final Path out = folder.resolve("out");
		assertNull(run("input=[" + in + "] output=[" + out + "] volumes=all"));
		assertEquals(List.of("fish.zarr", "rec.zarr"), names(out));
		ConversionSamples.assertVoxels(new ZarrFormat().open(out.resolve(
			"fish.zarr")), 0, 5);
		ConversionSamples.assertVoxels(new ZarrFormat().open(out.resolve(
			"rec.zarr")), 0, 5);
	}

	@Test
	void withoutArgumentHeadlessItSaysHowToCallIt() throws Exception {
		final String failure = run("");
		assertTrue(failure != null, "no argument is an error headless");
		final String badFolder = run("input=[" + folder.resolve("none") + "]");
		assertTrue(badFolder != null);
	}

	private static String run(final String argument) throws IOException {
		return BatchMacroRunner.runMacro(Files.readString(MACRO), argument);
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}
}
