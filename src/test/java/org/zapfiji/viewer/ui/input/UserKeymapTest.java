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

class UserKeymapTest {

	@TempDir
	Path folder;

	@Test
	void withoutAFileTheDefaultsApply() throws IOException {
		assertEquals(Keymap.defaults(), UserKeymap.in(folder).load());
	}

	@Test
	void theWrittenStartingPointReadsBackAndIsNotOverwritten()
		throws IOException
	{
		final UserKeymap user = UserKeymap.in(folder);
		assertTrue(user.writeDefaultsIfMissing());
		assertEquals(Keymap.defaults(), user.load());
		Files.writeString(user.file(),
			"---\n- !mapping\n  action: help\n  contexts: [bdv]\n  triggers: [F2]\n");
		assertFalse(user.writeDefaultsIfMissing(), "an edited file is kept");
		final Keymap edited = user.load();
		assertEquals(List.of(Trigger.parse("F2")), edited.triggers("help"));
		assertEquals(Keymap.defaults().triggers("zoom in"), edited.triggers(
			"zoom in"), "unmentioned actions keep their keys");
	}

	@Test
	void aBrokenFileIsReportedNotIgnored() throws IOException {
		final UserKeymap user = UserKeymap.in(folder);
		Files.writeString(user.file(), "---\n- !mapping\n  keys: [F1]\n");
		final IOException e = assertThrows(IOException.class, user::load);
		assertTrue(e.getMessage().contains(user.file().toString()), e.getMessage());
	}
}
