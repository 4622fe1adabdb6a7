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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;

class NeuroglancerPrecomputedFormatTest extends AbstractMarkFormatContractTest {

	@Override
	MarkFormat format() {
		return new NeuroglancerPrecomputedFormat(3);
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written.status(), read.status());
		assertEquals(written.annotator(), read.annotator());
		assertEquals(written.round(), read.round());
		assertEquals((float) written.score(), (float) read.score());
	}

	private static List<Mark> many(final int n) {
		final Random random = new Random(7);
		final List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < n; i++)
			marks.add(Mark.builder(1L + i * 0x1_0000_0001L, random.nextDouble() * 400,
				random.nextDouble() * 300, random.nextDouble() * 200).status(MarkStatus
					.values()[i % 5]).annotator("annotator " + i % 3).round(i % 4)
				.refinement("centroid", random.nextDouble()).created(Instant.EPOCH)
				.build());
		return marks;
	}

	@Test
	void specDecoderReadsEveryFieldOfEveryAnnotation() throws IOException {
		final List<Mark> marks = many(200);
		final Path folder = dir.resolve("ng");
		format().write(folder, marks, MarkFormatOptions.defaults().withVoxelSize(
			VOXELS));
		final NeuroglancerSpecDecoder ng = new NeuroglancerSpecDecoder(folder);
		assertEquals(24, ng.recordSize, "12 + round 4 + score 4 + annotator 2 + " +
			"status 1, padded to 24");
		final JsonObject dims = ng.info.getAsJsonObject("dimensions");
		assertEquals(0.5e-6, dims.getAsJsonArray("x").get(0).getAsDouble(), 1e-18);
		assertEquals("m", dims.getAsJsonArray("z").get(1).getAsString());
		final Map<Long, String> status = ng.enumLabels("status");
		final Map<Long, String> annotators = ng.enumLabels("annotator");
		for (final Mark m : marks) {
			final NeuroglancerSpecDecoder.Annotation a = ng.byId(m.id());
			assertDecoded(m, a, status, annotators);
		}
		assertSpatialIndexHoldsEachOnceInItsCell(ng, marks, status, annotators);
	}

	private static void assertDecoded(final Mark m,
		final NeuroglancerSpecDecoder.Annotation a, final Map<Long, String> status,
		final Map<Long, String> annotators)
	{
		assertEquals((float) (m.x() / VOXELS.x() + 0.5), a.position[0]);
		assertEquals((float) (m.y() / VOXELS.y() + 0.5), a.position[1]);
		assertEquals((float) (m.z() / VOXELS.z() + 0.5), a.position[2]);
		assertEquals(m.status().id(), status.get(a.integers.get("status")));
		assertEquals(m.annotator(), annotators.get(a.integers.get("annotator")));
		assertEquals(m.round(), a.integers.get("round"));
		assertEquals((float) m.score(), a.floats.get("score"));
	}

	private static void assertSpatialIndexHoldsEachOnceInItsCell(
		final NeuroglancerSpecDecoder ng, final List<Mark> marks,
		final Map<Long, String> status, final Map<Long, String> annotators)
		throws IOException
	{
		final JsonArray levels = ng.info.getAsJsonArray("spatial");
		assertTrue(levels.size() > 1, "limit 3 needs several levels");
		final double[] lower = doubles(ng.info.getAsJsonArray("lower_bound"));
		final double[] upper = doubles(ng.info.getAsJsonArray("upper_bound"));
		final Map<Long, Mark> byId = new HashMap<>();
		marks.forEach(m -> byId.put(m.id(), m));
		final Map<Long, Integer> seen = new HashMap<>();
		for (int l = 0; l < levels.size(); l++) {
			final JsonObject level = levels.get(l).getAsJsonObject();
			final double[] chunk = doubles(level.getAsJsonArray("chunk_size"));
			final double[] grid = doubles(level.getAsJsonArray("grid_shape"));
			for (int d = 0; d < 3; d++)
				assertEquals(upper[d] - lower[d], grid[d] * chunk[d], 1e-9);
			for (final Map.Entry<String, List<NeuroglancerSpecDecoder.Annotation>> cell : ng
				.level(l).entrySet())
			{
				final String[] index = cell.getKey().split("_");
				for (final NeuroglancerSpecDecoder.Annotation a : cell.getValue()) {
					seen.merge(a.id, 1, Integer::sum);
					assertDecoded(byId.get(a.id), a, status, annotators);
					for (int d = 0; d < 3; d++) {
						final double from = lower[d] + Long.parseLong(index[d]) * chunk[d];
						assertTrue(a.position[d] >= from && a.position[d] <= from +
							chunk[d], "annotation " + a.id + " outside cell " + cell
								.getKey());
					}
				}
			}
		}
		assertEquals(marks.size(), seen.size());
		assertTrue(seen.values().stream().allMatch(c -> c == 1));
	}

	private static double[] doubles(final JsonArray a) {
		final double[] v = new double[a.size()];
		for (int i = 0; i < v.length; i++)
			v[i] = a.get(i).getAsDouble();
		return v;
	}

	@Test
	void withoutVoxelSizeCoordinatesAreMicrometers() throws IOException {
		final List<Mark> marks = many(5);
		final Path folder = dir.resolve("um");
		format().write(folder, marks, MarkFormatOptions.defaults());
		final NeuroglancerSpecDecoder ng = new NeuroglancerSpecDecoder(folder);
		assertEquals(1e-6, ng.info.getAsJsonObject("dimensions").getAsJsonArray("y")
			.get(0).getAsDouble(), 1e-18);
		assertEquals((float) marks.get(2).y(), ng.byId(marks.get(2)
			.id()).position[1]);
		final List<Mark> read = format().read(folder, MarkFormatOptions.defaults());
		assertEquals(marks.get(2).y(), read.stream().filter(m -> m.id() == marks
			.get(2).id()).findFirst().get().y(), 1e-4);
	}

	@Test
	void aFolderThatIsNotAnExportIsNotReplaced() throws IOException {
		final Path folder = Files.createDirectories(dir.resolve("precious"));
		Files.writeString(folder.resolve("thesis.txt"), "keep me");
		assertThrows(IOException.class, () -> format().write(folder, many(2),
			options()));
		assertEquals("keep me", Files.readString(folder.resolve("thesis.txt")));
	}

	@Test
	void truncatedSpatialFileIsNamed() throws IOException {
		final Path folder = dir.resolve("cut");
		format().write(folder, many(2), options());
		final Path cell = folder.resolve("spatial0/0_0_0");
		final byte[] bytes = Files.readAllBytes(cell);
		Files.write(cell, java.util.Arrays.copyOf(bytes, bytes.length - 3));
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> format().read(folder, options()));
		assertTrue(e.getMessage().contains("0_0_0: byte 0, count"), e.getMessage());
	}
}
