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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zapfiji.data.FormatException;

/**
 * One model's forecasts under a short name, so that several models can be
 * scored or shown side by side. Users name models as a {@code ;}-separated list
 * of whatever {@link Forecasts#open} accepts; a model is named after its
 * ZAPBench experiment id ({@code inference/<date>/<xid>/...} gives
 * {@code <xid>}), else after its folder or file, without extension; names are
 * made unique with {@code _2}, {@code _3}, … in list order.
 */
public final class ForecastModel {

	/** Separates the models of one list. */
	public static final String SEPARATOR = ";";

	private final String name;

	private final Path predictions;

	private final List<Forecast> forecasts;

	public ForecastModel(final String name, final Path predictions,
		final List<Forecast> forecasts)
	{
		this.name = name;
		this.predictions = predictions;
		this.forecasts = List.copyOf(forecasts);
	}

	/** The name shown in tables, legends and menus. */
	public String name() {
		return name;
	}

	/** What the user named: a predictions folder or one of its arrays. */
	public Path predictions() {
		return predictions;
	}

	/** Its forecasts, by condition. */
	public List<Forecast> forecasts() {
		return forecasts;
	}

	/**
	 * The paths of a {@code ;}-separated list, blanks around each trimmed, empty
	 * entries dropped.
	 */
	public static List<Path> split(final String list) {
		final List<Path> paths = new ArrayList<>();
		for (final String part : list.split(SEPARATOR, -1))
			if (!part.trim().isEmpty()) paths.add(Paths.get(part.trim()));
		return paths;
	}

	/**
	 * Opens every model of a {@code ;}-separated list.
	 *
	 * @param targets null for each model's sibling {@code targets} folder, else
	 *          the targets of every model
	 * @throws FormatException naming the folder that is missing or wrong
	 */
	public static List<ForecastModel> open(final String list, final Path targets)
		throws IOException
	{
		final List<Path> paths = split(list);
		if (paths.isEmpty()) throw new FormatException("'" + list +
			"': no predictions named (expected folders separated by '" + SEPARATOR +
			"')");
		final List<String> names = uniqueNames(paths);
		final List<ForecastModel> models = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++)
			models.add(new ForecastModel(names.get(i), paths.get(i), Forecasts.open(
				paths.get(i), targets)));
		return models;
	}

	/**
	 * A model's name from its path: the {@code <xid>} of
	 * {@code inference/<date>/<xid>/...}, else the folder holding the
	 * {@code predictions} folder, else the folder's or file's name without
	 * extension.
	 */
	public static String nameOf(final Path predictions) {
		final Path p = predictions.toAbsolutePath().normalize();
		for (int i = p.getNameCount() - 3; i >= 0; i--)
			if (p.getName(i).toString().equals("inference")) return p.getName(i + 2)
				.toString();
		Path named = p;
		if (named.getParent() != null && named.getParent().getFileName() != null &&
			named.getParent().getFileName().toString().equals(Forecasts.PREDICTIONS))
			named = named.getParent();
		if (named.getFileName() != null && named.getFileName().toString().equals(
			Forecasts.PREDICTIONS) && named.getParent() != null && named.getParent()
				.getFileName() != null) named = named.getParent();
		final String file = named.getFileName() == null ? p.toString() : named
			.getFileName().toString();
		final int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}

	/** {@link #nameOf} each, later repeats suffixed {@code _2}, {@code _3}, …. */
	static List<String> uniqueNames(final List<Path> paths) {
		final Set<String> taken = new HashSet<>();
		final List<String> names = new ArrayList<>();
		for (final Path p : paths) {
			final String base = nameOf(p);
			String name = base;
			for (int k = 2; !taken.add(name); k++)
				name = base + "_" + k;
			names.add(name);
		}
		return names;
	}

	/**
	 * Checks that every model has the first one's forecasts, by name, each of the
	 * same shape, so that their errors compare window for window.
	 *
	 * @throws FormatException naming both models' arrays
	 */
	public static void checkSameShapes(final List<ForecastModel> models)
		throws FormatException
	{
		final ForecastModel first = models.get(0);
		for (final ForecastModel other : models.subList(1, models.size())) {
			if (other.forecasts.size() != first.forecasts.size())
				throw new FormatException("model " + other.name + " (" +
					other.predictions + ") has " + names(other) + ", model " +
					first.name + " (" + first.predictions + ") " + names(first) +
					"; models are compared only on the same conditions");
			for (final Forecast f : first.forecasts) {
				final Forecast g = other.forecast(f.name());
				if (g == null) throw new FormatException("model " + other.name + " (" +
					other.predictions + ") has no " + f.name() + " like model " +
					first.name + " (" + first.predictions + "); it has " + names(other));
				final long[] a = f.predictions().metadata().shape();
				final long[] b = g.predictions().metadata().shape();
				if (!Arrays.equals(a, b)) throw FormatException.field(g.predictions()
					.location(), "shape", shape(a) +
						" [windows, steps, neurons] like model " + first.name + "'s " + f
							.predictions().location(), shape(b));
			}
		}
	}

	/** The forecast of that folder name, or null. */
	public Forecast forecast(final String forecastName) {
		for (final Forecast f : forecasts)
			if (f.name().equals(forecastName)) return f;
		return null;
	}

	private static String names(final ForecastModel m) {
		final List<String> names = new ArrayList<>();
		for (final Forecast f : m.forecasts)
			names.add(f.name());
		return names.isEmpty() ? "no forecasts" : String.join(", ", names);
	}

	private static String shape(final long[] fastestFirst) {
		return Arrays.toString(ZarrTraceTable.reversed(fastestFirst));
	}

	@Override
	public String toString() {
		return name + " (" + predictions + ", " + forecasts.size() + " forecasts)";
	}
}
