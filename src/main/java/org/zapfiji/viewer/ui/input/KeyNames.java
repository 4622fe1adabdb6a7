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

import java.awt.event.KeyEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * AWT key names as keymaps spell them: the {@code KeyEvent.VK_} constant
 * without its prefix ({@code B}, {@code COMMA}, {@code F1}, {@code 1}).
 * <p>
 * Read from {@link KeyEvent} itself so every key AWT knows can be mapped; the
 * tables are built once and never change.
 */
final class KeyNames {

	private static final Map<String, Integer> CODES;

	private static final Map<Integer, String> NAMES;

	/** Keys that are modifiers of a trigger, not keys of it. */
	private static final Set<Integer> MODIFIER_KEYS = Set.of(KeyEvent.VK_SHIFT,
		KeyEvent.VK_CONTROL, KeyEvent.VK_ALT, KeyEvent.VK_META,
		KeyEvent.VK_ALT_GRAPH);

	static {
		final Map<String, Integer> codes = new HashMap<>();
		final Map<Integer, String> names = new HashMap<>();
		for (final Field f : KeyEvent.class.getFields()) {
			final int m = f.getModifiers();
			if (!f.getName().startsWith("VK_") || !Modifier.isStatic(m) || f
				.getType() != int.class) continue;
			try {
				final int code = f.getInt(null);
				if (code == KeyEvent.VK_UNDEFINED) continue;
				final String name = f.getName().substring(3);
				codes.put(name, code);
				if (!f.isAnnotationPresent(Deprecated.class)) names.merge(code, name, (
					a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
			catch (final IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		CODES = Collections.unmodifiableMap(codes);
		NAMES = Collections.unmodifiableMap(names);
	}

	private KeyNames() {}

	/** The key code for {@code name} (any case), or -1 if AWT has no such key. */
	static int code(final String name) {
		final String upper = name.toUpperCase(java.util.Locale.ROOT);
		if (upper.matches("KEY_[0-9]{1,9}")) return Integer.parseInt(upper
			.substring(4));
		final Integer code = CODES.get(upper);
		return code == null ? -1 : code;
	}

	/** The name of {@code code}, or {@code "KEY_<code>"} for unnamed codes. */
	static String name(final int code) {
		final String name = NAMES.get(code);
		return name == null ? "KEY_" + code : name;
	}

	static boolean isModifier(final int code) {
		return MODIFIER_KEYS.contains(code);
	}
}
