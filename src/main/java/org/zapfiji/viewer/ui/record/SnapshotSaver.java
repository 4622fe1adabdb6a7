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

package org.zapfiji.viewer.ui.record;

import java.io.File;
import java.nio.file.Path;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * "Save snapshot…": the panel's current view, complete and with overlays, as
 * PNG or TIFF. The file is chosen on the event thread; rendering (which may
 * wait for the disk) and writing happen on a thread of their own.
 */
public final class SnapshotSaver {

	private SnapshotSaver() {}

	/** Asks for a file and saves; on the event thread. */
	public static void ask(final ViewerPanel panel) {
		final JFileChooser chooser = new JFileChooser();
		chooser.setFileFilter(new FileNameExtensionFilter("PNG or TIFF image",
			"png", "tif", "tiff"));
		chooser.setSelectedFile(new File("snapshot.png"));
		if (chooser.showSaveDialog(panel) != JFileChooser.APPROVE_OPTION) return;
		Path file = chooser.getSelectedFile().toPath();
		final String name = file.getFileName().toString().toLowerCase();
		if (!name.endsWith(".png") && !ImageFiles.isTiff(file)) file = file
			.resolveSibling(file.getFileName() + ".png");
		save(panel, file);
	}

	/** Saves the view to {@code file} in the background; errors in a dialog. */
	public static Thread save(final ViewerPanel panel, final Path file) {
		final Thread worker = new Thread(() -> {
			try {
				ImageFiles.write(panel.snapshot(true), file);
			}
			catch (final Exception e) {
				SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(panel,
					"Could not save " + file + ":\n" + e.getMessage(), "Save snapshot",
					JOptionPane.ERROR_MESSAGE));
			}
		}, "zap-save-snapshot");
		worker.setDaemon(true);
		worker.start();
		return worker;
	}
}
