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

package org.zapfiji.viewer.activity;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.SwingUtilities;

import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.ForecastErrors;
import org.zapfiji.activity.ForecastScrub;
import org.zapfiji.viewer.render.Probe;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.SplitView;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * A viewer window made into a forecast inspector: the activity painted through
 * the segmentation in the mode chosen ({@link ForecastKeys}), the forecast
 * scrubbed by steps ahead or one window ({@link ForecastScrub}), an error map,
 * centroid dots for an overview, a split view with the recorded (or chosen)
 * mode on the left and the prediction on the right, and a neuron chosen by a
 * click or from a table, which the trace plot follows as time moves.
 * <p>
 * The window's sources are the raw volume (if any), three channel sources
 * painting the chosen mode, then three painting the prediction; the latter are
 * hidden in the main panel and shown in the split view's second panel.
 * Everything here runs on the event thread.
 */
public final class ForecastInspector {

	/** Told which neuron is chosen, and again whenever the frame changes. */
	public interface NeuronListener {

		/**
		 * @param label the segmentation label chosen, or 0 for none
		 * @param frame the frame shown
		 */
		void neuronShown(int label, int frame);
	}

	private final ViewerFrame frame;

	private final ActivityModes modes;

	private final ForecastScrub scrub;

	private final ViewerSource labels;

	private final int firstPainted;

	private final int firstPredicted;

	private final ActivityDotsOverlay dots;

	private final List<NeuronListener> neuronListeners =
		new CopyOnWriteArrayList<>();

	private final List<Runnable> errorListeners = new CopyOnWriteArrayList<>();

	private volatile ForecastErrors neuronErrors;

	private volatile int chosen;

	private volatile double[][] centroids;

	/**
	 * @param scrub null for predicted traces (frames × neurons), which have
	 *          nothing to scrub
	 * @param labels the segmentation, read for the label under a click
	 * @param firstPainted index of the red of the three sources painting the
	 *          chosen mode
	 * @param firstPredicted index of the red of the three painting the
	 *          prediction, or -1 without predictions
	 */
	public ForecastInspector(final ViewerFrame frame, final ActivityModes modes,
		final ForecastScrub scrub, final ViewerSource labels,
		final int firstPainted, final int firstPredicted)
	{
		this.frame = frame;
		this.modes = modes;
		this.scrub = scrub;
		this.labels = labels;
		this.firstPainted = firstPainted;
		this.firstPredicted = firstPredicted;
		this.dots = new ActivityDotsOverlay(modes::colors, 2);
	}

	/** Sets the window up: displays, keys, overlays, listeners. */
	public void install() {
		final ViewerPanel panel = frame.panel();
		final ViewerState state = panel.state();
		for (int c = 0; c < 3; c++) {
			state.setDisplay(firstPainted + c, display(c, true));
			if (firstPredicted >= 0) state.setDisplay(firstPredicted + c, display(c,
				false));
		}
		ForecastKeys.install(panel.bindings(), modes);
		InspectorKeys.install(panel.bindings(), this);
		panel.addOverlay(new ActivityModeOverlay(this::describe));
		panel.addOverlay(dots);
		modes.addListener(this::repaint);
		if (scrub != null) scrub.addListener(modes::changed);
		state.addListener(change -> {
			if (change == ViewerStateChange.TIME) tellNeuronListeners();
		});
		frame.splitView().addSplitListener(this::splitChanged);
		repaint();
	}

	/** The text in the top left corner: mode, and the forecast shown. */
	public String describe() {
		final String mode = modes.describe();
		if (scrub == null || !modes.hasPredictions() || !modes.isErrorMapShown() &&
			modes.mode() == ActivityColors.Mode.RECORDED) return mode;
		if (modes.isErrorMapShown()) return mode;
		return mode + "\n" + scrub.describe(frame.panel().state().time());
	}

	public ViewerFrame frame() {
		return frame;
	}

	public ActivityModes modes() {
		return modes;
	}

	/** Null for predicted traces. */
	public ForecastScrub scrub() {
		return scrub;
	}

	public ActivityDotsOverlay dots() {
		return dots;
	}

	/** The label chosen, or 0. */
	public int chosenNeuron() {
		return chosen;
	}

	public void addNeuronListener(final NeuronListener listener) {
		neuronListeners.add(listener);
	}

	/**
	 * Each label's centroid in global units (µm), for the dots and for going to a
	 * neuron; may be given after the window opened.
	 */
	public void setCentroids(final double[][] byLabel) {
		centroids = byLabel;
		dots.setCentroids(byLabel);
		if (dots.isShown()) repaint();
	}

	/**
	 * Each neuron's error over all windows and steps, for the error map (alt 5)
	 * and the ranking; computed after the window opened.
	 */
	public void setNeuronErrors(final ForecastErrors errors) {
		neuronErrors = errors;
		modes.setErrorMap(errors.maePerNeuron(), String.format(Locale.ROOT,
			"MAE per neuron over %,d windows", errors.windows()));
		for (final Runnable r : errorListeners)
			r.run();
	}

	/** The errors given by {@link #setNeuronErrors}, or null. */
	public ForecastErrors neuronErrors() {
		return neuronErrors;
	}

	/** Called on the event thread once the errors are known. */
	public void addErrorListener(final Runnable listener) {
		errorListeners.add(listener);
	}

	public void toggleErrorMap() {
		if (!modes.hasErrorMap()) {
			frame.statusLine().showMessage(
				"The error map is still being computed (or there are no forecasts).");
			return;
		}
		modes.showErrorMap(!modes.isErrorMapShown());
	}

	/** Fixes the window shown now, or goes back to steps ahead. */
	public void toggleFixedWindow() {
		if (scrub == null) {
			frame.statusLine().showMessage(
				"Predicted traces have no forecast windows to fix.");
			return;
		}
		if (scrub.isFixedWindow()) scrub.release();
		else scrub.fixWindowAt(frame.panel().state().time());
		tellNeuronListeners();
	}

	/** Next or previous window when fixed, else one step more or less ahead. */
	public void moveForecast(final int delta) {
		if (scrub == null) return;
		if (!scrub.move(delta)) frame.statusLine().showMessage(scrub.isFixedWindow()
			? "No more windows in this condition." : "Steps ahead " +
				"go from 1 to " + scrub.maxSteps() + ".");
		tellNeuronListeners();
	}

	/** Centroid dots instead of the painting, or back. */
	public void toggleDots() {
		if (!dots.hasCentroids()) {
			frame.statusLine().showMessage(
				"Neuron centroids are still being computed.");
			return;
		}
		final boolean show = !dots.isShown();
		dots.setShown(show);
		final ViewerState state = frame.panel().state();
		for (int c = 0; c < 3; c++)
			state.setDisplay(firstPainted + c, display(c, !show));
		repaint();
	}

	/** Chooses the neuron under panel pixel (x, y), if its block is loaded. */
	public void chooseNeuronAt(final int x, final int y) {
		final ViewerState state = frame.panel().state();
		final Probe probe = Probe.at(labels, state.time(), ViewTransforms.globalAt(
			state.transform(), x, y));
		if (!probe.inside() || !probe.loaded()) return;
		final int label = (int) probe.value();
		if (label <= 0) return;
		choose(label);
	}

	/** Chooses {@code label} and tells the listeners (the plot). */
	public void choose(final int label) {
		chosen = label;
		tellNeuronListeners();
	}

	/**
	 * Chooses {@code label} and centres the view on its centroid, keeping the
	 * angle and zoom.
	 *
	 * @return false if its centroid is not known (yet)
	 */
	public boolean goToNeuron(final int label) {
		final double[][] c = centroids;
		if (c == null || label <= 0 || label >= c.length || c[label] == null)
			return false;
		final ViewerPanel panel = frame.panel();
		panel.state().setTransform(ViewTransforms.centeredAt(panel.state()
			.transform(), c[label], panel.getWidth() / 2.0, panel.getHeight() / 2.0));
		choose(label);
		return true;
	}

	/** On the event thread, whichever thread changed the time. */
	private void tellNeuronListeners() {
		if (!SwingUtilities.isEventDispatchThread()) {
			SwingUtilities.invokeLater(this::tellNeuronListeners);
			return;
		}
		final int label = chosen;
		final int t = frame.panel().state().time();
		for (final NeuronListener l : neuronListeners)
			l.neuronShown(label, t);
	}

	/** The split view's second panel shows the prediction, over the raw. */
	private void splitChanged() {
		final SplitView split = frame.splitView();
		if (!split.isSplit() || firstPredicted < 0) return;
		final ViewerPanel second = split.second();
		final ViewerState state = second.state();
		for (int i = 0; i < state.snapshot().sources().size(); i++) {
			final boolean raw = i < Math.min(firstPainted, firstPredicted);
			final boolean predicted = i >= firstPredicted && i < firstPredicted + 3;
			final SourceDisplay d = state.snapshot().display(i);
			state.setDisplay(i, d.withVisible(raw ? frame.panel().state().snapshot()
				.display(i).visible() : predicted));
		}
		state.setCurrentSource(firstPredicted);
		second.addOverlay(new ActivityModeOverlay(() -> modes.describe(
			ActivityColors.Mode.PREDICTED) + (scrub == null ? "" : "\n" + scrub
				.describe(state.time()))));
		second.renderLoop().requestRepaint();
		second.repaint();
	}

	private void repaint() {
		final ViewerPanel panel = frame.panel();
		panel.renderLoop().requestRepaint();
		panel.repaint();
		final ViewerPanel second = frame.splitView().second();
		if (second != null) {
			second.renderLoop().requestRepaint();
			second.repaint();
		}
	}

	private static SourceDisplay display(final int channel, final boolean shown) {
		return new SourceDisplay(ActivitySource.DISPLAY_COLORS[channel], 0, 255,
			shown);
	}
}
