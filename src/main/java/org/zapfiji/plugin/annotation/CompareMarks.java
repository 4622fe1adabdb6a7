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

package org.zapfiji.plugin.annotation;

import java.nio.file.Path;
import java.util.Map;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.compare.AgreementMetrics;
import org.zapfiji.annotation.compare.MarkComparison;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Compare Marks}: a test set of marks judged against
 * a reference by optimal matching within {@code distance} µm. Writes the
 * matches to {@code output} and the figures (overall and per region of the
 * reference) to a sibling {@code <output name>_summary.csv}; the columns are
 * documented in {@link ComparisonTables}. The overall summary is also logged.
 */
public class CompareMarks extends ZapCommand<MarkComparison> {

	public static final Parameter<Path> REFERENCE = Parameter.file("reference",
		"Reference: project (.zap) or marks file").required();

	public static final Parameter<Path> TEST = Parameter.file("test",
		"Test: project (.zap) or marks file").required();

	public static final Parameter<Double> DISTANCE = Parameter.number("distance",
		3, "Largest distance of a matched pair").withUnit("µm");

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"CSV of matches, misses and false positives").required();

	public static final Parameter<String> REFERENCE_FORMAT = Parameter.text(
		"reference_format", MarkFormats.AUTO,
		"Mark format id of a reference marks file");

	public static final Parameter<String> TEST_FORMAT = Parameter.text(
		"test_format", MarkFormats.AUTO, "Mark format id of a test marks file");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace existing output files");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		REFERENCE, TEST, DISTANCE, OUTPUT, REFERENCE_FORMAT, TEST_FORMAT,
		VoxelSizeKeys.X, VoxelSizeKeys.Y, VoxelSizeKeys.Z, OVERWRITE);

	@Override
	public String title() {
		return "ZAP Compare Marks";
	}

	@Override
	public String summary() {
		return "Matches a test set of marks with a reference set.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public MarkComparison execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		final double distance = arguments.get(DISTANCE);
		if (!(distance > 0)) throw new CommandException(
			"Key 'distance' must be positive (µm), found " + distance + ".");
		final Path output = arguments.get(OUTPUT);
		final Path summary = summaryFile(output);
		CsvTable.checkNew(output, OUTPUT.key(), arguments.get(OVERWRITE));
		CsvTable.checkNew(summary, OUTPUT.key(), arguments.get(OVERWRITE));
		final VoxelSize voxels = VoxelSizeKeys.stated(arguments);
		final MarkFormats formats = MarkFormats.installed();
		final MarkSource reference = MarkSource.load(arguments.get(REFERENCE),
			REFERENCE.key(), arguments.get(REFERENCE_FORMAT), REFERENCE_FORMAT.key(),
			voxels, formats);
		final MarkSource test = MarkSource.load(arguments.get(TEST), TEST.key(),
			arguments.get(TEST_FORMAT), TEST_FORMAT.key(), voxels, formats);
		final MarkComparison comparison = MarkComparison.of(reference.marks(), test
			.marks(), distance, reference.regions());
		ComparisonTables.matches(comparison).write(output, OUTPUT.key());
		ComparisonTables.summary(comparison).write(summary, OUTPUT.key());
		return comparison;
	}

	/** {@code matches.csv} → {@code matches_summary.csv}, beside it. */
	public static Path summaryFile(final Path output) {
		final String name = output.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		final String stem = dot > 0 ? name.substring(0, dot) : name;
		return output.resolveSibling(stem + "_summary.csv");
	}

	@Override
	protected void report(final MarkComparison comparison) {
		IJ.log(title() + ": " + comparison.overall().summary());
		for (final Map.Entry<Region, AgreementMetrics> e : comparison.perRegion()
			.entrySet())
			IJ.log(title() + ": region " + e.getKey().id() + " " + e.getKey().name() +
				": " + e.getValue().summary());
	}
}
