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

package org.zapfiji.viewer.ui;

import java.io.IOException;
import java.nio.file.Paths;

import javax.swing.JOptionPane;

import org.zapfiji.viewer.ui.input.UserKeymap;

import ij.Prefs;

/**
 * Help › Keymap file…: says where the keymap file is, first writing every
 * default binding into it if there is none yet, so remapping a key means
 * editing one line. Changes apply to viewer windows opened afterwards.
 */
final class KeymapFileDialog {

	private KeymapFileDialog() {}

	static void show(final ViewerFrame frame) {
		final UserKeymap user = UserKeymap.in(Paths.get(Prefs.getPrefsDir()));
		String message;
		try {
			message = (user.writeDefaultsIfMissing() ? "Wrote the default keys to\n"
				: "Your keymap file is\n") + user.file() +
				"\n\nEdit it (BigDataViewer's keymap format) and open a new viewer " +
				"window to use it.";
		}
		catch (final IOException e) {
			message = "Could not write " + user.file() + ":\n" + e.getMessage();
		}
		JOptionPane.showMessageDialog(frame, message, "ZAP viewer keymap",
			JOptionPane.INFORMATION_MESSAGE);
	}
}
