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

package org.zapfiji.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.CompressionChoice;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.data.n5.N5Format;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.task.Progress;

/**
 * Files that change between open and read, as when a copy is still running,
 * another tool rewrites a dataset, or a disk drops out: a chunk truncated or
 * deleted after the volume was opened, and a marks file cut short. A truncated
 * chunk is an error naming the chunk file; a deleted chunk reads as the fill
 * value, as Zarr and N5 define a missing chunk; a cut marks file is an error
 * naming the file, and the project is not changed.
 */
class FileChangedWhileReadingTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(FileChangedWhileReadingTest.class
			.getClassLoader());
	}

	@ParameterizedTest
	@ValueSource(strings = { "zarr2", "zarr3", "n5" })
	void aChunkTruncatedAfterOpenIsAnErrorNamingTheChunk(final String format)
		throws Exception
	{
		for (final String compression : new String[] { "raw", "auto" }) {
			final Path out = dir.resolve(format + "-" + compression);
			VolumeConversion.to(OutputFormat.forId(format)).withCompression(
				new CompressionChoice(compression, -1, "byte")).withThreads(1).convert(
					FaultChild.lazyVolume(1), out, Progress.silent());
			final ChunkedArray array = open(format, out).level(0);
			final long[] at = { 1, 2, 3, 0 };
			final Path chunk = chunkFile(out, array, at);
			final long length = Files.size(chunk);
			for (final long cut : new long[] { length / 2, 1, 0 }) {
				try (RandomAccessFile f = new RandomAccessFile(chunk.toFile(), "rw")) {
					f.setLength(cut);
				}
				final IOException e = assertThrows(IOException.class, () -> array
					.readChunk(at), format + " " + compression + " cut to " + cut);
				assertTrue(e.getMessage() != null && e.getMessage().contains(chunk
					.getFileName().toString()), format + " " + compression + ": " + e);
				System.out.println(format + " " + compression + " cut to " + cut +
					": " + e);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "zarr2", "zarr3", "n5" })
	void aChunkDeletedAfterOpenReadsAsTheFillValue(final String format)
		throws Exception
	{
		final Path out = FaultChild.write(dir.resolve(format), format, 1);
		final ChunkedArray array = open(format, out).level(0);
		final long[] at = { 0, 1, 2, 0 };
		final Path chunk = chunkFile(out, array, at);
		Files.delete(chunk);
		assertNull(array.readChunk(at), "a missing chunk is not stored: " +
			"readers fill it (ChunkedArray#readChunk)");
		assertEquals(0, array.metadata().fillValue().intValue());
		final Chunk other = array.readChunk(new long[] { 1, 1, 2, 0 });
		assertEquals(64 * 64 * 8, ((short[]) other.data()).length,
			"its neighbours still read");
	}

	@Test
	void aConversionMeetingATruncatedChunkNamesItAndWritesNothing()
		throws Exception
	{
		final Path source = FaultChild.writeSource(dir.resolve("cut.zarr"), 2);
		final ChunkedArray array = new ZarrFormat().open(source).level(0);
		final Path chunk = chunkFile(source, array, new long[] { 3, 3, 3, 1 });
		try (RandomAccessFile f = new RandomAccessFile(chunk.toFile(), "rw")) {
			f.setLength(100);
		}
		final Path out = dir.resolve("out").resolve("copy.zarr");
		Files.createDirectories(out.getParent());
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Convert Volume\", \"input=[" + source + "] output=[" + out +
				"] threads=2\");", "");
		assertNotNull(failure);
		assertTrue(failure.contains("failed, nothing was written") && failure
			.contains(chunk + ": file is 100 bytes; expected 65536"), failure);
		assertEquals(List.of(), ExportChild.names(out.getParent()));
	}

	@Test
	void aMarksFileCutShortIsRefusedNamingItAndTheProjectIsUnchanged()
		throws Exception
	{
		final Path project = dir.resolve("p.zap");
		final Path json = dir.resolve("marks.json");
		final Path csv = dir.resolve("marks.csv");
		assertEquals(null, BatchMacroRunner.runMacro("run(\"ZAP New Project\", " +
			"\"project=[" + project + "]\");", ""));
		ProjectStore.create(dir.resolve("src.zap"), "src");
		try (ProjectStore s = ProjectStore.open(dir.resolve("src.zap"), "alice")) {
			for (long id = 1; id <= 20; id++)
				s.addMark(Mark.builder(id, id, 2 * id, 3 * id).build());
		}
		for (final Path out : new Path[] { json, csv }) {
			assertEquals(null, BatchMacroRunner.runMacro("run(\"ZAP Export Marks\"," +
				" \"project=[" + dir.resolve("src.zap") + "] output=[" + out + "]" +
				(out == csv ? " format=zap_marks_csv" : "") + "\");", ""));
			final byte[] whole = Files.readAllBytes(out);
			Files.write(out, Arrays.copyOf(whole, whole.length * 2 / 3));
			final String failure = BatchMacroRunner.runMacro(
				"run(\"ZAP Import Marks\", \"project=[" + project + "] input=[" + out +
					"]" + (out == csv ? " format=zap_marks_csv" : "") +
					" annotator=carl\");", "");
			System.out.println("cut " + out.getFileName() + ": " + failure);
			assertNotNull(failure, out + " cut short was imported");
			assertTrue(failure.contains(out.toString()), failure);
			try (ProjectStore s = ProjectStore.open(project, "check")) {
				assertEquals(0, s.markCount(), "nothing imported from " + out);
				assertEquals(0, s.lastSeq());
			}
		}
	}

	private static Volume open(final String format, final Path out)
		throws IOException
	{
		return format.equals("n5") ? new N5Format().open(out) : new ZarrFormat()
			.open(out);
	}

	/** The one file whose size changes when chunk {@code at} is rewritten. */
	private static Path chunkFile(final Path root, final ChunkedArray array,
		final long[] at) throws IOException
	{
		final List<Path> before = files(root);
		final List<String> names = before.stream().map(p -> root.relativize(p)
			.toString()).collect(Collectors.toList());
		// The key of chunk (x, y, z, t) in each layout ZAP Fiji writes.
		final String[] keys = { at[3] + "." + at[2] + "." + at[1] + "." + at[0],
			"c/" + at[3] + "/" + at[2] + "/" + at[1] + "/" + at[0], at[0] + "/" +
				at[1] + "/" + at[2] + "/" + at[3], at[3] + "/" + at[2] + "/" + at[1] +
					"/" + at[0] };
		for (final String key : keys)
			for (int i = 0; i < names.size(); i++)
				if (names.get(i).endsWith(key)) return before.get(i);
		throw new AssertionError("no chunk file for " + Arrays.toString(at) +
			" among " + names);
	}

	private static List<Path> files(final Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).collect(Collectors.toList());
		}
	}
}
