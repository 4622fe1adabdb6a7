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

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

import org.zapfiji.activity.ForecastErrors;
import org.zapfiji.activity.ForecastNeurons;
import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.NeuronForecast;
import org.zapfiji.activity.NeuronRanking;

/**
 * The inspection window's side panel: the trace plot of the neuron chosen
 * (recorded trace, context, each model's forecast and error per step), which
 * follows the time slider and the forecast scrub, above the table of neurons
 * ranked by error, whose rows take the view to the neuron.
 * <p>
 * A neuron's data is read on one background thread, newest request first: the
 * event thread never waits on a file, and scrubbing fast skips plots that would
 * be outdated before they are drawn.
 */
public final class InspectorSidePanel extends JPanel {

	private static final long serialVersionUID = 1L;

	private final transient TracePlot plot = new TracePlot();

	private final transient NeuronRankingTable table = new NeuronRankingTable();

	private final JLabel message = new JLabel(
		"Click a neuron to plot its traces.");

	private final transient ForecastNeurons neurons;

	private final transient LabelColumns columns;

	private final transient ExecutorService reader = Executors
		.newSingleThreadExecutor(r -> {
			final Thread t = new Thread(r, "ZAP trace plot");
			t.setDaemon(true);
			return t;
		});

	private final AtomicLong newest = new AtomicLong();

	/**
	 * @param neurons null for predicted traces, which have no windows to plot
	 */
	public InspectorSidePanel(final ForecastInspector inspector,
		final ForecastNeurons neurons, final LabelColumns columns)
	{
		super(new BorderLayout());
		this.neurons = neurons;
		this.columns = columns;
		final JPanel top = new JPanel(new BorderLayout());
		top.add(plot, BorderLayout.CENTER);
		message.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
		top.add(message, BorderLayout.SOUTH);
		plot.setPreferredSize(new Dimension(460, 360));
		final JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top,
			table);
		split.setResizeWeight(0.6);
		add(split, BorderLayout.CENTER);
		setPreferredSize(new Dimension(480, 640));
		table.addLabelListener(label -> {
			if (!inspector.goToNeuron(label)) message.setText("Neuron " + label +
				": its centroid is still being computed.");
		});
		inspector.addNeuronListener(this::show);
		inspector.addErrorListener(() -> rank(inspector.neuronErrors()));
		if (inspector.neuronErrors() != null) rank(inspector.neuronErrors());
	}

	public TracePlot plot() {
		return plot;
	}

	public NeuronRankingTable table() {
		return table;
	}

	/** What the line under the plot says. */
	public String message() {
		return message.getText();
	}

	/** Stops the reading thread. */
	public void close() {
		reader.shutdownNow();
	}

	private void rank(final ForecastErrors errors) {
		if (errors == null) return;
		table.setRanking(NeuronRanking.of(errors.maePerNeuron(), columns::label),
			String.format(Locale.ROOT, "MAE over %,d windows", errors.windows()));
	}

	/** On the event thread: plots {@code label} as the view shows {@code t}. */
	private void show(final int label, final int t) {
		if (label <= 0) return;
		plot.setCurrentFrame(t);
		table.showLabel(label);
		if (neurons == null) {
			message.setText("Neuron " + label +
				": predicted traces have no forecast windows to plot.");
			return;
		}
		final long request = newest.incrementAndGet();
		reader.execute(() -> {
			if (request != newest.get()) return;
			NeuronForecast.Result r = null;
			String problem = null;
			try {
				r = neurons.at(label, t);
				if (r == null) problem = "Neuron " + label + " has no trace column.";
			}
			catch (final IOException | RuntimeException e) {
				problem = "Neuron " + label + ": " + e.getMessage();
			}
			final NeuronForecast.Result result = r;
			final String text = problem;
			SwingUtilities.invokeLater(() -> {
				if (request != newest.get()) return;
				plot.setData(result);
				plot.setCurrentFrame(t);
				message.setText(text != null ? text : describe(result));
			});
		});
	}

	private static String describe(final NeuronForecast.Result r) {
		final StringBuilder s = new StringBuilder("Neuron " + r.label() +
			", window " + r.window() + ": mean error");
		for (final NeuronForecast.Prediction p : r.predictions())
			s.append(String.format(Locale.ROOT, " %s %.4f", p.name(), p.meanError()));
		return s.toString();
	}
}
