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

package org.zapfiji.plugin.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.TraceExtraction;
import org.zapfiji.activity.TraceOutput;
import org.zapfiji.activity.TruthPrediction;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Extract Traces}: the mean of a volume over each
 * segment of a label volume, frame by frame, written as traces (frames ×
 * neurons, label {@code k} → column {@code k - 1}, or the column a
 * {@code columns} table gives it, unmapped columns NaN): ZAPBench's own
 * definition of its traces, so predicted volumes can be scored like trace
 * forecasts. The work is {@link TraceExtraction}'s; the output appears whole or
 * not at all.
 */
public class ExtractTraces extends ZapCommand<ExtractTraces.Outcome> {

	public static final Parameter<Path> VOLUME = Parameter.file("volume",
		"ΔF/F or predicted volume (x, y, z and time), any format ZAP Fiji opens")
		.required();

	public static final Parameter<Path> SEGMENTATION = Parameter.file(
		"segmentation", "Label volume (x, y, z; 0 = background) of the same size")
		.required();

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"Traces: .csv, .npy, or else a Zarr v3 folder (ZAPBench's layout)")
		.required();

	public static final Parameter<Long> TIME_FROM = Parameter.integer("time_from",
		0, "First frame, from 0");

	public static final Parameter<Long> TIME_TO = Parameter.integer("time_to", -1,
		"Last frame; -1 = the last");

	public static final Parameter<Long> THREADS = Parameter.integer("threads", 0,
		"Blocks summed at once; 0 = all cores");

	public static final Parameter<String> CHANNEL = Parameter.text("channel",
		"auto", "For volumes whose last (Zarr) axis holds 0 = truth, " +
			"1 = prediction: auto (the prediction), truth, prediction, or an index");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace an existing output (only once the new one is complete)");

	public static final Parameter<Path> COLUMNS = LabelColumnKeys.COLUMNS;

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		VOLUME, SEGMENTATION, OUTPUT, TIME_FROM, TIME_TO, COLUMNS, THREADS, CHANNEL,
		OVERWRITE);

	/** What was written. */
	public static final class Outcome {

		public final Path output;

		public final int frames;

		public final int neurons;

		public final double seconds;

		Outcome(final Path output, final int frames, final int neurons,
			final double seconds)
		{
			this.output = output;
			this.frames = frames;
			this.neurons = neurons;
			this.seconds = seconds;
		}
	}

	@Override
	public String title() {
		return "ZAP Extract Traces";
	}

	@Override
	public String summary() {
		return "The mean of a volume over each segment, frame by frame.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Outcome execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path output = arguments.get(OUTPUT);
		final boolean overwrite = arguments.get(OVERWRITE);
		if (Files.exists(output) && !overwrite) throw new CommandException(
			"Key 'output': " + output +
				" exists; add the key 'overwrite' to replace it.");
		final long threads = arguments.get(THREADS);
		if (threads < 0 || threads > 1024) throw new CommandException(
			"Key 'threads' must be 0 (all cores) to 1024, found " + threads + ".");
		final int workers = threads == 0 ? Runtime.getRuntime()
			.availableProcessors() : (int) threads;
		final LabelColumns columns = LabelColumnKeys.columns(arguments.get(
			COLUMNS));
		final int channel = channel(arguments);
		final long start = System.nanoTime();
		try (Dataset values = open(arguments.get(VOLUME), VOLUME.key());
				Dataset labels = open(arguments.get(SEGMENTATION), SEGMENTATION.key()))
		{
			final TraceExtraction extraction = new TraceExtraction(channel(first(
				values), channel), first(labels), SessionCache.get());
			final int[] range = timeRange(arguments, extraction.frames());
			final int maxLabel = extraction.scan(workers, progress);
			final int neurons = columns.columns(maxLabel);
			try (TraceOutput out = TraceOutput.create(output, range[1] - range[0] + 1,
				neurons, overwrite, columns))
			{
				extraction.extract(range[0], range[1], workers, columns.isIdentity()
					? out::write : (rows, count) -> out.write(columns.toColumns(rows,
						count, maxLabel), count), progress);
				out.commit();
			}
			return new Outcome(output, range[1] - range[0] + 1, neurons, (System
				.nanoTime() - start) / 1e9);
		}
		catch (final IOException e) {
			throw new CommandException("Extracting traces into " + output +
				" failed, nothing was written: " + e.getMessage(), e);
		}
	}

	private static Dataset open(final Path path, final String key)
		throws CommandException
	{
		try {
			return new VolumeFormats(Extensions.discover(IJ.getClassLoader())).open(
				path);
		}
		catch (final IOException e) {
			throw new CommandException("Key '" + key + "': " + e.getMessage(), e);
		}
	}

	/** The {@code channel} key: {@link TruthPrediction#parse}, checked. */
	private static int channel(final Arguments arguments)
		throws CommandException
	{
		try {
			return TruthPrediction.parse(arguments.get(CHANNEL));
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key 'channel': " + e.getMessage() + ".", e);
		}
	}

	/** The part of the volume the {@code channel} key chose. */
	private static Volume channel(final Volume volume, final int channel)
		throws CommandException
	{
		try {
			return TruthPrediction.select(volume, channel);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'channel': " + e.getMessage(), e);
		}
	}

	private static Volume first(final Dataset dataset) throws IOException {
		return dataset.volumes().get(0).atLevel(0);
	}

	/** {@code time_from} and {@code time_to}, checked; -1 = the last frame. */
	private static int[] timeRange(final Arguments arguments, final int frames)
		throws CommandException
	{
		final long from = arguments.get(TIME_FROM);
		final long to = arguments.get(TIME_TO) == -1 ? frames - 1 : arguments.get(
			TIME_TO);
		if (from < 0 || from >= frames) throw new CommandException(
			"Key 'time_from' must be a frame from 0 to " + (frames - 1) + ", found " +
				from + ".");
		if (to < from || to >= frames) throw new CommandException(
			"Key 'time_to' must be a frame from " + from + " to " + (frames - 1) +
				" (or -1 for the last), found " + arguments.get(TIME_TO) + ".");
		return new int[] { (int) from, (int) to };
	}

	@Override
	protected void report(final Outcome outcome) {
		IJ.log(String.format(Locale.ROOT,
			"%s: %d frames × %d neurons in %.1f s; wrote %s", title(), outcome.frames,
			outcome.neurons, outcome.seconds, outcome.output));
	}
}
