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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.task.Parallel;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * A label volume as Labkit's labeling file, so that Labkit users can go on
 * correcting the labels there. The layout is Labkit's own JSON, as its
 * {@code LabelingSerializer.Adapter} writes and reads it (juglab/labkit-ui,
 * {@code src/main/java/sc/fiji/labkit/ui/labeling/LabelingSerializer.java};
 * example {@code src/test/resources/leaf.tif.labeling}):
 *
 * <pre>
 * {"interval": {"min": [0, 0, 0], "max": [X-1, Y-1, Z-1], "n": 3},
 *  "pixelSizes": [{"size": 0.406, "unit": "µm"}, ... one per axis x, y, z],
 *  "labels": {"1": [[x, y, z], ...], "2": [...], ...},
 *  "colors": {"1": "#RRGGBB", ...}}
 * </pre>
 *
 * Every voxel of a label is listed by its coordinates (x, y, z from 0), labels
 * in increasing value, voxels in x-fastest order, so the same labels always
 * give the same bytes. The format holds integer labels only and names no image;
 * Labkit takes {@code <image file>.labeling} beside an image for that image's
 * labeling by itself.
 * <p>
 * Because each label must be written whole, the voxels are gathered first,
 * chunk by chunk on all threads, 8 bytes per labelled voxel (background is not
 * stored); beyond {@link #MAX_VOXELS} the export stops with a message: such a
 * file (hundreds of MB of text) is beyond what Labkit opens in reasonable
 * memory, and a volume format suits it better.
 */
final class LabkitLabeling {

	/** The most labelled voxels one labeling may list. */
	static final long MAX_VOXELS = 16_000_000L;

	private final String kind;

	private final String format;

	private final long limit;

	/**
	 * @param kind the label kind, for names and messages
	 * @param format the format's word, for messages
	 */
	LabkitLabeling(final String kind, final String format, final long limit) {
		this.kind = kind;
		this.format = format;
		this.limit = limit;
	}

	/** Whether the labeling can hold values of {@code type}. */
	static boolean holds(final DataType type) {
		return !type.isFloatingPoint();
	}

	/**
	 * The name of label {@code value}: the number itself (the instance id, as in
	 * the other formats and the centers table), or the kind's name for the value
	 * 1 of a mask.
	 */
	String name(final long value) {
		final boolean mask = kind.equals(BuiltInKinds.FOREGROUND) || kind.equals(
			BuiltInKinds.IGNORE);
		if (!mask) return Long.toString(value);
		return value == 1 ? kind : kind + "_" + value;
	}

	/**
	 * A colour per label, far from its neighbours' (hues a golden angle apart),
	 * always the same for the same value.
	 */
	static String color(final long value) {
		final double hue = (value * 0.6180339887498949) % 1.0;
		final double s = 0.75;
		final double v = 0.95;
		final int sector = (int) (hue * 6);
		final double f = hue * 6 - sector;
		final double p = v * (1 - s);
		final double q = v * (1 - s * f);
		final double t = v * (1 - s * (1 - f));
		final double[][] rgb = { { v, t, p }, { q, v, p }, { p, v, t }, { p, q, v },
			{ t, p, v }, { v, p, q } };
		final double[] c = rgb[sector % 6];
		return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c[0] * 255),
			Math.round(c[1] * 255), Math.round(c[2] * 255));
	}

	/**
	 * Writes {@code labels} (axes x, y, z) to {@code file}.
	 *
	 * @param spacing µm per voxel along x, y, z
	 * @throws IllegalArgumentException naming key 'format' if the labels hold
	 *           more than the limit of voxels (nothing is written)
	 * @throws org.zapfiji.task.CanceledException if {@code progress} was canceled
	 */
	void write(final ChunkedArray labels, final double[] spacing, final Path file,
		final int threads, final Progress progress) throws IOException
	{
		final ArrayMetadata meta = labels.metadata();
		if (!holds(meta.dataType())) throw new IllegalArgumentException(refusal(meta
			.dataType()));
		final Map<Long, LongList> voxels = gather(labels, threads, progress);
		progress.checkCanceled();
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file,
			StandardCharsets.US_ASCII), 1 << 16))
		{
			writeJson(out, meta.shape(), spacing, voxels);
		}
	}

	/** Why {@code type} is refused, naming kind and format. */
	String refusal(final DataType type) {
		return "kinds: " + kind + " holds " + type.id() + " values, which format " +
			format + " (Labkit's labeling: integer labels only) cannot hold; " +
			"leave " + kind + " out of kinds or choose zarr3, zarr2, n5, hdf5 or " +
			"tiff";
	}

	/** Per label value, the x-fastest linear indexes of its voxels, sorted. */
	private Map<Long, LongList> gather(final ChunkedArray labels,
		final int threads, final Progress progress) throws IOException
	{
		final ArrayMetadata meta = labels.metadata();
		final List<long[]> positions = ChunkWriter.gridPositions(meta.gridShape());
		final WorkCounter counter = new WorkCounter(progress, positions.size());
		final Map<Long, LongList> all = new HashMap<>();
		final AtomicLong total = new AtomicLong();
		Parallel.forEach(positions, threads, "gathering " + kind, p -> {
			counter.checkCanceled();
			final Map<Long, LongList> found = chunkVoxels(labels, p);
			long n = 0;
			for (final LongList l : found.values())
				n += l.size;
			if (total.addAndGet(n) > limit) throw new IllegalArgumentException(
				"format: " + kind + " has more than " + String.format(Locale.ROOT,
					"%,d", limit) + " labelled voxels; format " + format +
					" (Labkit's labeling) lists every voxel's coordinates as JSON " +
					"text, too large for Labkit beyond that. Choose zarr3, hdf5 " +
					"or tiff, or export crops");
			synchronized (all) {
				for (final Map.Entry<Long, LongList> e : found.entrySet())
					all.computeIfAbsent(e.getKey(), k -> new LongList()).addAll(e
						.getValue());
			}
			counter.finishOne();
		});
		final Map<Long, LongList> sorted = new TreeMap<>(all);
		for (final LongList voxels : sorted.values())
			Arrays.sort(voxels.values, 0, voxels.size);
		return sorted;
	}

	/** The labelled voxels of one chunk, by label value. */
	private static Map<Long, LongList> chunkVoxels(final ChunkedArray labels,
		final long[] p) throws IOException
	{
		final ArrayMetadata meta = labels.metadata();
		final Map<Long, LongList> found = new HashMap<>();
		final Chunk chunk = labels.readChunk(p);
		if (chunk == null) return found; // all fill value: 0, background
		final long[] shape = meta.shape();
		final int[] size = chunk.shape();
		final int[] step = meta.chunkShape();
		final long x0 = p[0] * step[0];
		final long y0 = p[1] * step[1];
		final long z0 = p[2] * step[2];
		final Object data = chunk.data();
		final DataType type = meta.dataType();
		int i = 0;
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++)
				for (int x = 0; x < size[0]; x++, i++) {
					final long value = value(data, i, type);
					if (value == 0) continue;
					found.computeIfAbsent(value, k -> new LongList()).add(x0 + x +
						shape[0] * (y0 + y + shape[1] * (z0 + z)));
				}
		return found;
	}

	/** Element {@code i} of a chunk as a whole number (unsigned read so). */
	private static long value(final Object data, final int i,
		final DataType type)
	{
		if (data instanceof byte[]) {
			final byte b = ((byte[]) data)[i];
			return type.isSigned() ? b : b & 0xffL;
		}
		if (data instanceof short[]) {
			final short s = ((short[]) data)[i];
			return type.isSigned() ? s : s & 0xffffL;
		}
		if (data instanceof int[]) {
			final int v = ((int[]) data)[i];
			return type.isSigned() ? v : v & 0xffffffffL;
		}
		if (data instanceof long[]) return ((long[]) data)[i];
		if (data instanceof boolean[]) return ((boolean[]) data)[i] ? 1 : 0;
		throw new IllegalStateException("no integer labels in " + data.getClass()
			.getSimpleName());
	}

	private void writeJson(final Writer out, final long[] shape,
		final double[] spacing, final Map<Long, LongList> voxels) throws IOException
	{
		out.write("{\"interval\":{\"min\":[0,0,0],\"max\":[" + (shape[0] - 1) +
			"," + (shape[1] - 1) + "," + (shape[2] - 1) + "],\"n\":3},");
		out.write("\"pixelSizes\":[");
		for (int d = 0; d < 3; d++)
			out.write((d == 0 ? "" : ",") + "{\"size\":" + spacing[d] +
				",\"unit\":\"\\u00b5m\"}");
		out.write("],\"labels\":{");
		boolean first = true;
		final StringBuilder row = new StringBuilder(64);
		for (final Map.Entry<Long, LongList> e : voxels.entrySet()) {
			out.write((first ? "" : ",") + string(name(e.getKey())) + ":[");
			first = false;
			final LongList list = e.getValue();
			for (int i = 0; i < list.size; i++) {
				final long index = list.values[i];
				row.setLength(0);
				if (i > 0) row.append(',');
				final long x = index % shape[0];
				final long rest = index / shape[0];
				row.append('[').append(x).append(',').append(rest % shape[1]).append(
					',').append(rest / shape[1]).append(']');
				out.append(row);
			}
			out.write("]");
		}
		out.write("},\"colors\":{");
		first = true;
		for (final Long value : voxels.keySet()) {
			out.write((first ? "" : ",") + string(name(value)) + ":\"" + color(
				value) + "\"");
			first = false;
		}
		out.write("}}\n");
	}

	/** A JSON string, ASCII only, whatever charset Labkit reads it with. */
	static String string(final String text) {
		final StringBuilder s = new StringBuilder("\"");
		for (final char c : text.toCharArray()) {
			if (c == '"' || c == '\\') s.append('\\').append(c);
			else if (c < 0x20 || c > 0x7e) s.append(String.format(Locale.ROOT,
				"\\u%04x", (int) c));
			else s.append(c);
		}
		return s.append('"').toString();
	}

	/** A growable list of longs, without boxing. */
	private static final class LongList {

		long[] values = new long[16];

		int size;

		void add(final long v) {
			if (size == values.length) values = Arrays.copyOf(values, 2 * size);
			values[size++] = v;
		}

		void addAll(final LongList other) {
			if (size + other.size > values.length) values = Arrays.copyOf(values, Math
				.max(2 * values.length, size + other.size));
			System.arraycopy(other.values, 0, values, size, other.size);
			size += other.size;
		}
	}
}
