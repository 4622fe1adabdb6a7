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

package org.zapfiji.data.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * Converts one volume into a new file or folder of another format, with the
 * options of {@code ZAP Convert Volume}: chunking, compression, a time range.
 * Immutable; each {@code with...} returns a changed copy, and every option is
 * checked against the volume in {@link #check} before a byte is written, so a
 * batch of conversions fails on its first line rather than after hours.
 * <p>
 * Voxels go block by block through {@link org.zapfiji.data.ChunkWriter#copy}
 * (memory holds the source chunks of one block per thread); the BigDataViewer
 * writers copy source chunk by source chunk, HDF5 (BigDataViewer's and the
 * plain file) through the streaming {@link org.zapfiji.data.hdf5.Hdf5Writer},
 * so no format needs the volume in memory. Everything is written into a hidden
 * sibling of the output and renamed into place at the end (see
 * {@link StagedOutput}): a failed or canceled conversion leaves no output and
 * an existing output untouched.
 * <p>
 * Zarr and N5 keep the source's axis order, so a conversion between them copies
 * chunks without reordering voxels; TIFF and BigDataViewer get ImageJ's order
 * x, y, c, z, t, which their readers expect.
 */
public final class VolumeConversion {

	private final OutputFormat format;

	private final String chunk;

	private final String shard;

	private final CompressionChoice compression;

	private final long timeFrom;

	private final long timeTo;

	private final int threads;

	private final boolean overwrite;

	private VolumeConversion(final OutputFormat format, final String chunk,
		final String shard, final CompressionChoice compression,
		final long timeFrom, final long timeTo, final int threads,
		final boolean overwrite)
	{
		this.format = format;
		this.chunk = chunk;
		this.shard = shard;
		this.compression = compression;
		this.timeFrom = timeFrom;
		this.timeTo = timeTo;
		this.threads = threads;
		this.overwrite = overwrite;
	}

	/**
	 * A conversion to {@code format} with the defaults: the source's chunking,
	 * "auto" compression, all timepoints, all cores, no overwriting.
	 */
	public static VolumeConversion to(final OutputFormat format) {
		return new VolumeConversion(format, "", "", CompressionChoice.auto(), 0, -1,
			Runtime.getRuntime().availableProcessors(), false);
	}

	/** The same options for another format. */
	public VolumeConversion withFormat(final OutputFormat other) {
		return new VolumeConversion(other, chunk, shard, compression, timeFrom,
			timeTo, threads, overwrite);
	}

	/** Chunk sizes in the order x,y,z,t ({@link ChunkSizes}); "" = source's. */
	public VolumeConversion withChunk(final String sizes) {
		return new VolumeConversion(format, sizes, shard, compression, timeFrom,
			timeTo, threads, overwrite);
	}

	/** Zarr v3 shard sizes in the order x,y,z,t; "" = no sharding. */
	public VolumeConversion withShard(final String sizes) {
		return new VolumeConversion(format, chunk, sizes, compression, timeFrom,
			timeTo, threads, overwrite);
	}

	public VolumeConversion withCompression(final CompressionChoice c) {
		return new VolumeConversion(format, chunk, shard, c, timeFrom, timeTo,
			threads, overwrite);
	}

	/**
	 * Keeps timepoints {@code from..to}, both included; {@code to} = -1 means the
	 * last.
	 */
	public VolumeConversion withTimeRange(final long from, final long to) {
		return new VolumeConversion(format, chunk, shard, compression, from, to,
			threads, overwrite);
	}

	/** @param n threads; 0 or less = all cores */
	public VolumeConversion withThreads(final int n) {
		return new VolumeConversion(format, chunk, shard, compression, timeFrom,
			timeTo, n > 0 ? n : Runtime.getRuntime().availableProcessors(),
			overwrite);
	}

	/** Whether an existing output is replaced (once the new one is complete). */
	public VolumeConversion withOverwrite(final boolean replace) {
		return new VolumeConversion(format, chunk, shard, compression, timeFrom,
			timeTo, threads, replace);
	}

	public OutputFormat format() {
		return format;
	}

	/**
	 * Picks volume {@code index} of {@code volumes} at resolution {@code level},
	 * as keys 'volume' and 'level' name them.
	 *
	 * @throws InvalidOptionException naming the key and the valid range
	 */
	public static Volume choose(final Path input, final List<Volume> volumes,
		final long index, final long level)
	{
		if (index < 0 || index >= volumes.size()) throw InvalidOptionException.of(
			"volume", input + " holds " + volumes.size() +
				" volume(s); key 'volume' must be 0.." + (volumes.size() - 1) +
				", was " + index + ".");
		final Volume volume = volumes.get((int) index);
		if (level < 0 || level >= volume.numLevels()) throw InvalidOptionException
			.of("level", input + ": volume " + index + " has levels 0.." + (volume
				.numLevels() - 1) + "; key 'level' was " + level + ".");
		return volume.atLevel((int) level);
	}

	/**
	 * Checks every option against {@code volume} (one level) and {@code output},
	 * writing nothing.
	 *
	 * @return what will be written, for a log line
	 * @throws InvalidOptionException naming the key of the first bad option
	 */
	public String check(final Volume volume, final Path output) {
		checkOutput(output);
		final Volume prepared = prepare(volume);
		final ArrayMetadata meta = targetMetadata(prepared);
		if (format.isZarr()) layout(prepared, meta);
		else if (format == OutputFormat.N5 || format == OutputFormat.BDV_N5)
			compression.forN5(meta.dataType());
		else compression.requireNone(format);
		return format.id() + ", " + meta + ", " + compression.describe(format);
	}

	/**
	 * Writes {@code volume} (one level; see {@link #choose}) to {@code output}.
	 *
	 * @throws InvalidOptionException if an option does not fit (nothing written)
	 * @throws org.zapfiji.task.CanceledException if {@code progress} was canceled
	 *           (nothing left behind)
	 */
	public void convert(final Volume volume, final Path output,
		final Progress progress) throws IOException
	{
		final String what = check(volume, output);
		final Volume prepared = prepare(volume);
		try (StagedOutput staging = StagedOutput.beside(output)) {
			progress.status("writing " + output.getFileName() + " (" + what + ")");
			new FormatWriters(this, prepared, targetMetadata(prepared)).write(staging
				.path(output), progress);
			progress.checkCanceled();
			staging.publish(products(output), overwrite);
		}
	}

	/** The files and folders written, in the order they are published. */
	public List<Path> products(final Path output) {
		final List<Path> products = new ArrayList<>();
		if (format == OutputFormat.BDV) products.add(sibling(output, ".h5"));
		if (format == OutputFormat.BDV_N5) products.add(sibling(output, ".n5"));
		products.add(output);
		return products;
	}

	/** {@code xml} with its extension replaced, as the BDV writers name data. */
	static Path sibling(final Path xml, final String extension) {
		final String name = xml.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return xml.resolveSibling((dot > 0 ? name.substring(0, dot) : name) +
			extension);
	}

	private void checkOutput(final Path output) {
		if (output.getFileName() == null) throw InvalidOptionException.expected(
			"output", "a file or folder name", output);
		final Path parent = output.toAbsolutePath().getParent();
		if (parent != null && Files.exists(parent) && !Files.isDirectory(parent))
			throw InvalidOptionException.of("output", "Key 'output': " + parent +
				" is a file, not a folder, so " + output + " cannot be written.");
		if (parent == null || !Files.isDirectory(parent))
			throw InvalidOptionException.of("output", "Key 'output': the folder " +
				parent + " of " + output + " does not exist.");
		final String name = output.getFileName().toString().toLowerCase(
			Locale.ROOT);
		if (format.isBigDataViewer() && !name.endsWith(".xml"))
			throw InvalidOptionException.expected("output", "a file ending in .xml " +
				"for format " + format.id(), output);
		if (format == OutputFormat.TIFF && !name.matches(".*\\.tiff?"))
			throw InvalidOptionException.expected("output",
				"a file ending in .tif or .tiff for format tiff", output);
		if (format == OutputFormat.HDF5 && !name.matches(".*\\.(h5|hdf5|hdf)"))
			throw InvalidOptionException.expected("output",
				"a file ending in .h5, .hdf5 or .hdf for format hdf5", output);
		if (overwrite) return;
		for (final Path p : products(output))
			if (Files.exists(p, LinkOption.NOFOLLOW_LINKS))
				throw InvalidOptionException.of("output", "Key 'output': " + p +
					" exists; remove it, choose another output, or set key " +
					"'overwrite' to replace it.");
	}

	/**
	 * {@code volume} cut to the time range, in the axis order the format needs.
	 *
	 * @throws InvalidOptionException naming time_from, time_to or format
	 */
	Volume prepare(final Volume volume) {
		final Volume cut = timeRange(volume);
		if (format == OutputFormat.TIFF) return fitTiff(AxisOrderArray
			.inImageJOrder(cut, List.of("c", "z", "t")));
		if (format.isBigDataViewer()) return fitBigDataViewer(AxisOrderArray
			.inImageJOrder(cut, List.of("c")));
		if (format == OutputFormat.HDF5) {
			refuseBool(cut);
			// x, y, c, z, t fastest first is t, z, c, y, x in C order: what h5py
			// users and ImageJ's HDF5 readers expect of an image
			return AxisOrderArray.inImageJOrder(cut, List.of("c", "t"));
		}
		if (format == OutputFormat.N5) refuseBool(cut);
		return cut;
	}

	private Volume fitTiff(final Volume volume) {
		refuseBool(volume);
		final List<String> axes = volume.axes();
		final boolean fits = axes.size() >= 2 && axes.size() <= 5 && axes.get(0)
			.equals("x") && axes.get(1).equals("y") && axes.stream().skip(2).allMatch(
				a -> a.equals("c") || a.equals("z") || a.equals("t"));
		if (!fits) throw InvalidOptionException.of("format", "Key 'format': tiff " +
			"needs axes x, y and any of c, z, t; " + volume.name() + " has axes " +
			axes + ".");
		final long[] shape = volume.metadata().shape();
		if (shape[0] * shape[1] * volume.metadata().dataType().bytes() > 1L << 30)
			throw InvalidOptionException.of("format", "Key 'format': a TIFF plane " +
				"of " + shape[0] + " x " + shape[1] +
				" exceeds the 1 GiB a strip may " +
				"hold here; choose zarr3, n5 or bdv_n5.");
		return volume;
	}

	private Volume fitBigDataViewer(final Volume volume) {
		refuseBool(volume);
		final List<String> axes = volume.axes();
		if (!axes.equals(List.of("x", "y", "z")) && !axes.equals(List.of("x", "y",
			"z", "t"))) throw InvalidOptionException.of("format", "Key 'format': " +
				format.id() + " needs axes x, y, z and optionally t; " + volume.name() +
				" has axes " + axes + ".");
		return volume;
	}

	private void refuseBool(final Volume volume) {
		if (volume.metadata().dataType() == DataType.BOOL)
			throw InvalidOptionException.of("format", "Key 'format': " + format.id() +
				" has no bool type; " + volume.name() + " is bool. Choose zarr3 or " +
				"zarr2.");
	}

	/**
	 * {@code volume} cut to the time range.
	 *
	 * @throws InvalidOptionException naming time_from or time_to
	 */
	Volume timeRange(final Volume volume) {
		final int t = volume.axis("t");
		if (t < 0) {
			if (timeFrom != 0 || timeTo != -1) throw InvalidOptionException.of(
				"time_from", "Keys 'time_from' and 'time_to' need a volume with a t " +
					"axis; " + volume.name() + " has axes " + volume.axes() + ".");
			return volume;
		}
		final long length = volume.metadata().shape()[t];
		final long last = timeTo == -1 ? length - 1 : timeTo;
		if (timeFrom < 0 || timeFrom >= length) throw InvalidOptionException
			.expected("time_from", "a timepoint 0.." + (length - 1), timeFrom);
		if (last < timeFrom || last >= length) throw InvalidOptionException
			.expected("time_to", "a timepoint " + timeFrom + ".." + (length - 1) +
				" (or -1 for the last)", timeTo);
		if (timeFrom == 0 && last == length - 1) return volume;
		final ChunkedArray array = new TimeRangeArray(volume.level(0), t, timeFrom,
			last - timeFrom + 1);
		return Volume.single(volume.name(), array, volume.axes(), volume.spacing(),
			volume.units());
	}

	/**
	 * Shape, type and axes of the output, chunked as asked.
	 *
	 * @throws InvalidOptionException naming 'chunk'
	 */
	ArrayMetadata targetMetadata(final Volume volume) {
		final ArrayMetadata from = volume.metadata();
		if (!format.isChunked() && !chunk.trim().isEmpty())
			throw InvalidOptionException.of("chunk", "Key 'chunk': " + format.id() +
				" keeps the source's blocks (planes for TIFF, source chunks for " +
				"BigDataViewer and HDF5); leave 'chunk' empty, found '" + chunk + "'.");
		final int[] sizes = ChunkSizes.parse("chunk", chunk, volume.axes(), from
			.shape(), from.chunkShape());
		try {
			return ArrayMetadata.of(from.shape(), sizes, from.dataType(), from
				.fillValue(), volume.axes());
		}
		catch (final IllegalArgumentException e) {
			throw InvalidOptionException.of("chunk", "Key 'chunk': " + e
				.getMessage());
		}
	}

	/**
	 * The Zarr layout; shards checked against the chunks.
	 *
	 * @throws InvalidOptionException naming 'shard' or 'compression'
	 */
	ZarrLayout layout(final Volume volume, final ArrayMetadata meta) {
		final int version = format == OutputFormat.ZARR3 ? 3 : 2;
		final ZarrLayout layout = (version == 3 ? ZarrLayout.v3() : ZarrLayout.v2())
			.withCompressor(compression.forZarr(version));
		if (shard.trim().isEmpty()) return layout;
		if (version != 3) throw InvalidOptionException.of("shard",
			"Key 'shard': sharding is Zarr v3 only; use format=zarr3 or leave " +
				"'shard' empty, found '" + shard + "'.");
		final int[] chunks = meta.chunkShape();
		final int[] shards = ChunkSizes.parse("shard", shard, volume.axes(), meta
			.shape(), chunks);
		for (int d = 0; d < shards.length; d++) {
			// A shard cut to a short axis is rounded up to whole chunks.
			if (shards[d] >= meta.shape()[d]) shards[d] = (shards[d] + chunks[d] -
				1) / chunks[d] * chunks[d];
			if (shards[d] % chunks[d] != 0) throw InvalidOptionException.of("shard",
				"Key 'shard': each shard size must be a multiple of the chunk size " +
					"along its axis (chunks " + ChunkSizes.inUserOrder(chunks, volume
						.axes()) + "); found '" + shard + "'.");
		}
		return layout.withShards(shards);
	}

	CompressionChoice compression() {
		return compression;
	}

	/** The options, for a log line or a manifest. */
	@Override
	public String toString() {
		return format.id() + ", " + compression.describe(format) + ", chunk " +
			(chunk.trim().isEmpty() ? "as the source" : chunk) + (shard.trim()
				.isEmpty() ? "" : ", shard " + shard) + (timeFrom == 0 && timeTo == -1
					? "" : ", time " + timeFrom + ".." + timeTo);
	}

	int threads() {
		return threads;
	}
}
