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

package org.zapfiji.plugin.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The strict macro options parser: ImageJ's syntax, every key checked. */
class MacroOptionsTest {

	static final Parameter<Path> INPUT = Parameter.file("input", "Volume to read")
		.required();

	static final Parameter<Long> WIDTH = Parameter.integer("width", 512,
		"Width in pixels");

	static final Parameter<Double> ZOOM = Parameter.number("zoom", 1.5,
		"Zoom factor");

	static final Parameter<String> PLANE = Parameter.choice("plane", "xy", List
		.of("xy", "xz", "yz"), "Viewing plane");

	static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite", true,
		"Replace an existing output");

	static final Parameter<String> COMMENT = Parameter.text("comment", "",
		"Free text");

	static final CommandParameters PARAMETERS = CommandParameters.of(INPUT, WIDTH,
		ZOOM, PLANE, OVERWRITE, COMMENT);

	@Test
	void readsEveryKindAsImageJWritesIt() throws Exception {
		final Arguments a = PARAMETERS.parse(
			"input=[/data/my fish/raw.zarr] width=1024 zoom=0.25 plane=XZ overwrite comment='two words' ");
		assertEquals(Paths.get("/data/my fish/raw.zarr"), a.get(INPUT));
		assertEquals(1024L, a.get(WIDTH));
		assertEquals(0.25, a.get(ZOOM));
		assertEquals("xz", a.get(PLANE));
		assertTrue(a.get(OVERWRITE));
		assertEquals("two words", a.get(COMMENT));
	}

	@Test
	void absentValuesTakeDefaultsButAbsentFlagsAreFalse() throws Exception {
		final Arguments a = PARAMETERS.parse("input=/x.tif");
		assertEquals(512L, a.get(WIDTH));
		assertEquals(1.5, a.get(ZOOM));
		assertEquals("xy", a.get(PLANE));
		// ImageJ records an unticked checkbox by leaving it out.
		assertFalse(a.get(OVERWRITE));
		// A Java call keeps the declared default.
		assertTrue(PARAMETERS.arguments().set(INPUT, Paths.get("/x.tif")).build()
			.get(OVERWRITE));
	}

	@Test
	void bracketsNestAndEmptyBracketsMeanNoFile() throws Exception {
		final Arguments a = PARAMETERS.parse("input=[/a/[b] c/d.tif] comment=[]");
		assertEquals(Paths.get("/a/[b] c/d.tif"), a.get(INPUT));
		assertEquals("", a.get(COMMENT));
		final CommandParameters optional = CommandParameters.of(Parameter.file(
			"output", "Where to write"));
		assertNull(optional.parse("output=[]").raw("output"));
	}

	@Test
	void unknownKeyIsNamedWithTheAcceptedOnes() {
		final ParameterException e = assertThrows(ParameterException.class,
			() -> PARAMETERS.parse("input=/x.tif widht=3"));
		assertEquals(
			"Unknown key 'widht'; accepted keys: input (required), width, zoom, " +
				"plane, overwrite, comment.", e.getMessage());
	}

	@Test
	void malformedValuesSayWhatIsExpected() {
		assertEquals("Key 'width' expects a whole number, found 'wide'.", message(
			"input=/x width=wide"));
		assertEquals("Key 'width' expects a whole number, found '2.5'.", message(
			"input=/x width=2.5"));
		assertEquals("Key 'zoom' expects a finite number, found 'NaN'.", message(
			"input=/x zoom=NaN"));
		assertEquals("Key 'plane' expects one of xy, xz, yz, found 'ab'.", message(
			"input=/x plane=ab"));
		assertEquals(
			"Key 'overwrite' expects true or false (or the bare key for true), " +
				"found 'yes'.", message("input=/x overwrite=yes"));
		assertEquals(
			"Key 'width' needs a value (width=...); expected a whole number.",
			message("input=/x width"));
		assertEquals("The value of key 'input' opens '[' but never closes it.",
			message("input=[/x width=3"));
		assertEquals("Key 'width' is given twice.", message(
			"input=/x width=1 width=2"));
	}

	@Test
	void missingRequiredValueIsNamed() {
		assertEquals(
			"Missing required key 'input' (Volume to read; expected a file path). " +
				"Accepted keys: input (required), width, zoom, plane, overwrite, comment.",
			message("width=3"));
		assertEquals("Key 'input' has an empty value; expected a file path.",
			message("input=[]"));
	}

	@Test
	void integralNumbersAreAcceptedForWholeNumbers() throws Exception {
		assertEquals(1024L, PARAMETERS.parse("input=/x width=1024.0").get(WIDTH));
	}

	@Test
	void typedArgumentsWriteTheOptionsThatReadThemBack() throws Exception {
		final Arguments typed = PARAMETERS.arguments().set(INPUT, Paths.get(
			"/my data/f.tif")).set(WIDTH, 64L).set(ZOOM, 0.125).set(PLANE, "yz").set(
				COMMENT, "a b").build();
		final String options = typed.toMacroOptions();
		assertEquals(
			"input=[/my data/f.tif] width=64 zoom=0.125 plane=yz overwrite " +
				"comment=[a b]", options);
		assertEquals(options, PARAMETERS.parse(options).toMacroOptions());
	}

	@Test
	void scriptsMaySetByKeyWithLooseJavaTypes() throws Exception {
		final Arguments a = PARAMETERS.arguments().set("input", "/x.tif").set(
			"width", 7).set("zoom", 2).set("plane", "XY").build();
		assertEquals(Paths.get("/x.tif"), a.get(INPUT));
		assertEquals(7L, a.get(WIDTH));
		assertEquals(2.0, a.get(ZOOM));
		assertEquals("xy", a.get(PLANE));
		assertThrows(ParameterException.class, () -> PARAMETERS.arguments().set(
			"width", "seven"));
		assertThrows(ParameterException.class, () -> PARAMETERS.arguments().set(
			"depth", 1));
	}

	@Test
	void declarationsRefuseWhatTheRecorderCouldNotRoundTrip() {
		assertThrows(IllegalArgumentException.class, () -> Parameter.integer(
			"Width", 1, "x"));
		assertThrows(IllegalArgumentException.class, () -> Parameter.integer(
			"two words", 1, "x"));
		assertThrows(IllegalArgumentException.class, () -> CommandParameters.of(
			WIDTH, Parameter.integer("width", 3, "again")));
		assertThrows(IllegalArgumentException.class, () -> Parameter.choice("plane",
			"ab", List.of("xy"), "x"));
	}

	@Test
	void dialogLabelsStartWithTheKey() {
		assertEquals("Width", WIDTH.label());
		assertEquals("Voxel_size (µm)", Parameter.number("voxel_size", 1,
			"Voxel size").withUnit("µm").label());
		// ImageJ derives the recorded key from the label exactly like this:
		assertEquals("voxel_size", ij.Macro.trimKey("Voxel_size (µm)"));
	}

	private static String message(final String options) {
		return assertThrows(ParameterException.class, () -> PARAMETERS.parse(
			options)).getMessage();
	}
}
