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

package org.zapfiji.plugin.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.labels.BuiltInKinds;
import org.zapfiji.labels.LabelContext;
import org.zapfiji.labels.LabelGrid;
import org.zapfiji.labels.LabelParameters;
import org.zapfiji.labels.LabeledMarks;
import org.zapfiji.labels.TrainingLabelExport;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;

/**
 * {@code ZAP Export Training Labels} on the mini-ZAPBench, as a dialog (typed
 * arguments) and as a batch macro through ImageJ's interpreter runs it; every
 * format read back by an independent reader and compared with the labels
 * computed here; bad input refused naming the key, with nothing left behind.
 */
class ExportTrainingLabelsTest {

	private static final double[] VOXELS = { 0.406, 0.406, 4 };

	/** The label arrays' chunk x, y, z in every export here. */
	private static final int[] CHUNK = { 64, 64, 8 };

	@TempDir
	static Path data;

	@TempDir
	Path folder;

	private static Path raw;

	private static List<Mark> marks;

	private static List<Region> regions;

	@BeforeAll
	static void writeRecording() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless());
		HeadlessCommands.install(ExportTrainingLabelsTest.class.getClassLoader());
		MiniZapbench.write(data, MiniZapbench.DEFAULT_SEED);
		raw = data.resolve("volumes/20240930/raw");
		final List<double[]> centers = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		marks = new ArrayList<>();
		for (int i = 0; i < centers.size(); i++)
			marks.add(Mark.builder(1000 + i, centers.get(i)[0], centers.get(i)[1],
				centers.get(i)[2]).radius(2.5, 2.5, 4).status(i % 10 == 0
					? MarkStatus.UNREVIEWED : MarkStatus.ACCEPTED).annotator("anna")
				.build());
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

	/** A project of {@code some} marks, the regions and a voxel size. */
	private Path project(final String name, final double[] voxels,
		final List<Mark> some) throws Exception
	{
		final Path file = folder.resolve(name);
		ProjectStore.create(file, name);
		try (ProjectStore store = ProjectStore.open(file, "anna")) {
			store.addMarks(some);
			for (final Region r : regions)
				store.addRegion(r);
			if (voxels != null) store.setVoxelSize(voxels[0], voxels[1], voxels[2]);
		}
		return file;
	}

	private static String run(final String keys) {
		return BatchMacroRunner.runMacro("run(\"ZAP Export Training Labels\", \"" +
			keys + "\");", "");
	}

	@Test
	void dialogArgumentsAndTheMacroLineGiveTheSameArrays() throws Exception {
		final Path project = project("fish.zap", VOXELS, marks);
		final ExportTrainingLabels command = new ExportTrainingLabels();
		final Path gui = folder.resolve("gui");
		final Arguments arguments = command.parameters().arguments().set(
			ExportTrainingLabels.PROJECT, project).set(ExportTrainingLabels.IMAGE,
				raw).set(ExportTrainingLabels.OUTPUT, gui).set(
					ExportTrainingLabels.KINDS,
					"instances,spheres,heatmap,foreground,ignore,centers,crops").set(
						ExportTrainingLabels.SPLIT, "regions").set(
							ExportTrainingLabels.SEED, 7L).set(ExportTrainingLabels.CHUNK,
								"64,64,8").set(ExportTrainingLabels.THREADS, 2L).build();
		final TrainingLabelExport.Result result = command.execute(arguments,
			Progress.silent());
		assertEquals(135, result.instances, "the accepted marks");
		assertEquals(2, result.crops);

		final Path macro = folder.resolve("macro out");
		assertNull(run("project=[" + project + "] image=[" + raw + "] output=[" +
			macro + "] kinds=instances,spheres,heatmap,foreground,ignore,centers," +
			"crops split=regions seed=7 chunk=64,64,8 threads=1"));

		final JsonObject a = manifest(gui);
		final JsonObject b = manifest(macro);
		assertEquals(a.get("outputs"), b.get("outputs"),
			"every output and its checksum");
		assertEquals(a.get("split"), b.get("split"));
		assertEquals(a.get("counts"), b.get("counts"));
		assertEquals(Files.readString(gui.resolve("centers.csv")), Files.readString(
			macro.resolve("centers.csv")));
		for (final String kind : new String[] { "instances", "heatmap", "ignore" })
			assertArrayEquals(zyx(new ZarrFormat().open(gui.resolve(kind + ".zarr"))
				.level(0)), zyx(new ZarrFormat().open(macro.resolve(kind + ".zarr"))
					.level(0)), kind);
		assertArrayEquals(zyx(computed("instances")), zyx(new ZarrFormat().open(
			macro.resolve("instances.zarr")).level(0)), "the labels computed here");
		final JsonObject inputs = b.getAsJsonObject("inputs");
		assertEquals(project.toAbsolutePath().toString(), inputs.get("project")
			.getAsString());
		assertEquals(raw.toAbsolutePath().toString(), inputs.get("image")
			.getAsString());
		assertTrue(inputs.get("project_last_edit_seq").getAsLong() > 0);
	}

	/** Zarr v2, HDF5 and TIFF read by Debian's zarr, h5py and tifffile. */
	@Test
	void pythonReadsEveryVolumeFormatAsTheLabelsComputedHere() throws Exception {
		DebianPython.assumeModules("zarr", "numcodecs", "h5py", "tifffile",
			"numpy");
		final Path project = project("fish.zap", VOXELS, marks);
		final String script = String.join("\n", "import sys, hashlib, numpy as np",
			"fmt, folder = sys.argv[1:3]", "def load(kind):",
			"    if fmt == 'zarr2':", "        import zarr",
			"        return zarr.open(folder + '/' + kind + '.zarr', mode='r')[...]",
			"    if fmt == 'hdf5':", "        import h5py",
			"        with h5py.File(folder + '/' + kind + '.h5', 'r') as f:",
			"            return f['data'][()]", "    import tifffile",
			"    return tifffile.imread(folder + '/' + kind + '.tif')",
			"for kind, dt in (('instances', '<u4'), ('heatmap', '<f4'), " +
				"('ignore', '|u1')):", "    a = load(kind)",
			"    print(kind, a.dtype, a.shape, hashlib.sha256(np.ascontiguousarray(" +
				"a).astype(dt).tobytes()).hexdigest())");
		final Map<String, String> expected = new HashMap<>();
		expected.put("instances", "uint32 (8, 192, 256) " + sha256(zyx(computed(
			"instances")), "<u4"));
		expected.put("heatmap", "float32 (8, 192, 256) " + sha256(zyx(computed(
			"heatmap")), "<f4"));
		expected.put("ignore", "uint8 (8, 192, 256) " + sha256(zyx(computed(
			"ignore")), "|u1"));
		for (final String format : new String[] { "zarr2", "hdf5", "tiff" }) {
			final Path out = folder.resolve(format);
			assertNull(run("project=[" + project + "] image=[" + raw + "] output=[" +
				out + "] format=" + format + " chunk=64,64,8"));
			final String printed = DebianPython.run(script, format, out.toString())
				.expectSuccess();
			for (final String line : printed.trim().split("\n")) {
				final String kind = line.substring(0, line.indexOf(' '));
				assertEquals(expected.get(kind), line.substring(kind.length() + 1),
					format + " " + kind);
			}
			assertEquals(3, printed.trim().split("\n").length, printed);
		}
		final String sizes = DebianPython.run(String.join("\n", "import sys, h5py",
			"with h5py.File(sys.argv[1], 'r') as f:",
			"    print(f['data'].attrs['element_size_um'].tolist())"), folder.resolve(
				"hdf5/instances.h5").toString()).expectSuccess();
		assertEquals("[4.0, 0.406, 0.406]", sizes.trim());
	}

	/**
	 * Labkit's labeling, as its LabelingSerializer reads it: interval, pixel
	 * sizes, every voxel of each label, a colour per label.
	 */
	@Test
	void labelingFollowsLabkitsStructureAndHoldsTheInstances() throws Exception {
		final Path project = project("fish.zap", VOXELS, marks);
		final Path out = folder.resolve("labkit");
		assertNull(run("project=[" + project + "] image=[" + raw + "] output=[" +
			out + "] kinds=instances,foreground,centers,crops format=labeling " +
			"chunk=64,64,8"));
		final JsonObject labeling = JsonParser.parseString(Files.readString(out
			.resolve("instances.labeling"))).getAsJsonObject();
		assertEquals(List.of("interval", "pixelSizes", "labels", "colors"),
			new ArrayList<>(labeling.keySet()));
		final long[] shape = checkInterval(labeling, new long[] { 256, 192, 8 });
		final JsonArray sizes = labeling.getAsJsonArray("pixelSizes");
		for (int d = 0; d < 3; d++) {
			assertEquals(VOXELS[d], sizes.get(d).getAsJsonObject().get("size")
				.getAsDouble(), 1e-12);
			assertEquals("\u00b5m", sizes.get(d).getAsJsonObject().get("unit")
				.getAsString());
		}
		final int[] painted = paint(labeling, shape);
		final double[] instances = zyx(computed("instances"));
		for (int i = 0; i < instances.length; i++)
			assertEquals((int) instances[i], painted[i], "voxel " + i);
		final JsonObject colors = labeling.getAsJsonObject("colors");
		assertEquals(labeling.getAsJsonObject("labels").keySet(), colors.keySet());
		for (final String name : colors.keySet())
			assertTrue(colors.get(name).getAsString().matches("#[0-9A-F]{6}"), name);

		final JsonObject foreground = JsonParser.parseString(Files.readString(out
			.resolve("foreground.labeling"))).getAsJsonObject();
		assertEquals(List.of("foreground"), new ArrayList<>(foreground
			.getAsJsonObject("labels").keySet()));

		// a crop: Labkit opens image.tif and finds image.tif.labeling beside it
		final Path crop = out.resolve("crops/region-1");
		assertEquals(List.of("heatmap.tif", "image.tif", "image.tif.labeling"),
			names(crop));
		final Volume image = TiffVolumes.open(crop.resolve("image.tif"));
		final long[] cropShape = { image.metadata().shape()[image.axis("x")], image
			.metadata().shape()[image.axis("y")], image.metadata().shape()[image.axis(
				"z")] };
		checkInterval(JsonParser.parseString(Files.readString(crop.resolve(
			"image.tif.labeling"))).getAsJsonObject(), cropShape);
		assertEquals("labeling", manifest(out).getAsJsonObject("parameters").get(
			"format").getAsString());

		final String refused = run("project=[" + project + "] image=[" + raw +
			"] output=[" + folder.resolve("never") + "] format=labeling");
		assertNotNull(refused);
		assertTrue(refused.contains("Key 'kinds': heatmap holds float32 values, " +
			"which format labeling"), refused);
		assertFalse(Files.exists(folder.resolve("never")));
	}

	/** Checks the labeling's interval; returns its shape. */
	private static long[] checkInterval(final JsonObject labeling,
		final long[] shape)
	{
		final JsonObject interval = labeling.getAsJsonObject("interval");
		assertEquals(3, interval.get("n").getAsInt());
		for (int d = 0; d < 3; d++) {
			assertEquals(0, interval.getAsJsonArray("min").get(d).getAsLong());
			assertEquals(shape[d] - 1, interval.getAsJsonArray("max").get(d)
				.getAsLong());
		}
		return shape;
	}

	/** The labeling as an array of label numbers, x fastest. */
	private static int[] paint(final JsonObject labeling, final long[] shape) {
		final int[] painted = new int[(int) (shape[0] * shape[1] * shape[2])];
		for (final Map.Entry<String, JsonElement> label : labeling.getAsJsonObject(
			"labels").entrySet())
		{
			final int value = Integer.parseInt(label.getKey());
			for (final JsonElement voxel : label.getValue().getAsJsonArray()) {
				final JsonArray at = voxel.getAsJsonArray();
				final int index = (int) (at.get(0).getAsLong() + shape[0] * (at.get(1)
					.getAsLong() + shape[1] * at.get(2).getAsLong()));
				assertEquals(0, painted[index], "one label per voxel");
				painted[index] = value;
			}
		}
		return painted;
	}

	@Test
	void badInputIsRefusedNamingTheKeyAndLeavesNothing() throws Exception {
		final Path project = project("fish.zap", VOXELS, marks);
		final String start = "project=[" + project + "] image=[" + raw +
			"] output=[" + folder.resolve("out") + "] ";
		assertFailure(start + "marks=rejected",
			"Key 'marks': none of the 150 marks");
		assertFailure(start + "threshold=high", "Key 'threshold' expects auto or " +
			"a number");
		assertFailure(start + "chunk=64,64", "Key 'chunk' expects three");
		assertFailure(start + "split=blocks split_fractions=0.5,0.5,0.5",
			"Key 'split_fractions': expected a sum of 1");
		assertFailure(start + "split=blocks split_block=0", "Key 'split_block'");
		assertFailure(start + "kinds=instances,outlines",
			"Key 'kinds': unknown kind 'outlines'");
		assertFailure(start + "smoothing=-1", "Key 'smoothing'");
		assertFailure(start + "time=64", "Key 'time' expects a time point 0..63");
		assertFailure(start + "format=hdf5 compression=gzip", "Key 'compression'");
		assertFailure(start + "marks=approved", "Key 'marks'");
		assertFailure("project=[" + folder.resolve("none.zap") + "] image=[" + raw +
			"] output=[" + folder.resolve("out") + "]", "Key 'project'");
		assertFailure("project=[" + project + "] image=[" + folder.resolve(
			"none.zarr") + "] output=[" + folder.resolve("out") + "]", "Key 'image'");

		final List<Mark> outside = new ArrayList<>(marks);
		outside.add(Mark.builder(5000, 500, 10, 10).status(MarkStatus.ACCEPTED)
			.build());
		assertFailure(start.replace(project.toString(), project("outside.zap",
			VOXELS, outside).toString()), "Keys 'project' and 'image': 1 of the " +
				"selected marks lie outside the image");
		assertFailure(start.replace(project.toString(), project("coarse.zap",
			new double[] { 0.5, 0.5, 4 }, marks).toString()),
			"Keys 'project' and 'image': voxel size: the project says");
		assertEquals(List.of("coarse.zap", "fish.zap", "outside.zap"), names(folder)
			.stream().filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm") && !n
				.endsWith(".lock")).collect(Collectors.toList()), "no output");
	}

	@Test
	void anExistingOutputIsKeptUnlessOverwrite() throws Exception {
		final Path project = project("fish.zap", VOXELS, marks);
		final Path out = Files.createDirectory(folder.resolve("taken"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		final String keys = "project=[" + project + "] image=[" + raw +
			"] output=[" + out + "] kinds=centers";
		assertFailure(keys, "Key 'output': " + out + " exists");
		assertEquals(List.of("notes.txt"), names(out), "untouched");
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
		assertNull(run(keys + " overwrite"));
		assertEquals(List.of("centers.csv", "centers.json", "manifest.json"), names(
			out));
	}

	/**
	 * A file system of 2 MB that the labels do not fit: the export fails naming
	 * the cause and leaves nothing (needs root, to mount a tmpfs).
	 */
	@Test
	void aDiskThatFillsUpLeavesNoOutput() throws Exception {
		final Path project = project("fish.zap", VOXELS, marks);
		final Path small = Files.createDirectory(folder.resolve("small"));
		final boolean mounted = command("mount", "-t", "tmpfs", "-o", "size=2m",
			"tmpfs", small.toString());
		Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (not root?)");
		try {
			Files.writeString(small.resolve("keep.txt"), "mine");
			final String failure = run("project=[" + project + "] image=[" + raw +
				"] output=[" + small.resolve("labels") + "] kinds=instances,heatmap," +
				"ignore,centers compression=raw chunk=64,64,8");
			assertNotNull(failure);
			assertTrue(failure.contains("ZAP Export Training Labels: Writing " +
				"training labels to " + small.resolve("labels") +
				" failed, nothing was written: ") && failure.contains("space"),
				failure);
			assertEquals(List.of("keep.txt"), names(small), "no partial output");
		}
		finally {
			command("umount", small.toString());
		}
	}

	/** Runs a system command; whether it succeeded. */
	private static boolean command(final String... words) throws Exception {
		try {
			final Process p = new ProcessBuilder(words).redirectErrorStream(true)
				.start();
			p.getInputStream().readAllBytes();
			return p.waitFor() == 0;
		}
		catch (final IOException e) {
			return false;
		}
	}

	private static void assertFailure(final String keys, final String expected) {
		final String failure = run(keys);
		assertNotNull(failure, keys);
		assertTrue(failure.startsWith("ZAP Export Training Labels: ") && failure
			.contains(expected), failure);
	}

	/** The labels of {@code kind} as computed here, on the project's marks. */
	private static ChunkedArray computed(final String kind) throws IOException {
		final Volume image = new ZarrFormat().open(raw);
		final LabelGrid grid = LabelGrid.of(image, CHUNK);
		final LabelContext context = new LabelContext(LabeledMarks.select(marks,
			LabeledMarks.acceptedOnly(), grid), regions, image, 0, new ChunkCache(
				64 << 20), LabelParameters.defaults(), BuiltInKinds.all());
		return context.labels(kind);
	}

	/** Every element of a 3D array (x, y, z fastest first), x fastest. */
	static double[] zyx(final ChunkedArray array) throws IOException {
		final ArrayMetadata meta = array.metadata();
		final long[] shape = meta.shape();
		final int[] chunk = meta.chunkShape();
		final double[] out = new double[(int) (shape[0] * shape[1] * shape[2])];
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk c = array.readChunk(g);
			if (c == null) continue;
			final int[] size = c.shape();
			int i = 0;
			for (int z = 0; z < size[2]; z++)
				for (int y = 0; y < size[1]; y++)
					for (int x = 0; x < size[0]; x++, i++) {
						final long at = g[0] * chunk[0] + x + shape[0] * (g[1] * chunk[1] +
							y + shape[1] * (g[2] * chunk[2] + z));
						out[(int) at] = number(c.data(), i);
					}
		}
		return out;
	}

	/** Element {@code i}, unsigned integers read as such. */
	private static double number(final Object data, final int i) {
		if (data instanceof byte[]) return ((byte[]) data)[i] & 0xff;
		if (data instanceof int[]) return ((int[]) data)[i] & 0xffffffffL;
		return ((Number) java.lang.reflect.Array.get(data, i)).doubleValue();
	}

	/**
	 * SHA-256 of the values as the little-endian bytes of a NumPy type: "<u4",
	 * "<f4" or "|u1".
	 */
	private static String sha256(final double[] values, final String numpy)
		throws NoSuchAlgorithmException
	{
		final int bytes = numpy.equals("|u1") ? 1 : 4;
		final ByteBuffer b = ByteBuffer.allocate(values.length * bytes).order(
			ByteOrder.LITTLE_ENDIAN);
		for (final double v : values) {
			if (numpy.equals("<f4")) b.putFloat((float) v);
			else if (bytes == 4) b.putInt((int) (long) v);
			else b.put((byte) v);
		}
		final StringBuilder hex = new StringBuilder();
		for (final byte x : MessageDigest.getInstance("SHA-256").digest(b.array()))
			hex.append(String.format("%02x", x));
		return hex.toString();
	}

	private static JsonObject manifest(final Path output) throws IOException {
		return JsonParser.parseString(Files.readString(output.resolve(
			"manifest.json"))).getAsJsonObject();
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}
}
