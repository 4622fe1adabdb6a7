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

package org.zapfiji.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ParameterException;
import org.zapfiji.plugin.command.ValueKind;

import ij.Macro;

/**
 * What our strict macro options parser costs next to ImageJ's own lookup, for
 * one realistic {@code run("...", options)} line of eleven keys.
 * <p>
 * ImageJ's {@code GenericDialog} reads a macro by calling
 * {@link Macro#getValue(String, String, String)} once per field, each call
 * scanning the whole string; it never sees keys it does not ask for. Our
 * {@link CommandParameters#parse(String)} scans once, rejects unknown keys and
 * converts every value. Three figures make the comparison fair:
 * <ul>
 * <li>{@link #strictParse}: ours, typed and checked {@link Arguments};</li>
 * <li>{@link #imagejLookup}: ImageJ's lookups only, values left as text;</li>
 * <li>{@link #imagejLookupAndConvert}: the same plus the {@code Double.valueOf}
 * that {@code GenericDialog.getNextNumber} applies, so both sides end with
 * numbers.</li>
 * </ul>
 * Inputs live in non-final state fields so the JIT cannot fold them into
 * constants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MacroOptionsBenchmark {

	/**
	 * As a label export would record it: a bracketed path with spaces, whole and
	 * decimal numbers, a choice, bracketed text and a ticked checkbox.
	 */
	private static final String RECORDED =
		"input=[/data/zebrafish recordings/fish 03/volume.h5] channel=2 " +
			"z_spacing=2.5 xy_spacing=0.406 radius=3.5 min_intensity=120 " +
			"format=HDF5 tile_size=128 overlap=16 label=[neuron centers] " +
			"open_result";

	private String options;

	private CommandParameters parameters;

	/** The keys ImageJ looks up with {@code Macro.getValue}: all but flags. */
	private String[] valueKeys;

	/** The dialog field text each lookup falls back to. */
	private String[] valueDefaults;

	/** Which of {@link #valueKeys} a dialog reads as a number. */
	private boolean[] numeric;

	private String flagKey;

	@Setup
	public void setUp() throws ParameterException {
		options = RECORDED;
		parameters = CommandParameters.of( //
			Parameter.file("input", "Recording to read").required(), //
			Parameter.integer("channel", 1, "Channel, from 1"), //
			Parameter.number("z_spacing", 1, "Plane spacing").withUnit("µm"), //
			Parameter.number("xy_spacing", 1, "Pixel size").withUnit("µm"), //
			Parameter.number("radius", 3, "Neuron radius").withUnit("µm"), //
			Parameter.integer("min_intensity", 0, "Dimmest center kept"), //
			Parameter.choice("format", "TIFF", List.of("TIFF", "HDF5", "N5"),
				"Label file format"), //
			Parameter.integer("tile_size", 256, "Tile edge").withUnit("px"), //
			Parameter.integer("overlap", 0, "Tile overlap").withUnit("px"), //
			Parameter.text("label", "", "Label name"), //
			Parameter.flag("open_result", false, "Open the labels when done"));
		final List<Parameter<?>> valued = parameters.list();
		valued.removeIf(p -> p.kind() == ValueKind.FLAG);
		valueKeys = valued.stream().map(Parameter::key).toArray(String[]::new);
		valueDefaults = valued.stream().map(p -> p.defaultValue() == null ? "" : p
			.defaultValue().toString()).toArray(String[]::new);
		numeric = new boolean[valued.size()];
		for (int i = 0; i < numeric.length; i++)
			numeric[i] = valued.get(i).kind() == ValueKind.INTEGER || valued.get(i)
				.kind() == ValueKind.NUMBER;
		flagKey = "open_result";
		checkBothReadTheSameValues();
	}

	@Benchmark
	public Arguments strictParse() throws ParameterException {
		return parameters.parse(options);
	}

	@Benchmark
	public void imagejLookup(final Blackhole blackhole) {
		for (int i = 0; i < valueKeys.length; i++)
			blackhole.consume(Macro.getValue(options, valueKeys[i],
				valueDefaults[i]));
		blackhole.consume(isTicked(options, flagKey));
	}

	@Benchmark
	public void imagejLookupAndConvert(final Blackhole blackhole) {
		for (int i = 0; i < valueKeys.length; i++) {
			final String value = Macro.getValue(options, valueKeys[i],
				valueDefaults[i]);
			if (numeric[i]) blackhole.consume(Double.valueOf(value));
			else blackhole.consume(value);
		}
		blackhole.consume(isTicked(options, flagKey));
	}

	/**
	 * Whether a bare key stands in the options as a whole word: how a dialog
	 * reads a checkbox. ImageJ's own check is package-private in {@code ij.gui},
	 * hence this stand-in of similar cost.
	 */
	static boolean isTicked(final String options, final String key) {
		int at = options.indexOf(key);
		while (at >= 0) {
			final int end = at + key.length();
			if ((at == 0 || options.charAt(at - 1) == ' ') && (end == options
				.length() || options.charAt(end) == ' ')) return true;
			at = options.indexOf(key, at + 1);
		}
		return false;
	}

	/**
	 * Refuses to measure unless both sides find every key with the same value: a
	 * typo in {@link #RECORDED} would otherwise let ImageJ's side fall back to
	 * defaults and look cheaper than it is.
	 */
	private void checkBothReadTheSameValues() throws ParameterException {
		final Arguments strict = parameters.parse(options);
		for (final Parameter<?> p : parameters.list()) {
			final Object imagej;
			if (p.kind() == ValueKind.FLAG) imagej = isTicked(options, p.key());
			else {
				final String text = Macro.getValue(options, p.key(), null);
				if (text == null) throw new IllegalStateException("ImageJ finds no '" +
					p.key() + "' in: " + options);
				imagej = p.parse(text);
			}
			if (!imagej.equals(strict.get(p))) throw new IllegalStateException(
				"Key '" + p.key() + "': ImageJ reads " + imagej + ", we read " + strict
					.get(p));
		}
	}
}
