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

package org.zapfiji.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zapfiji.data.FormatException;
import org.zapfiji.data.zarr.ZarrArray;

/**
 * Finds the forecasts of ZAPBench's inference layout,
 * {@code inference/<date>/<xid>/{predictions,targets}/test_condition_<i>/},
 * from whichever folder a user names:
 * <ul>
 * <li>one condition's predictions array
 * ({@code .../predictions/test_condition_0}): that condition;</li>
 * <li>the {@code predictions} folder, or the experiment folder holding it:
 * every array in it, by condition number.</li>
 * </ul>
 * Targets are the arrays of the same names in the sibling {@code targets}
 * folder unless another folder (or, for one condition, array) is given.
 */
public final class Forecasts {

	static final String PREDICTIONS = "predictions";

	static final String TARGETS = "targets";

	private Forecasts() {}

	/**
	 * @param targets null for the sibling {@code targets} folder
	 * @throws FormatException naming the folder that is missing or wrong
	 */
	public static List<Forecast> open(final Path predictions, final Path targets)
		throws IOException
	{
		if (!Files.isDirectory(predictions)) throw new FormatException(predictions +
			": no such folder (expected ZAPBench predictions: a " +
			"predictions folder or one of its test_condition_<i> arrays)");
		if (isArray(predictions)) return List.of(single(predictions, targets));
		final Path folder = !isArray(predictions) && Files.isDirectory(predictions
			.resolve(PREDICTIONS)) ? predictions.resolve(PREDICTIONS) : predictions;
		final List<Path> arrays = arrays(folder);
		if (arrays.isEmpty()) throw new FormatException(folder +
			": no Zarr arrays here (expected ZAPBench predictions such as " +
			"test_condition_0)");
		final Path targetFolder = targets != null ? targets : sibling(folder);
		if (!Files.isDirectory(targetFolder)) throw new FormatException(
			targetFolder + ": no targets folder for the predictions in " + folder +
				(targets == null ? " (looked for the sibling 'targets' folder; " +
					"name one with key 'targets')" : ""));
		final List<Forecast> all = new ArrayList<>();
		for (final Path p : arrays)
			all.add(pair(p, targetFolder.resolve(p.getFileName().toString())));
		return all;
	}

	private static Forecast single(final Path predictions, final Path targets)
		throws IOException
	{
		final String name = predictions.toAbsolutePath().getFileName().toString();
		final Path target;
		if (targets == null) {
			final Path parent = predictions.toAbsolutePath().getParent();
			if (parent == null || !parent.getFileName().toString().equals(
				PREDICTIONS)) throw new FormatException(predictions +
					": not inside a 'predictions' folder, so there is no sibling " +
					"'targets' folder to score it against; name the targets with key " +
					"'targets'");
			target = sibling(parent).resolve(name);
		}
		else target = isArray(targets) ? targets : targets.resolve(name);
		return pair(predictions, target);
	}

	private static Forecast pair(final Path predictions, final Path targets)
		throws IOException
	{
		if (!isArray(targets)) throw new FormatException(targets +
			": no targets array for the predictions " + predictions +
			" (expected a Zarr array with .zarray or zarr.json)");
		return new Forecast(predictions.getFileName().toString(), ZarrArray.open(
			predictions), ZarrArray.open(targets));
	}

	/** {@code .../predictions} → {@code .../targets}. */
	private static Path sibling(final Path predictionsFolder) {
		final Path absolute = predictionsFolder.toAbsolutePath();
		return absolute.resolveSibling(TARGETS);
	}

	/** Zarr arrays directly in {@code folder}, by condition number, then name. */
	private static List<Path> arrays(final Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Forecasts::isArray).sorted(Comparator.comparingInt(
				(Path p) -> conditionOf(p)).thenComparing(p -> p.getFileName()
					.toString())).collect(Collectors.toList());
		}
	}

	private static int conditionOf(final Path p) {
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile(
			".*condition_(\\d{1,9})$").matcher(p.getFileName().toString());
		return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
	}

	static boolean isArray(final Path folder) {
		if (!Files.isDirectory(folder)) return false;
		if (Files.isRegularFile(folder.resolve(".zarray"))) return true;
		final Path json = folder.resolve("zarr.json");
		try {
			return Files.isRegularFile(json) && Files.size(json) < 1 << 24 && Files
				.readString(json).matches("(?s).*\"node_type\"\\s*:\\s*\"array\".*");
		}
		catch (final IOException e) {
			return false;
		}
	}
}
