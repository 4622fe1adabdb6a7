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

import java.io.IOException;
import java.nio.file.Path;

import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.CompressionChoice;
import org.zapfiji.data.convert.InvalidOptionException;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Convert Volume}: any volume ZAP Fiji opens (Zarr,
 * N5, BigDataViewer, TIFF) written as Zarr v3 or v2, N5, a plain HDF5 file,
 * BigDataViewer (HDF5 or N5) or an ImageJ TIFF, block by block, with a chosen
 * chunking and compression. The work is {@link VolumeConversion}'s; this
 * command only reads the keys. The output appears whole or not at all, and an
 * existing output is only replaced with {@code overwrite}, once the new one is
 * complete.
 */
public class ConvertVolume extends ZapCommand<Path> {

	public static final Parameter<Path> INPUT = Parameter.file("input",
		"Zarr or N5 folder, BigDataViewer XML, or TIFF file").required();

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"File or folder to write (.xml for bdv and bdv_n5, .h5 for hdf5, .tif " +
			"for tiff)").required();

	public static final Parameter<String> FORMAT = Parameter.choice("format",
		OutputFormat.ZARR3.id(), OutputFormat.ids(), "Output format");

	public static final Parameter<String> CHUNK = Parameter.text("chunk", "",
		"Chunk size in the order x,y,z,t (0 = whole axis); empty keeps the " +
			"source's (Zarr and N5 only)");

	public static final Parameter<String> SHARD = Parameter.text("shard", "",
		"Zarr v3 shard size in the order x,y,z,t, multiples of the chunk; empty " +
			"= no sharding");

	public static final Parameter<String> COMPRESSION = Parameter.choice(
		"compression", "auto", CompressionChoice.NAMES,
		"auto = blosc_lz4 for Zarr, gzip for N5, none for TIFF and HDF5");

	public static final Parameter<Long> CLEVEL = Parameter.integer("clevel",
		CompressionChoice.DEFAULT_LEVEL,
		"Compression level; -1 = the compressor's default");

	public static final Parameter<String> SHUFFLE = Parameter.choice("shuffle",
		"byte", CompressionChoice.SHUFFLES, "Blosc shuffle");

	public static final Parameter<Long> VOLUME = Parameter.integer("volume", 0,
		"Which volume of the dataset (BigDataViewer setup), from 0");

	public static final Parameter<Long> LEVEL = Parameter.integer("level", 0,
		"Resolution level to convert, 0 = full resolution");

	public static final Parameter<Long> TIME_FROM = Parameter.integer("time_from",
		0, "First timepoint to keep, from 0");

	public static final Parameter<Long> TIME_TO = Parameter.integer("time_to", -1,
		"Last timepoint to keep; -1 = the last");

	public static final Parameter<Long> THREADS = Parameter.integer("threads", 0,
		"Blocks written at once; 0 = all cores");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace an existing output (only once the new one is complete)");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		INPUT, OUTPUT, FORMAT, CHUNK, SHARD, COMPRESSION, CLEVEL, SHUFFLE, VOLUME,
		LEVEL, TIME_FROM, TIME_TO, THREADS, OVERWRITE);

	@Override
	public String title() {
		return "ZAP Convert Volume";
	}

	@Override
	public String summary() {
		return "Writes a volume as Zarr, N5, HDF5, BigDataViewer or TIFF, block by " +
			"block.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Path execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path input = arguments.get(INPUT);
		final Path output = arguments.get(OUTPUT);
		final VolumeConversion conversion;
		try {
			conversion = conversion(arguments);
		}
		catch (final InvalidOptionException e) {
			throw new CommandException(e.getMessage(), e);
		}
		final Dataset dataset;
		try {
			dataset = new VolumeFormats(Extensions.discover(IJ.getClassLoader()))
				.open(input);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'input': " + e.getMessage(), e);
		}
		try (Dataset open = dataset) {
			final Volume volume = VolumeConversion.choose(input, open.volumes(),
				arguments.get(VOLUME), arguments.get(LEVEL));
			conversion.convert(volume, output, progress);
			return output;
		}
		catch (final InvalidOptionException e) {
			throw new CommandException(e.getMessage(), e);
		}
		catch (final IOException e) {
			throw new CommandException("Converting " + input + " to " + output +
				" failed, nothing was written: " + e.getMessage(), e);
		}
	}

	/** The keys as a conversion; throws naming the first bad key. */
	static VolumeConversion conversion(final Arguments arguments) {
		final long threads = arguments.get(THREADS);
		if (threads < 0 || threads > 1024) throw InvalidOptionException.expected(
			"threads", "0 (all cores) to 1024", threads);
		final long level = arguments.get(CLEVEL);
		if (level < Integer.MIN_VALUE || level > Integer.MAX_VALUE)
			throw InvalidOptionException.expected("clevel", "a compression level",
				level);
		return VolumeConversion.to(OutputFormat.forId(arguments.get(FORMAT)))
			.withChunk(arguments.get(CHUNK)).withShard(arguments.get(SHARD))
			.withCompression(new CompressionChoice(arguments.get(COMPRESSION),
				(int) level, arguments.get(SHUFFLE))).withTimeRange(arguments.get(
					TIME_FROM), arguments.get(TIME_TO)).withThreads((int) threads)
			.withOverwrite(arguments.get(OVERWRITE));
	}

	@Override
	protected void report(final Path output) {
		IJ.log(title() + ": wrote " + output);
	}
}
