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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.StagedOutput;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.task.Progress;

/**
 * Training labels for one project on one image, written into one output folder:
 * the chosen label volumes (in a volume format, or as Labkit's labeling: see
 * {@link LabelStorage}), the center list (which is also the table from instance
 * ids to mark ids), per complete region a crop of image, instances and heatmap,
 * and a manifest (JSON) that records every input, parameter, count, the split
 * and a checksum of every output.
 * <p>
 * Everything is written into a hidden folder beside the output and renamed into
 * place only when complete: a failure (a full disk, a cancel, a bad chunk)
 * leaves no output, and an existing output is replaced only with
 * {@code overwrite} and only once the new one is whole. The same settings on
 * the same inputs give the same arrays, from a dialog or a batch macro.
 */
public final class TrainingLabelExport {

	public static final String MANIFEST = "manifest.json";

	/** The pseudo-kinds that are not label volumes. */
	public static final String CENTERS = "centers";

	public static final String CROPS = "crops";

	private final List<String> kinds;

	private final Set<MarkStatus> statuses;

	private final LabelStorage storage;

	private final int[] chunk;

	private final LabelParameters parameters;

	private final LabelSplit split;

	private final int time;

	private final boolean overwrite;

	/**
	 * @param kinds label volume kinds, and {@link #CENTERS} and {@link #CROPS}
	 * @param writer format, compression and threads of the label volumes
	 * @param chunk x, y, z chunk of the label volumes
	 */
	public TrainingLabelExport(final List<String> kinds,
		final Set<MarkStatus> statuses, final VolumeConversion writer,
		final int[] chunk, final LabelParameters parameters, final LabelSplit split,
		final int time, final boolean overwrite)
	{
		this(kinds, statuses, LabelStorage.volumes(writer), chunk, parameters,
			split, time, overwrite);
	}

	/**
	 * @param kinds label volume kinds, and {@link #CENTERS} and {@link #CROPS}
	 * @param storage how the label volumes are written: a volume format or
	 *          Labkit's labeling
	 * @param chunk x, y, z chunk the labels are computed (and, in chunked
	 *          formats, stored) in
	 */
	public TrainingLabelExport(final List<String> kinds,
		final Set<MarkStatus> statuses, final LabelStorage storage,
		final int[] chunk, final LabelParameters parameters, final LabelSplit split,
		final int time, final boolean overwrite)
	{
		if (kinds.isEmpty()) throw new IllegalArgumentException(
			"kinds: name at least one kind of label");
		if (statuses.isEmpty()) throw new IllegalArgumentException(
			"marks: name at least one mark status");
		this.kinds = List.copyOf(kinds);
		this.statuses = EnumSet.copyOf(statuses);
		this.storage = storage;
		this.chunk = chunk.clone();
		this.parameters = parameters;
		this.split = split;
		this.time = time;
		this.overwrite = overwrite;
	}

	/** What an export wrote, for the caller's report. */
	public static final class Result {

		public final Path output;

		public final int instances;

		public final int crops;

		public final Map<String, Object> manifest;

		Result(final Path output, final int instances, final int crops,
			final Map<String, Object> manifest)
		{
			this.output = output;
			this.instances = instances;
			this.crops = crops;
			this.manifest = manifest;
		}
	}

	/**
	 * Writes the labels.
	 *
	 * @param inputs what the manifest says about the project and image (paths,
	 *          checksums, last edit), as the caller knows them
	 * @param projectVoxelSize the project's voxel size in µm, or null
	 * @param installed label kinds by name
	 * @throws IllegalArgumentException naming the field: no marks selected, marks
	 *           outside the image, voxel sizes that disagree, an existing output
	 *           without overwrite, an unknown kind
	 * @throws IOException if writing fails; nothing is left behind
	 */
	public Result export(final Collection<Mark> marks, final List<Region> regions,
		final double[] projectVoxelSize, final Volume image,
		final Map<String, Object> inputs, final Map<String, LabelKind> installed,
		final ChunkCache cache, final Path output, final Progress progress)
		throws IOException
	{
		if (Files.exists(output) && !overwrite) throw new IllegalArgumentException(
			"output: " + output + " exists; it is replaced only with overwrite");
		final LabelGrid grid = LabelGrid.of(image, chunk);
		checkVoxelSize(projectVoxelSize, grid);
		for (final String kind : kinds)
			if (!kind.equals(CENTERS) && !kind.equals(CROPS) && !installed
				.containsKey(kind)) throw new IllegalArgumentException(
					"kinds: unknown " + "kind '" + kind + "'; installed: " + CENTERS +
						", " + CROPS + ", " + String.join(", ", installed.keySet()));
		final LabeledMarks selected = LabeledMarks.select(marks, statuses, grid);
		if (selected.count() == 0) throw new IllegalArgumentException(
			"marks: none of the " + marks.size() + " marks has status " + ids(
				statuses) + "; review them first, or choose e.g. accepted+unreviewed");
		final LabelContext context = new LabelContext(selected, regions, image,
			time, cache, parameters, installed);
		for (final String kind : kinds)
			if (!kind.equals(CENTERS) && !kind.equals(CROPS)) storage.check(kind, grid
				.volume(kind, context.labels(kind)), output.resolveSibling(output
					.getFileName() + ".check-" + kind + storage.extension()));
		final Map<Long, String> regionParts = split.regionParts(regions);
		final String[] parts = new String[selected.count()];
		for (int id = 1; id <= selected.count(); id++)
			parts[id - 1] = split.partOf(selected.mark(id).position(), regions,
				regionParts);
		final List<Map<String, Object>> outputs = new ArrayList<>();
		int crops = 0;
		try (StagedOutput staging = StagedOutput.beside(output)) {
			final Path folder = Files.createDirectory(staging.path(output));
			for (final String kind : kinds) {
				progress.checkCanceled();
				if (kind.equals(CENTERS)) {
					for (final String file : CenterTables.write(folder, selected, parts))
						outputs.add(describe(folder, file, CENTERS, null, storage));
				}
				else if (kind.equals(CROPS)) crops = writeCrops(context, regions,
					regionParts, folder, outputs, progress);
				else {
					final String file = kind + storage.extension();
					storage.write(kind, grid.volume(kind, context.labels(kind)), folder
						.resolve(file), progress);
					outputs.add(describe(folder, file, kind, grid, storage));
				}
			}
			final Map<String, Object> manifest = manifest(inputs, grid, selected,
				regions, regionParts, parts, outputs);
			Files.writeString(folder.resolve(MANIFEST), new GsonBuilder()
				.setPrettyPrinting().disableHtmlEscaping()
				.serializeSpecialFloatingPointValues().create().toJson(manifest) + "\n",
				StandardCharsets.UTF_8);
			progress.checkCanceled();
			staging.publish(List.of(output), overwrite);
			return new Result(output, selected.count(), crops, manifest);
		}
	}

	/**
	 * Per complete region: image, instances and heatmap on its box. With Labkit's
	 * labeling, the image and the heatmap (which a labeling cannot hold) are
	 * TIFFs, and the instances are {@code image.tif.labeling}: the name Labkit
	 * looks for beside an image, so opening the crop's image in Labkit brings its
	 * labels along.
	 */
	private int writeCrops(final LabelContext context, final List<Region> regions,
		final Map<Long, String> regionParts, final Path folder,
		final List<Map<String, Object>> outputs, final Progress progress)
		throws IOException
	{
		final LabelGrid grid = context.grid();
		final double[] s = grid.spacing();
		int n = 0;
		for (final Region r : regions) {
			if (r.status() != RegionStatus.COMPLETE) continue;
			final long[] min = new long[3], max = new long[3];
			for (int d = 0; d < 3; d++) {
				min[d] = (long) Math.ceil(r.min()[d] / s[d] - 1e-9);
				max[d] = (long) Math.floor(r.max()[d] / s[d] + 1e-9);
			}
			final LabelGrid box;
			try {
				box = grid.crop(min, max);
			}
			catch (final IllegalArgumentException e) {
				throw new IllegalArgumentException("region " + r.id() + " (" + r
					.name() + "): " + e.getMessage());
			}
			final LabelContext part = context.crop(box);
			final String dir = "crops/region-" + r.id() + "/";
			Files.createDirectories(folder.resolve(dir));
			final Map<String, ChunkedArray> arrays = new LinkedHashMap<>();
			arrays.put("image", new ImageCrop(box, context.image(), context.time(),
				context.cache()));
			arrays.put(BuiltInKinds.INSTANCES, part.labels(BuiltInKinds.INSTANCES));
			arrays.put(BuiltInKinds.HEATMAP, part.labels(BuiltInKinds.HEATMAP));
			for (final Map.Entry<String, ChunkedArray> e : arrays.entrySet()) {
				final boolean labkit = storage.isLabkit();
				final LabelStorage to = labkit && !e.getKey().equals(
					BuiltInKinds.INSTANCES) ? storage.tiff() : storage;
				final String file = dir + (labkit && to == storage ? "image" + storage
					.tiff().extension() : e.getKey()) + to.extension();
				to.write(e.getKey(), box.volume(e.getKey(), e.getValue()), folder
					.resolve(file), progress);
				final Map<String, Object> entry = describe(folder, file, CROPS + "/" + e
					.getKey(), box, to);
				entry.put("region", r.id());
				entry.put("offset_px", box.offset());
				entry.put("split", regionParts.getOrDefault(r.id(), ""));
				outputs.add(entry);
			}
			n++;
		}
		return n;
	}

	private static Map<String, Object> describe(final Path folder,
		final String file, final String kind, final LabelGrid grid,
		final LabelStorage storage) throws IOException
	{
		final Map<String, Object> d = new LinkedHashMap<>();
		d.put("kind", kind);
		d.put("path", file);
		if (grid != null) {
			d.put("format", storage.id());
			d.put("shape_xyz", grid.shape());
			d.put("chunk_xyz", grid.chunk());
		}
		final List<Path> products = grid == null ? List.of(folder.resolve(file))
			: storage.products(folder.resolve(file));
		final Map<String, String> sums = new TreeMap<>();
		for (final Path p : products)
			sums.put(folder.relativize(p).toString().replace('\\', '/'), Checksums
				.sha256(p));
		d.put("sha256", sums);
		return d;
	}

	private Map<String, Object> manifest(final Map<String, Object> inputs,
		final LabelGrid grid, final LabeledMarks selected,
		final List<Region> regions, final Map<Long, String> regionParts,
		final String[] parts, final List<Map<String, Object>> outputs)
	{
		final Map<String, Object> m = new LinkedHashMap<>();
		final Map<String, Object> software = new LinkedHashMap<>();
		software.put("name", "ZAP Fiji");
		final String version = TrainingLabelExport.class.getPackage()
			.getImplementationVersion();
		software.put("version", version == null ? "development" : version);
		m.put("software", software);
		m.put("created", Instant.now().toString());
		final Map<String, Object> in = new LinkedHashMap<>(inputs);
		in.put("image_shape_xyz", grid.shape());
		in.put("voxel_size_um", grid.spacing());
		in.put("time", time);
		m.put("inputs", in);
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put("kinds", kinds);
		p.put("marks", ids(statuses));
		p.put("format", storage.id());
		p.put("writer", storage.toString());
		p.put("chunk_xyz", grid.chunk());
		p.put("smoothing_um", parameters.smoothing);
		p.put("max_radius_um", parameters.maxRadius);
		p.put("threshold", Double.isNaN(parameters.threshold) ? "half_maximum"
			: parameters.threshold);
		p.put("heatmap_sigma_um", parameters.heatmapSigma);
		p.put("foreground_from", parameters.foregroundFrom);
		m.put("parameters", p);
		final Map<String, Object> splitInfo = new LinkedHashMap<>(split.describe());
		if (!regionParts.isEmpty()) splitInfo.put("regions", regionParts);
		final Map<String, Integer> counts = new TreeMap<>();
		for (final String part : parts)
			counts.merge(part.isEmpty() ? "none" : part, 1, Integer::sum);
		splitInfo.put("marks_per_part", counts);
		m.put("split", splitInfo);
		final Map<String, Object> c = new LinkedHashMap<>();
		c.put("marks_selected", selected.count());
		int complete = 0;
		for (final Region r : regions)
			if (r.status() == RegionStatus.COMPLETE) complete++;
		c.put("regions", regions.size());
		c.put("regions_complete", complete);
		m.put("counts", c);
		m.put("id_table", CenterTables.CSV);
		m.put("outputs", outputs);
		m.put("complete", true);
		return m;
	}

	private static void checkVoxelSize(final double[] project,
		final LabelGrid grid)
	{
		if (project == null) return;
		final double[] image = grid.spacing();
		for (int d = 0; d < 3; d++)
			if (Math.abs(project[d] - image[d]) > 1e-6 * Math.max(project[d],
				image[d])) throw new IllegalArgumentException(String.format(Locale.ROOT,
					"voxel size: the project says %s µm but the image has %s µm; labels " +
						"would not lie on the neurons (open the image the project was " +
						"made on, or correct the project's voxel size)", Arrays.toString(
							project), Arrays.toString(image)));
	}

	private static List<String> ids(final Set<MarkStatus> statuses) {
		final List<String> ids = new ArrayList<>();
		for (final MarkStatus s : statuses)
			ids.add(s.id());
		return ids;
	}
}
