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

import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What sets off a behaviour, in the syntax of BigDataViewer's keymaps (SciJava
 * ui-behaviour): modifiers, then keys, then at most one mouse button or
 * {@code scroll}.
 * <ul>
 * <li>{@code "shift B"}: the B key pressed with exactly shift held;</li>
 * <li>{@code "button3"}, {@code "ctrl button1"}: a mouse button;</li>
 * <li>{@code "shift ctrl scroll"}: the wheel with exactly shift and ctrl;</li>
 * <li>{@code "SPACE button1"}: button 1 while the space bar is held (keys
 * before a button, {@code scroll} or another key are held keys);</li>
 * <li>{@code "not mapped"}: nothing.</li>
 * </ul>
 * Modifiers must match exactly ({@code ctrl scroll} does not fire with shift
 * held); held keys must be down, and among several matching triggers the one
 * with most held keys wins (see {@link InputBindings}).
 */
public final class Trigger {

	/** What kind of input fires a trigger. */
	enum Kind {
			KEY, BUTTON, SCROLL, NOT_MAPPED
	}

	static final int SHIFT = 1, CTRL = 2, ALT = 4, META = 8;

	private static final String[] MODIFIER_NAMES = { "shift", "ctrl", "alt",
		"meta" };

	public static final Trigger NOT_MAPPED = new Trigger(Kind.NOT_MAPPED, 0, 0,
		new TreeSet<>());

	private static final String ACCEPTED =
		"modifiers (shift, ctrl, alt, meta), key names as AWT spells them without VK_ " +
			"(B, COMMA, PERIOD, OPEN_BRACKET, F1, '1', LEFT, SPACE, ESCAPE ...), " +
			"button1, button2, button3, scroll, or the whole text 'not mapped'";

	private final Kind kind;

	private final int modifiers;

	/** The key code for {@link Kind#KEY}, the button (1–3) for BUTTON. */
	private final int code;

	private final Set<Integer> heldKeys;

	private Trigger(final Kind kind, final int modifiers, final int code,
		final TreeSet<Integer> heldKeys)
	{
		this.kind = kind;
		this.modifiers = modifiers;
		this.code = code;
		this.heldKeys = Collections.unmodifiableSet(heldKeys);
	}

	/**
	 * Reads one trigger; the whole text or single tokens may be quoted as YAML
	 * writes them ({@code '1'}).
	 *
	 * @throws IllegalArgumentException naming the token not understood and
	 *           listing what is accepted
	 */
	public static Trigger parse(final String text) {
		final String trimmed = unquote(text.trim()).trim();
		if (trimmed.replaceAll("\\s+", " ").equalsIgnoreCase("not mapped"))
			return NOT_MAPPED;
		int modifiers = 0;
		int button = 0;
		boolean scroll = false;
		final List<Integer> keys = new ArrayList<>();
		for (final String raw : trimmed.split("\\s+")) {
			final String token = unquote(raw);
			final int modifier = modifier(token);
			if (modifier != 0) modifiers |= modifier;
			else if (token.matches("button[123]")) {
				if (button != 0 || scroll) throw bad(text, token,
					"only one button or scroll per trigger");
				button = token.charAt(6) - '0';
			}
			else if (token.equals("scroll")) {
				if (button != 0 || scroll) throw bad(text, token,
					"only one button or scroll per trigger");
				scroll = true;
			}
			else keys.add(key(text, token));
		}
		if (button != 0 || scroll) return new Trigger(scroll ? Kind.SCROLL
			: Kind.BUTTON, modifiers, button, new TreeSet<>(keys));
		if (keys.isEmpty()) throw new IllegalArgumentException("trigger '" + text +
			"' names no key, button or scroll; expected " + ACCEPTED);
		final int key = keys.remove(keys.size() - 1);
		return new Trigger(Kind.KEY, modifiers, key, new TreeSet<>(keys));
	}

	/**
	 * Reads a comma-separated list such as {@code "button2, button3"};
	 * {@code "not mapped"} and empty text give an empty list.
	 */
	public static List<Trigger> parseList(final String text) {
		final List<Trigger> triggers = new ArrayList<>();
		for (final String part : text.split(",")) {
			if (part.trim().isEmpty()) continue;
			final Trigger t = parse(part);
			if (t.kind != Kind.NOT_MAPPED && !triggers.contains(t)) triggers.add(t);
		}
		return triggers;
	}

	/** Our modifier bits from an event's {@code getModifiersEx()}. */
	static int modifiersOf(final int modifiersEx) {
		int m = 0;
		if ((modifiersEx & InputEvent.SHIFT_DOWN_MASK) != 0) m |= SHIFT;
		if ((modifiersEx & InputEvent.CTRL_DOWN_MASK) != 0) m |= CTRL;
		if ((modifiersEx & InputEvent.ALT_DOWN_MASK) != 0) m |= ALT;
		if ((modifiersEx & InputEvent.META_DOWN_MASK) != 0) m |= META;
		return m;
	}

	Kind kind() {
		return kind;
	}

	/** The key code of a key trigger, the button number of a button trigger. */
	int code() {
		return code;
	}

	/**
	 * Whether this trigger fires for input of {@code kind} and {@code code} with
	 * exactly {@code modifiers} held and at least its held keys down.
	 */
	boolean matches(final Kind inputKind, final int inputCode,
		final int inputModifiers, final Set<Integer> pressedKeys)
	{
		return kind == inputKind && (kind == Kind.SCROLL || code == inputCode) &&
			modifiers == inputModifiers && pressedKeys.containsAll(heldKeys);
	}

	/** How many keys must be held: the more, the more specific. */
	int specificity() {
		return heldKeys.size();
	}

	@Override
	public String toString() {
		if (kind == Kind.NOT_MAPPED) return "not mapped";
		final StringBuilder s = new StringBuilder();
		for (int i = 0; i < MODIFIER_NAMES.length; i++)
			if ((modifiers & 1 << i) != 0) s.append(MODIFIER_NAMES[i]).append(' ');
		for (final int key : heldKeys)
			s.append(KeyNames.name(key)).append(' ');
		if (kind == Kind.KEY) s.append(KeyNames.name(code));
		else if (kind == Kind.BUTTON) s.append("button").append(code);
		else s.append("scroll");
		return s.toString();
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Trigger)) return false;
		final Trigger t = (Trigger) o;
		return t.kind == kind && t.modifiers == modifiers && t.code == code &&
			t.heldKeys.equals(heldKeys);
	}

	@Override
	public int hashCode() {
		return ((kind.hashCode() * 31 + modifiers) * 31 + code) * 31 + heldKeys
			.hashCode();
	}

	private static int modifier(final String token) {
		switch (token) {
			case "shift":
				return SHIFT;
			case "ctrl":
			case "control":
				return CTRL;
			case "alt":
				return ALT;
			case "meta":
				return META;
			default:
				return 0;
		}
	}

	private static int key(final String text, final String token) {
		final int code = KeyNames.code(token);
		if (code < 0) throw bad(text, token, "not a key name");
		if (KeyNames.isModifier(code)) throw bad(text, token,
			"a modifier key is written as a modifier: " + token.toLowerCase(
				Locale.ROOT).replace("control", "ctrl"));
		return code;
	}

	private static IllegalArgumentException bad(final String text,
		final String token, final String why)
	{
		return new IllegalArgumentException("bad token '" + token +
			"' in trigger '" + text + "' (" + why + "); expected " + ACCEPTED);
	}

	private static String unquote(final String s) {
		if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s
			.startsWith("\"") && s.endsWith("\""))) return s.substring(1, s.length() -
				1);
		return s;
	}
}
