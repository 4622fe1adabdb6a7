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

package org.zapfiji.plugin.annotation;

import ij.Prefs;
import ij.gui.GenericDialog;

/**
 * Who is annotating: asked once, then remembered in ImageJ's preferences, so
 * every edit of every later session is attributed without asking again.
 */
final class AnnotatorNames {

	/** The preference key. */
	static final String KEY = "zap.annotator";

	private AnnotatorNames() {}

	/** The name given last time, or empty. */
	static String remembered() {
		return Prefs.get(KEY, "").trim();
	}

	/** Kept in memory now, written to IJ_Prefs.txt when ImageJ quits. */
	static void remember(final String name) {
		Prefs.set(KEY, name);
	}

	/** Asks in a dialog; null when the user cancels. */
	static String ask() {
		final GenericDialog dialog = new GenericDialog("ZAP Annotate");
		dialog.addMessage("Who is annotating? Every edit of the project records " +
			"this name,\nand undo takes back only your own edits.");
		dialog.addStringField("annotator", remembered(), 20);
		dialog.showDialog();
		if (dialog.wasCanceled()) return null;
		return dialog.getNextString().trim();
	}
}
