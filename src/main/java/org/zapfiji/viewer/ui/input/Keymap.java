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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zapfiji.io.AtomicFiles;

/**
 * Which triggers each action has: BigDataViewer's default keymap, overridden
 * action by action from a keymap file in BigDataViewer's YAML format, so a
 * user's BigDataViewer keymap works here unchanged.
 * <p>
 * An action the keymap does not {@linkplain #maps map} keeps the default
 * triggers its behaviour was {@linkplain InputBindings#add added} with; an
 * action mapped to {@code not mapped} has none. Not thread-safe: keymaps are
 * read and changed on the event thread.
 */
public final class Keymap {

	/**
	 * BigDataViewer's defaults ({@code bdv/ui/keymap/default.yaml}) for the
	 * actions ZAP Fiji implements, with its action names.
	 */
	private static final String[][] DEFAULTS = { //
		{ "brightness settings", "S" }, //
		{ "visibility and grouping", "F6" }, //
		{ "help", "H, F1" }, //
		{ "set bookmark", "shift B" }, //
		{ "go to bookmark", "B" }, //
		{ "go to bookmark rotation", "O" }, //
		{ "toggle interpolation", "I" }, //
		{ "next timepoint", "CLOSE_BRACKET, M" }, //
		{ "previous timepoint", "OPEN_BRACKET, N" }, //
		{ "align XY plane", "shift Z" }, //
		{ "align ZY plane", "shift X" }, //
		{ "align XZ plane", "shift Y, shift A" }, //
		{ "drag translate", "button2, button3" }, //
		{ "scroll zoom", "meta scroll, shift ctrl scroll" }, //
		{ "axis x", "X" }, //
		{ "axis y", "Y" }, //
		{ "axis z", "Z" }, //
		{ "drag rotate", "button1" }, //
		{ "scroll browse z", "scroll" }, //
		{ "rotate left", "LEFT" }, //
		{ "rotate right", "RIGHT" }, //
		{ "zoom in", "UP" }, //
		{ "zoom out", "DOWN" }, //
		{ "forward z", "COMMA" }, //
		{ "backward z", "PERIOD" }, //
		{ "drag rotate fast", "shift button1" }, //
		{ "scroll browse z fast", "shift scroll" }, //
		{ "rotate left fast", "shift LEFT" }, //
		{ "rotate right fast", "shift RIGHT" }, //
		{ "zoom in fast", "shift UP" }, //
		{ "zoom out fast", "shift DOWN" }, //
		{ "forward z fast", "shift COMMA" }, //
		{ "backward z fast", "shift PERIOD" }, //
		{ "drag rotate slow", "ctrl button1" }, //
		{ "scroll browse z slow", "ctrl scroll" }, //
		{ "rotate left slow", "ctrl LEFT" }, //
		{ "rotate right slow", "ctrl RIGHT" }, //
		{ "zoom in slow", "ctrl UP" }, //
		{ "zoom out slow", "ctrl DOWN" }, //
		{ "forward z slow", "ctrl COMMA" }, //
		{ "backward z slow", "ctrl PERIOD" } };

	/**
	 * ZAP Fiji's marking keys ({@code viewer.annotation.MarkingKeys}, which adds
	 * them with the same defaults): Mastodon's where BigDataViewer leaves them
	 * free. Listed here so the keymap file a user starts from holds them too.
	 */
	private static final String[][] ANNOTATION = { //
		{ "add mark", "A" }, //
		{ "add mark without snapping", "alt A" }, //
		{ "delete mark", "D" }, //
		{ "move mark", "SPACE button1" }, //
		{ "grow mark", "E" }, //
		{ "shrink mark", "Q" }, //
		{ "select mark", "button1" }, //
		{ "undo", "ctrl Z" }, //
		{ "redo", "shift ctrl Z" }, //
		{ "toggle snapping", "alt S" }, //
		{ "toggle mark colours", "alt C" } };

	/**
	 * ZAP Fiji's review and region keys ({@code viewer.review.ReviewKeys}, which
	 * adds them with the same defaults), on keys neither BigDataViewer nor the
	 * marking keys use.
	 */
	private static final String[][] REVIEW = { //
		{ "review next", "TAB" }, //
		{ "review previous", "shift TAB" }, //
		{ "accept mark", "ctrl 1" }, //
		{ "reject mark", "ctrl 2" }, //
		{ "flag mark uncertain", "ctrl 3" }, //
		{ "comment on mark", "ENTER" }, //
		{ "draw region", "R button1" }, //
		{ "toggle region complete", "alt R" }, //
		{ "edit region", "shift R" } };

	/**
	 * ZAP Inspect Forecast's keys ({@code viewer.activity.ForecastKeys} and
	 * {@code InspectorKeys}, which add them with the same defaults), on alt
	 * digits, letters and brackets, which nothing else uses; the click that plots
	 * a neuron is a click, as selecting a mark is in the marking window.
	 */
	private static final String[][] FORECAST = { //
		{ "show recorded activity", "alt 1" }, //
		{ "show predicted activity", "alt 2" }, //
		{ "show forecast difference", "alt 3" }, //
		{ "show forecast absolute error", "alt 4" }, //
		{ "show forecast error map", "alt 5" }, //
		{ "toggle fixed forecast window", "alt W" }, //
		{ "next forecast window", "alt CLOSE_BRACKET" }, //
		{ "previous forecast window", "alt OPEN_BRACKET" }, //
		{ "toggle activity dots", "alt O" }, //
		{ "plot neuron", "button1" } };

	private final Map<String, List<Trigger>> mappings = new LinkedHashMap<>();

	/** An empty keymap: every action keeps its default triggers. */
	public Keymap() {}

	/**
	 * BigDataViewer's default bindings for every action ZAP Fiji implements, and
	 * ZAP Fiji's own marking, review and forecast keys.
	 */
	public static Keymap defaults() {
		final Keymap keymap = new Keymap();
		for (final String[] d : DEFAULTS)
			keymap.set(d[0], Trigger.parseList(d[1]));
		for (int i = 0; i < 10; i++) {
			final String key = String.valueOf((i + 1) % 10);
			keymap.set("set current source " + i, Trigger.parseList(key));
			keymap.set("toggle source visibility " + i, Trigger.parseList("shift " +
				key));
		}
		for (final String[] d : ANNOTATION)
			keymap.set(d[0], Trigger.parseList(d[1]));
		for (final String[] d : REVIEW)
			keymap.set(d[0], Trigger.parseList(d[1]));
		for (final String[] d : FORECAST)
			keymap.set(d[0], Trigger.parseList(d[1]));
		return keymap;
	}

	/**
	 * The {@linkplain #defaults() defaults}, with every action that {@code file}
	 * maps (in context {@code bdv} or {@code zap}) replaced by the file's
	 * triggers.
	 *
	 * @throws IOException if the file cannot be read, or names file, line and
	 *           what was expected where it is malformed
	 */
	public static Keymap read(final Path file) throws IOException {
		final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		final Map<String, List<Trigger>> read = KeymapFile.parse(lines, file
			.toString());
		final Keymap keymap = defaults();
		for (final Map.Entry<String, List<Trigger>> e : read.entrySet())
			keymap.set(e.getKey(), e.getValue());
		return keymap;
	}

	/** Writes every mapping, in BigDataViewer's format, atomically. */
	public void write(final Path file) throws IOException {
		AtomicFiles.write(file, KeymapFile.format(mappings).getBytes(
			StandardCharsets.UTF_8));
	}

	/** The triggers of {@code action}; empty if unmapped or not mapped. */
	public List<Trigger> triggers(final String action) {
		final List<Trigger> t = mappings.get(action);
		return t == null ? List.of() : t;
	}

	/**
	 * Whether this keymap says something about {@code action}, even that it is
	 * not mapped; if not, the action keeps its default triggers.
	 */
	public boolean maps(final String action) {
		return mappings.containsKey(action);
	}

	/**
	 * Maps {@code action} to {@code triggers}; an empty list (or only
	 * {@link Trigger#NOT_MAPPED}) means the action has no trigger.
	 */
	public void set(final String action, final List<Trigger> triggers) {
		final List<Trigger> kept = new ArrayList<>();
		for (final Trigger t : triggers)
			if (!t.equals(Trigger.NOT_MAPPED) && !kept.contains(t)) kept.add(t);
		mappings.put(action, Collections.unmodifiableList(kept));
	}

	/** The actions this keymap maps, in the order they were first set. */
	public Set<String> actions() {
		return Collections.unmodifiableSet(mappings.keySet());
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Keymap && ((Keymap) o).mappings.equals(mappings);
	}

	@Override
	public int hashCode() {
		return mappings.hashCode();
	}
}
