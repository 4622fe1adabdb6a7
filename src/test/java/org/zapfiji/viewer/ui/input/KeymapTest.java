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

package org.zapfiji.viewer.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeymapTest {

	@TempDir
	Path folder;

	@Test
	void defaultsAreBigDataViewers() {
		final Keymap k = Keymap.defaults();
		assertEquals("[meta scroll, shift ctrl scroll]", k.triggers("scroll zoom")
			.toString());
		assertEquals("[H, F1]", k.triggers("help").toString());
		assertEquals("[CLOSE_BRACKET, M]", k.triggers("next timepoint").toString());
		assertEquals("[shift Y, shift A]", k.triggers("align XZ plane").toString());
		assertEquals("[1]", k.triggers("set current source 0").toString());
		assertEquals("[0]", k.triggers("set current source 9").toString());
		assertEquals("[shift 0]", k.triggers("toggle source visibility 9")
			.toString());
		assertEquals("[ctrl button1]", k.triggers("drag rotate slow").toString());
		assertEquals(List.of(), k.triggers("crop"));
		assertFalse(k.maps("crop"));
		assertEquals(61 + 11 + 9 + 4 + 6, k.actions().size(),
			"BigDataViewer's, the marking, the review and the forecast keys");
	}

	/**
	 * The forecast inspector's keys share no trigger with any other default
	 * action, so adding them changed no key a user already knew; only the click
	 * that plots a neuron shares button 1 with rotating (a drag) and selecting a
	 * mark (a click in another window).
	 */
	@Test
	void forecastKeysCollideWithNoOtherDefault() {
		final Keymap k = Keymap.defaults();
		final List<String> forecast = new java.util.ArrayList<>(
			org.zapfiji.viewer.activity.ForecastKeys.actions());
		forecast.addAll(org.zapfiji.viewer.activity.InspectorKeys.actions());
		forecast.remove(org.zapfiji.viewer.activity.InspectorKeys.PLOT);
		final List<String[]> defaults = new java.util.ArrayList<>(List.of(
			org.zapfiji.viewer.activity.ForecastKeys.defaults()));
		defaults.addAll(List.of(org.zapfiji.viewer.activity.InspectorKeys
			.defaults()));
		for (final String[] d : defaults)
			assertEquals(Trigger.parseList(d[1]), k.triggers(d[0]), d[0] +
				": the keymap's default is the one the forecast window binds");
		for (final String action : forecast) {
			assertFalse(k.triggers(action).isEmpty(), action);
			for (final Trigger t : k.triggers(action))
				for (final String other : k.actions())
					if (!other.equals(action)) assertFalse(k.triggers(other).contains(t),
						action + " and " + other + " both use " + t);
		}
	}

	@Test
	void aFileOverridesOnlyWhatItMapsInOurContexts() throws IOException {
		final Path file = write("keymap.yaml", "---\n", //
			"# my keys\n", //
			"- !mapping\n", //
			"  action: go to bookmark\n", //
			"  contexts: [bdv]\n", //
			"  triggers: [G, 'shift 7']   # two\n", //
			"- !mapping\n", //
			"  action: help\n", //
			"  contexts: [mastodon]\n", //
			"  triggers: [F2]\n", //
			"- !mapping\n", //
			"  action: toggle interpolation\n", //
			"  contexts:\n", //
			"  - zap\n", //
			"  triggers:\n", //
			"  - not mapped\n", //
			"- !mapping\n", //
			"  action: \"add mark\"\n", //
			"  contexts: [zap, bdv]\n", //
			"  triggers: ['1', A]\n");
		final Keymap k = Keymap.read(file);
		assertEquals("[G, shift 7]", k.triggers("go to bookmark").toString());
		assertEquals("[H, F1]", k.triggers("help").toString(),
			"another tool's context is ignored");
		assertTrue(k.maps("toggle interpolation"));
		assertEquals(List.of(), k.triggers("toggle interpolation"));
		assertEquals("[1, A]", k.triggers("add mark").toString());
		assertEquals("[S]", k.triggers("brightness settings").toString(),
			"unmentioned actions keep their defaults");
	}

	@Test
	void writeThenReadGivesTheSameKeymap() throws IOException {
		final Keymap k = Keymap.defaults();
		k.set("toggle interpolation", List.of());
		k.set("it's: odd # name", Trigger.parseList("SPACE button1, shift 1"));
		final Path file = folder.resolve("sub").resolve("keymap.yaml");
		k.write(file);
		final String text = Files.readString(file);
		assertTrue(text.contains("  triggers: ['1']\n"), text);
		assertTrue(text.contains("  action: toggle interpolation\n" +
			"  contexts: [bdv]\n  triggers: [not mapped]\n"), text);
		assertEquals(k, Keymap.read(file));
	}

	@Test
	void aMalformedLineNamesFileLineAndWhatWasExpected() throws IOException {
		final Path file = write("bad.yaml", "---\n", "- !mapping\n",
			"  action: help\n", "  keys: [F1]\n");
		final IOException e = assertThrows(IOException.class, () -> Keymap.read(
			file));
		assertTrue(e.getMessage().contains("bad.yaml line 4: expected 'action:', " +
			"'contexts:' or 'triggers:', found 'keys: [F1]'"), e.getMessage());

		final Path noDash = write("nodash.yaml", "action: help\n");
		assertTrue(assertThrows(IOException.class, () -> Keymap.read(noDash))
			.getMessage().contains("nodash.yaml line 1: expected '- !mapping'"));

		final Path badTrigger = write("trigger.yaml", "- !mapping\n",
			"  action: help\n", "  contexts: [bdv]\n", "  triggers: [ctrl FOO]\n");
		final String m = assertThrows(IOException.class, () -> Keymap.read(
			badTrigger)).getMessage();
		assertTrue(m.contains("trigger.yaml line 4") && m.contains("'FOO'"), m);

		final Path noTriggers = write("none.yaml", "- !mapping\n",
			"  action: help\n", "- !mapping\n", "  action: crop\n",
			"  triggers: [F9]\n");
		assertTrue(assertThrows(IOException.class, () -> Keymap.read(noTriggers))
			.getMessage().contains("none.yaml line 1: expected 'triggers:'"));

		final Path unclosed = write("open.yaml", "- !mapping\n", "  action: help\n",
			"  triggers: [F1\n");
		assertTrue(assertThrows(IOException.class, () -> Keymap.read(unclosed))
			.getMessage().contains(
				"open.yaml line 3: expected a list closed by ']'"));
	}

	private Path write(final String name, final String... lines)
		throws IOException
	{
		return Files.writeString(folder.resolve(name), String.join("", lines));
	}
}
