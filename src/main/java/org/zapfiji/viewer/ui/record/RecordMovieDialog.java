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

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

import org.zapfiji.task.CanceledException;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.ui.ViewerPanel;
import org.zapfiji.viewer.ui.input.ClickBehaviour;

/**
 * "Record movie" (F10, as in BigDataViewer): asks for the time range, format,
 * frame rate and output, then records the panel's current view at the panel's
 * size, with its overlays, on a background thread with a cancellable progress
 * window.
 */
public final class RecordMovieDialog {

	/** The action's name in keymaps and help, as BigDataViewer names it. */
	public static final String ACTION = "record movie";

	public static final String TRIGGER = "F10";

	private final ViewerPanel panel;

	private RecordMovieDialog(final ViewerPanel panel) {
		this.panel = panel;
	}

	/** Registers the action on {@code panel}'s bindings. */
	public static void install(final ViewerPanel panel) {
		panel.bindings().add(ACTION,
			"Record the view over a time range as a PNG sequence or AVI", TRIGGER,
			(ClickBehaviour) (x, y) -> show(panel));
	}

	/** Asks for the settings and starts recording; on the event thread. */
	public static void show(final ViewerPanel panel) {
		new RecordMovieDialog(panel).ask();
	}

	private void ask() {
		final ViewerSnapshot view = panel.state().snapshot();
		final int last = view.numTimepoints() - 1;
		final JSpinner from = new JSpinner(new SpinnerNumberModel(0, 0, last, 1));
		final JSpinner to = new JSpinner(new SpinnerNumberModel(last, 0, last, 1));
		final JSpinner fps = new JSpinner(new SpinnerNumberModel(10.0, 0.5, 100.0,
			1.0));
		final JComboBox<MovieFormat> format = new JComboBox<>(MovieFormat.values());
		final JTextField file = new JTextField(System.getProperty("user.home") +
			"/movie", 28);
		final JButton browse = new JButton("Browse…");
		browse.addActionListener(e -> choose(file, (MovieFormat) format
			.getSelectedItem()));
		final JPanel fields = new JPanel(new GridLayout(0, 2, 6, 4));
		fields.add(new JLabel("First time point"));
		fields.add(from);
		fields.add(new JLabel("Last time point"));
		fields.add(to);
		fields.add(new JLabel("Format"));
		fields.add(format);
		fields.add(new JLabel("Frames per second (AVI)"));
		fields.add(fps);
		final JPanel output = new JPanel(new BorderLayout(4, 0));
		output.add(file, BorderLayout.CENTER);
		output.add(browse, BorderLayout.EAST);
		final JPanel all = new JPanel(new BorderLayout(0, 6));
		all.add(fields, BorderLayout.CENTER);
		all.add(output, BorderLayout.SOUTH);
		if (JOptionPane.showConfirmDialog(panel, all, "Record movie",
			JOptionPane.OK_CANCEL_OPTION,
			JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) return;
		final MovieFormat chosen = (MovieFormat) format.getSelectedItem();
		Path target = Paths.get(file.getText().trim());
		if (!chosen.isFolder() && !target.toString().toLowerCase().endsWith(".avi"))
			target = Paths.get(target + ".avi");
		record(view, (Integer) from.getValue(), (Integer) to.getValue(), chosen,
			(Double) fps.getValue(), target);
	}

	private void choose(final JTextField file, final MovieFormat format) {
		final JFileChooser chooser = new JFileChooser();
		chooser.setSelectedFile(Paths.get(file.getText()).toFile());
		if (format.isFolder()) chooser.setFileSelectionMode(
			JFileChooser.DIRECTORIES_ONLY);
		if (chooser.showSaveDialog(panel) == JFileChooser.APPROVE_OPTION) file
			.setText(chooser.getSelectedFile().getPath());
	}

	private void record(final ViewerSnapshot view, final int t0, final int t1,
		final MovieFormat format, final double fps, final Path target)
	{
		final int width = panel.getWidth(), height = panel.getHeight();
		final MovieRecorder recorder = new MovieRecorder(panel.renderer(), panel
			.overlays());
		final SwingProgress progress = new SwingProgress(panel, "Recording " +
			target.getFileName());
		final Thread worker = new Thread(() -> {
			String problem = null;
			try {
				recorder.record(view, width, height, t0, t1, format, fps, target,
					progress);
			}
			catch (final CanceledException e) {
				problem = null;
			}
			catch (final Exception e) {
				problem = "Could not record " + target + ":\n" + e.getMessage();
			}
			finally {
				progress.close();
			}
			if (problem != null) {
				final String message = problem;
				SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(panel,
					message, "Record movie", JOptionPane.ERROR_MESSAGE));
			}
		}, "zap-record-movie");
		worker.setDaemon(true);
		worker.start();
	}
}
