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

package org.zapfiji.annotation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.VoxelSize;

/**
 * What every {@link MarkFormat} must do: give back what it can hold, read an
 * empty set, and reject a file that is not its format with an error naming the
 * file. Subclasses say what their format keeps and add fixtures written the way
 * the other tool writes them.
 */
abstract class AbstractMarkFormatContractTest {

	/** Exact in binary, so positions on the voxel grid survive any format. */
	static final VoxelSize VOXELS = VoxelSize.of(0.5, 0.25, 4.0);

	static final Instant IMPORTED = Instant.parse("2025-01-02T03:04:05Z");

	@TempDir
	Path dir;

	abstract MarkFormat format();

	/**
	 * Asserts that {@code read} keeps what the format can hold of
	 * {@code written}.
	 */
	abstract void assertKept(Mark written, Mark read);

	boolean keepsIds() {
		return true;
	}

	Path target() {
		final List<String> ext = format().fileExtensions();
		return dir.resolve(format().writesFolder() ? "marks" : "marks." + ext.get(
			0));
	}

	MarkFormatOptions options() {
		final AtomicLong ids = new AtomicLong(1000);
		return MarkFormatOptions.defaults().withVoxelSize(VOXELS).withNewIds(
			ids::incrementAndGet).withTime(IMPORTED).withAnnotator("importer");
	}

	/** Every status, two annotators, awkward text, positions on voxel centers. */
	static List<Mark> sample() {
		final List<Mark> marks = new ArrayList<>();
		final MarkStatus[] statuses = MarkStatus.values();
		for (int i = 0; i < 7; i++) {
			final Mark.Builder b = Mark.builder(4_611_686_018_427_387_904L + i * 977L,
				0.5 * (10 + 3 * i), 0.25 * (40 - i), 4.0 * (i % 3)).status(statuses[i %
					statuses.length]).annotator(i % 2 == 0 ? "ana"
						: "bo, \"the\" reviewer").round(i).created(Instant.parse(
							"2024-09-30T10:00:00Z").plusSeconds(i)).modified(Instant.parse(
								"2024-10-01T10:00:00Z").plusSeconds(i)).radius(2.0 + i, 2.5,
									3.0).click(1.5 * i, 2, 3).refinement("centroid", 0.25 * i)
				.comment(i == 3 ? "line one\nline, two" : "").tags(i == 2 ? Set.of(
					"edge", "dim") : Set.of()).frame(i == 4 ? null : i);
			marks.add(b.build());
		}
		return marks;
	}

	@Test
	void roundTripKeepsWhatTheFormatHolds() throws IOException {
		final List<Mark> written = sample();
		format().write(target(), written, options());
		final List<Mark> read = format().read(target(), options());
		assertEquals(written.size(), read.size());
		final List<Mark> a = sorted(written);
		final List<Mark> b = sorted(read);
		for (int i = 0; i < a.size(); i++) {
			if (keepsIds()) assertEquals(a.get(i).id(), b.get(i).id());
			assertEquals(a.get(i).x(), b.get(i).x(), 1e-4, "x");
			assertEquals(a.get(i).y(), b.get(i).y(), 1e-4, "y");
			assertEquals(a.get(i).z(), b.get(i).z(), 1e-4, "z");
			assertKept(a.get(i), b.get(i));
		}
	}

	/** By id if kept, else by position. */
	private List<Mark> sorted(final List<Mark> marks) {
		final List<Mark> s = new ArrayList<>(marks);
		s.sort(keepsIds() ? Comparator.comparingLong(Mark::id) : Comparator
			.comparingDouble(Mark::x).thenComparingDouble(Mark::y));
		return s;
	}

	@Test
	void emptySetRoundTrips() throws IOException {
		format().write(target(), List.of(), options());
		assertEquals(List.of(), format().read(target(), options()));
	}

	@Test
	void rewritingReplacesTheOldContent() throws IOException {
		format().write(target(), sample(), options());
		format().write(target(), sample().subList(0, 2), options());
		assertEquals(2, format().read(target(), options()).size());
	}

	@Test
	void garbageIsRejectedNamingTheFile() throws IOException {
		final Path garbage = format().writesFolder() ? Files.createDirectories(dir
			.resolve("garbage")).resolve("info") : dir.resolve("garbage." + format()
				.fileExtensions().get(0));
		Files.write(garbage, "<<not, \"a marks\nfile".getBytes(
			StandardCharsets.UTF_8));
		final Path given = format().writesFolder() ? garbage.getParent() : garbage;
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> format().read(given, options()));
		assertTrue(e.getMessage().contains(garbage.getFileName().toString()), e
			.getMessage());
	}

	/** Writes a fixture file and reads it with the format. */
	List<Mark> readFixture(final String name, final String text)
		throws IOException
	{
		final Path file = dir.resolve(name);
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		return format().read(file, options());
	}
}
