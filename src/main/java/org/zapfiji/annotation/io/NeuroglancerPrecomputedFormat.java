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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.scijava.plugin.Plugin;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;

/**
 * neuroglancer precomputed annotations ({@code annotations.md} of
 * google/neuroglancer): a folder with an {@code info} JSON
 * ({@code neuroglancer_annotations_v1}, POINT), the {@code by_id} index, one
 * file per id, and the spatial index levels {@code spatial0, spatial1, ...},
 * files named by cell ({@code 0_0_0}); all unsharded, little-endian.
 * <p>
 * Properties: {@code round} (uint32), {@code score} (float32),
 * {@code annotator} (uint16 enum, labels the annotator names) and
 * {@code status} (uint8 enum, labels candidate … uncertain), listed largest
 * type first so that the order of the info file and the order of the bytes
 * agree.
 * <p>
 * Without a voxel size, coordinates are µm (dimensions x, y, z of 1e-6 m). With
 * one, coordinates are voxels (dimensions of the voxel size) shifted by half a
 * voxel, because neuroglancer puts the center of voxel {@code i} at
 * {@code i + 0.5} where we put it at {@code i}; marks then sit on the voxels of
 * the image layer. Reading undoes the same shift when given the voxel size.
 * <p>
 * Lost: positions beyond float32 precision (about 0.1 nm at 1 mm), radius,
 * times, click, refinement method, comment, tags, frame. Sharded indices are
 * not read.
 */
@Plugin(type = MarkFormat.class, name = "neuroglancer precomputed annotations")
public class NeuroglancerPrecomputedFormat implements MarkFormat {

	/** Annotations per spatial index cell before neuroglancer thins them. */
	public static final int DEFAULT_LIMIT = 5000;

	static final Map<String, String> PROPERTIES = properties();

	private final int limit;

	public NeuroglancerPrecomputedFormat() {
		this(DEFAULT_LIMIT);
	}

	/** @param limit the spatial index's annotations per cell */
	public NeuroglancerPrecomputedFormat(final int limit) {
		if (limit < 1) throw new IllegalArgumentException("limit must be >= 1");
		this.limit = limit;
	}

	private static Map<String, String> properties() {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put("round", "uint32");
		p.put("score", "float32");
		p.put("annotator", "uint16");
		p.put("status", "uint8");
		return p;
	}

	@Override
	public List<String> fileExtensions() {
		return List.of();
	}

	@Override
	public boolean writesFolder() {
		return true;
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		return new NeuroglancerPrecomputedReader(path, options).read();
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final VoxelSize voxels = options.voxelSize().orElse(null);
		final double[] unit = voxels == null ? new double[] { 1, 1, 1 }
			: new double[] { voxels.x(), voxels.y(), voxels.z() };
		final float[][] coordinates = new float[marks.size()][];
		for (int i = 0; i < coordinates.length; i++)
			coordinates[i] = coordinates(marks.get(i), unit, voxels != null);
		final double[][] bounds = bounds(coordinates);
		final List<String> annotators = new ArrayList<>(new TreeSet<>(marks.stream()
			.map(Mark::annotator).toList()));
		if (annotators.size() > 65536) throw new IllegalArgumentException(
			"neuroglancer export holds at most 65536 annotators, found " + annotators
				.size());
		final NeuroglancerRecordLayout layout = new NeuroglancerRecordLayout(3,
			PROPERTIES);
		final List<NeuroglancerSpatialIndex.Level> levels = NeuroglancerSpatialIndex
			.build(coordinates, bounds[0], bounds[1], unit, limit);
		final FolderSwap folder = FolderSwap.start(path);
		try {
			final byte[][] records = new byte[marks.size()][];
			for (int i = 0; i < records.length; i++) {
				records[i] = record(layout, coordinates[i], marks.get(i), annotators);
				Files.write(folder.resolve("by_id/" + marks.get(i).id()), records[i]);
			}
			for (int l = 0; l < levels.size(); l++)
				for (final Map.Entry<String, List<Integer>> cell : levels.get(l).cells
					.entrySet())
					Files.write(folder.resolve("spatial" + l + "/" + cell.getKey()),
						multiple(layout, records, marks, cell.getValue()));
			Files.write(folder.resolve("info"), info(unit, bounds, annotators, levels)
				.getBytes(StandardCharsets.UTF_8));
			folder.commit();
		}
		finally {
			folder.cleanUp();
		}
	}

	private static float[] coordinates(final Mark m, final double[] unit,
		final boolean shift)
	{
		final double[] p = m.position();
		final float[] c = new float[3];
		for (int d = 0; d < 3; d++)
			c[d] = (float) (p[d] / unit[d] + (shift ? 0.5 : 0));
		return c;
	}

	/** Whole-unit lower and exclusive upper bounds around every point. */
	private static double[][] bounds(final float[][] coordinates) {
		final double[] lower = new double[3];
		final double[] upper = new double[3];
		for (int d = 0; d < 3; d++) {
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (final float[] c : coordinates) {
				min = Math.min(min, c[d]);
				max = Math.max(max, c[d]);
			}
			lower[d] = coordinates.length == 0 ? 0 : Math.floor(min);
			upper[d] = coordinates.length == 0 ? 1 : Math.floor(max) + 1;
		}
		return new double[][] { lower, upper };
	}

	private static byte[] record(final NeuroglancerRecordLayout layout,
		final float[] c, final Mark m, final List<String> annotators)
	{
		final ByteBuffer b = ByteBuffer.allocate(layout.size()).order(
			ByteOrder.LITTLE_ENDIAN);
		for (int d = 0; d < 3; d++)
			b.putFloat(4 * d, c[d]);
		if (m.round() < 0) throw new IllegalArgumentException("mark " + m.id() +
			": round " + m.round() + " does not fit neuroglancer's uint32");
		layout.put(b, 0, "round", m.round());
		layout.put(b, 0, "score", m.score());
		layout.put(b, 0, "annotator", annotators.indexOf(m.annotator()));
		layout.put(b, 0, "status", m.status().ordinal());
		return b.array();
	}

	/** The multiple-annotation encoding: count, records, then ids. */
	private static byte[] multiple(final NeuroglancerRecordLayout layout,
		final byte[][] records, final List<Mark> marks, final List<Integer> rows)
	{
		final ByteBuffer b = ByteBuffer.allocate(8 + rows.size() * (layout.size() +
			8)).order(ByteOrder.LITTLE_ENDIAN);
		b.putLong(rows.size());
		for (final int row : rows)
			b.put(records[row]);
		for (final int row : rows)
			b.putLong(marks.get(row).id());
		return b.array();
	}

	private String info(final double[] unit, final double[][] bounds,
		final List<String> annotators,
		final List<NeuroglancerSpatialIndex.Level> levels)
	{
		final JsonObject info = new JsonObject();
		info.addProperty("@type", "neuroglancer_annotations_v1");
		final JsonObject dimensions = new JsonObject();
		final String[] names = { "x", "y", "z" };
		for (int d = 0; d < 3; d++) {
			final JsonArray scale = new JsonArray();
			scale.add(unit[d] * 1e-6);
			scale.add("m");
			dimensions.add(names[d], scale);
		}
		info.add("dimensions", dimensions);
		info.add("lower_bound", array(bounds[0]));
		info.add("upper_bound", array(bounds[1]));
		info.addProperty("annotation_type", "POINT");
		info.add("properties", NeuroglancerInfoProperties.toJson(annotators));
		info.add("relationships", new JsonArray());
		final JsonObject byId = new JsonObject();
		byId.addProperty("key", "by_id");
		info.add("by_id", byId);
		final JsonArray spatial = new JsonArray();
		for (int l = 0; l < levels.size(); l++) {
			final JsonObject level = new JsonObject();
			level.addProperty("key", "spatial" + l);
			level.add("grid_shape", array(levels.get(l).gridShape));
			level.add("chunk_size", array(levels.get(l).chunkSize));
			level.addProperty("limit", limit);
			spatial.add(level);
		}
		info.add("spatial", spatial);
		return new GsonBuilder().setPrettyPrinting().create().toJson(info);
	}

	private static JsonArray array(final double[] values) {
		final JsonArray a = new JsonArray();
		for (final double v : values)
			a.add(v);
		return a;
	}

	private static JsonArray array(final long[] values) {
		final JsonArray a = new JsonArray();
		for (final long v : values)
			a.add(v);
		return a;
	}
}
