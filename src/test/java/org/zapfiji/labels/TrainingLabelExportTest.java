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

package org.zapfiji.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;

/**
 * A whole export on the mini-ZAPBench: what lands in the output folder, what
 * the manifest says, and what happens on bad input, a cancel and an existing
 * output.
 */
class TrainingLabelExportTest {

	@TempDir
	static Path data;

	@TempDir
	Path folder;

	private static Volume raw;

	private static List<Mark> marks;

	private static List<Region> regions;

	@BeforeAll
	static void write() throws IOException {
		MiniZapbench.write(data, MiniZapbench.DEFAULT_SEED);
		raw = new ZarrFormat().open(data.resolve("volumes/20240930/raw"));
		final List<double[]> centers = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		marks = new ArrayList<>();
		for (int i = 0; i < centers.size(); i++)
			marks.add(Mark.builder(1000 + i, centers.get(i)[0], centers.get(i)[1],
				centers.get(i)[2]).radius(2.5, 2.5, 4).status(i % 10 == 0
					? MarkStatus.UNREVIEWED : MarkStatus.ACCEPTED).build());
		regions = List.of(region(1, 5, 5, 0, 40, 30, 28, RegionStatus.COMPLETE),
			region(2, 50, 40, 0, 100, 75, 28, RegionStatus.COMPLETE), region(3, 0, 0,
				0, 20, 20, 8, RegionStatus.IN_PROGRESS));
	}

	private static Region region(final long id, final double x0, final double y0,
		final double z0, final double x1, final double y1, final double z1,
		final RegionStatus status)
	{
		return new Region(id, new double[] { x0, y0, z0 }, new double[] { x1, y1,
			z1 }, "r" + id, "anna", status, Instant.EPOCH, Instant.EPOCH);
	}

	private static TrainingLabelExport export(final List<String> kinds,
		final boolean overwrite)
	{
		return new TrainingLabelExport(kinds, LabeledMarks.acceptedOnly(),
			VolumeConversion.to(OutputFormat.ZARR3), new int[] { 64, 64, 8 },
			LabelParameters.defaults(), LabelSplit.of("regions", new double[] { 0.5,
				0.5, 0 }, 0, 7), 0, overwrite);
	}

	private TrainingLabelExport.Result run(final TrainingLabelExport export,
		final Path output) throws IOException
	{
		return export.export(marks, regions, new double[] { 0.406, 0.406, 4 }, raw,
			Map.of("project", "test.zap"), BuiltInKinds.all(), new ChunkCache(
				64 << 20), output, Progress.silent());
	}

	@Test
	void everyKindLandsInTheOutputWithAManifestThatChecksItsFiles()
		throws Exception
	{
		final Path output = folder.resolve("labels");
		final TrainingLabelExport.Result result = run(export(List.of("instances",
			"spheres", "heatmap", "foreground", "ignore", "centers", "crops"), false),
			output);
		assertEquals(135, result.instances, "the accepted marks");
		assertEquals(2, result.crops);
		for (final String name : new String[] { "instances.zarr", "spheres.zarr",
			"heatmap.zarr", "foreground.zarr", "ignore.zarr", "centers.csv",
			"centers.json", "manifest.json", "crops/region-1/image.zarr",
			"crops/region-2/instances.zarr", "crops/region-2/heatmap.zarr" })
			assertTrue(Files.exists(output.resolve(name)), name);
		final Volume instances = new ZarrFormat().open(output.resolve(
			"instances.zarr"));
		assertArrayEquals(new double[] { 0.406, 0.406, 4 }, instances.spacing(),
			1e-12);
		final JsonObject manifest = JsonParser.parseString(Files.readString(output
			.resolve("manifest.json"))).getAsJsonObject();
		assertTrue(manifest.get("complete").getAsBoolean());
		assertEquals(135, manifest.getAsJsonObject("counts").get("marks_selected")
			.getAsInt());
		assertEquals("centers.csv", manifest.get("id_table").getAsString());
		for (final var o : manifest.getAsJsonArray("outputs")) {
			final JsonObject entry = o.getAsJsonObject();
			for (final var sum : entry.getAsJsonObject("sha256").entrySet())
				assertEquals(sum.getValue().getAsString(), Checksums.sha256(output
					.resolve(sum.getKey())), sum.getKey());
		}
		final List<String> rows = Files.readAllLines(output.resolve("centers.csv"));
		assertEquals(136, rows.size());
		assertTrue(rows.get(1).startsWith("1,1001,"), rows.get(1));
		try (Stream<Path> siblings = Files.list(folder)) {
			assertEquals(1, siblings.count(), "no staging folder is left");
		}
	}

	@Test
	void theSameExportGivesTheSameArraysAndSplit() throws Exception {
		final TrainingLabelExport e = export(List.of("spheres", "centers"), false);
		run(e, folder.resolve("a"));
		run(e, folder.resolve("b"));
		assertEquals(Checksums.sha256(folder.resolve("a/spheres.zarr")), Checksums
			.sha256(folder.resolve("b/spheres.zarr")));
		assertEquals(Files.readString(folder.resolve("a/centers.csv")), Files
			.readString(folder.resolve("b/centers.csv")));
	}

	@Test
	void anExistingOutputIsKeptUnlessOverwriteAndThenReplacedWhole()
		throws Exception
	{
		final Path output = Files.createDirectory(folder.resolve("taken"));
		Files.writeString(output.resolve("notes.txt"), "mine");
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> run(export(List.of("centers"),
				false), output));
		assertTrue(e.getMessage().startsWith("output: "), e.getMessage());
		assertEquals("mine", Files.readString(output.resolve("notes.txt")));
		run(export(List.of("centers"), true), output);
		assertFalse(Files.exists(output.resolve("notes.txt")));
		assertTrue(Files.exists(output.resolve("centers.csv")));
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		final Path output = folder.resolve("never");
		final TrainingLabelExport none = new TrainingLabelExport(List.of("centers"),
			EnumSet.of(MarkStatus.REJECTED), VolumeConversion.to(OutputFormat.ZARR3),
			new int[] { 64, 64, 8 }, LabelParameters.defaults(), LabelSplit.none(), 0,
			false);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> run(none,
			output)).getMessage().startsWith("marks: none of the 150 marks"));
		final IllegalArgumentException voxels = assertThrows(
			IllegalArgumentException.class, () -> export(List.of("centers"), false)
				.export(marks, regions, new double[] { 0.5, 0.5, 4 }, raw, Map.of(),
					BuiltInKinds.all(), new ChunkCache(1 << 20), output, Progress
						.silent()));
		assertTrue(voxels.getMessage().startsWith("voxel size: the project says"),
			voxels.getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> run(export(
			List.of("outlines"), false), output)).getMessage().contains(
				"unknown kind 'outlines'"));
		assertFalse(Files.exists(output));
	}

	/**
	 * Labkit's labeling lists every labelled voxel, so it is refused beyond a
	 * limit, naming kind and format, and nothing is left.
	 */
	@Test
	void aLabelingTooLargeForLabkitIsRefusedAndLeavesNothing() throws Exception {
		final TrainingLabelExport tooLarge = new TrainingLabelExport(List.of(
			"centers", "spheres"), LabeledMarks.acceptedOnly(), LabelStorage.labkit(2,
				1000), new int[] { 64, 64, 8 }, LabelParameters.defaults(), LabelSplit
					.none(), 0, false);
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> run(tooLarge, folder.resolve(
				"big")));
		assertTrue(e.getMessage().startsWith(
			"format: spheres has more than 1,000 " +
				"labelled voxels; format labeling"), e.getMessage());
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(0, left.count());
		}
		final TrainingLabelExport fits = new TrainingLabelExport(List.of("spheres"),
			LabeledMarks.acceptedOnly(), LabelStorage.labkit(2), new int[] { 64, 64,
				8 }, LabelParameters.defaults(), LabelSplit.none(), 0, false);
		run(fits, folder.resolve("a"));
		run(fits, folder.resolve("b"));
		assertEquals(Files.readString(folder.resolve("a/spheres.labeling")), Files
			.readString(folder.resolve("b/spheres.labeling")),
			"the same labels give the same bytes, whatever the threads' order");
	}

	@Test
	void hdf5LabelsAreOnePlainFilePerVolumeWithTheComputedValues()
		throws Exception
	{
		final Path output = folder.resolve("h5");
		run(new TrainingLabelExport(List.of("spheres", "ignore"), LabeledMarks
			.acceptedOnly(), VolumeConversion.to(OutputFormat.HDF5).withThreads(2),
			new int[] { 64, 64, 8 }, LabelParameters.defaults(), LabelSplit.none(), 0,
			false), output);
		final LabelGrid grid = LabelGrid.of(raw, new int[] { 64, 64, 8 });
		final LabelContext context = new LabelContext(LabeledMarks.select(marks,
			LabeledMarks.acceptedOnly(), grid), regions, raw, 0, new ChunkCache(
				16 << 20), LabelParameters.defaults(), BuiltInKinds.all());
		for (final String kind : new String[] { "spheres", "ignore" })
			try (io.jhdf.HdfFile h5 = new io.jhdf.HdfFile(output.resolve(kind +
				".h5")))
			{
				final io.jhdf.api.Dataset data = h5.getDatasetByPath("data");
				assertArrayEquals(new int[] { 8, 192, 256 }, data.getDimensions());
				final Object flat = data.getDataFlat();
				final double[] expected = LabelArrays.all(context.labels(kind));
				for (int i = 0; i < expected.length; i++)
					assertEquals(expected[i], ((Number) java.lang.reflect.Array.get(flat,
						i)).doubleValue(), kind + " element " + i);
				assertArrayEquals(new double[] { 4, 0.406, 0.406 }, (double[]) data
					.getAttribute("element_size_um").getData(), 1e-12);
			}
	}

	@Test
	void aCanceledExportLeavesNothing() throws Exception {
		final Progress cancel = new Progress() {

			@Override
			public void update(final long done, final long total) {}

			@Override
			public void status(final String message) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CanceledException.class, () -> export(List.of("instances"),
			false).export(marks, regions, null, raw, Map.of(), BuiltInKinds.all(),
				new ChunkCache(1 << 20), folder.resolve("out"), cancel));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(0, left.count());
		}
	}

	@Test
	void regionsAreSplitReproduciblyAndMarksFollowTheirRegion() {
		final LabelSplit split = LabelSplit.of("regions", new double[] { 0.5, 0.5,
			0 }, 0, 7);
		final Map<Long, String> parts = split.regionParts(regions);
		assertEquals(2, parts.size(), "complete regions only");
		assertEquals(parts, split.regionParts(regions));
		assertTrue(parts.containsValue("train") && parts.containsValue(
			"validation"));
		assertEquals(parts.get(1L), split.partOf(new double[] { 10, 10, 10 },
			regions, parts));
		assertEquals("", split.partOf(new double[] { 45, 35, 10 }, regions, parts));
		final LabelSplit blocks = LabelSplit.of("blocks", new double[] { 0.6, 0.2,
			0.2 }, 50, 3);
		assertEquals(blocks.partOf(new double[] { 10, 10, 0 }, regions, parts),
			blocks.partOf(new double[] { 40, 45, 20 }, regions, parts),
			"one block, one part");
	}
}
