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

package org.zapfiji.viewer.ui.dialog;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import org.zapfiji.viewer.state.SourceDisplay;

/**
 * One source in the brightness dialog: its colour, and the values drawn black
 * (min) and in full colour (max), each as a slider and a spinner.
 * <p>
 * The sliders' span is fixed while the row is shown, so dragging the max slider
 * does not move the ground under it; it is recomputed when a value leaves it.
 */
final class SourceRangeRow extends JPanel {

	private static final long serialVersionUID = 1L;

	private static final int STEPS = 1000;

	private final DisplayEdits edits;

	private final int source;

	private final JButton color = new JButton();

	private final JSpinner minSpinner = spinner();

	private final JSpinner maxSpinner = spinner();

	private final JSlider minSlider = new JSlider(0, STEPS);

	private final JSlider maxSlider = new JSlider(0, STEPS);

	private double lo, hi;

	private boolean updating;

	SourceRangeRow(final DisplayEdits edits, final int source) {
		super(new GridBagLayout());
		this.edits = edits;
		this.source = source;
		setBorder(BorderFactory.createTitledBorder((source + 1) + ": " + edits
			.snapshot().sources().get(source).name()));
		color.setToolTipText("colour of this source");
		color.addActionListener(e -> chooseColor());
		minSpinner.addChangeListener(e -> {
			if (!updating) edits.setMin(source, value(minSpinner));
		});
		maxSpinner.addChangeListener(e -> {
			if (!updating) edits.setMax(source, value(maxSpinner));
		});
		minSlider.addChangeListener(e -> {
			if (!updating) edits.setMin(source, fromSlider(minSlider.getValue()));
		});
		maxSlider.addChangeListener(e -> {
			if (!updating) edits.setMax(source, fromSlider(maxSlider.getValue()));
		});
		add(new JLabel("colour"), at(0, 0));
		add(color, at(1, 0));
		add(new JLabel("min"), at(0, 1));
		add(minSlider, at(1, 1));
		add(minSpinner, at(2, 1));
		add(new JLabel("max"), at(0, 2));
		add(maxSlider, at(1, 2));
		add(maxSpinner, at(2, 2));
		refresh();
	}

	/** Shows the display as the state has it now. */
	void refresh() {
		final SourceDisplay d = edits.snapshot().display(source);
		if (hi <= lo || d.min() < lo || d.max() > hi) {
			final double[] span = edits.sliderRange(source);
			lo = span[0];
			hi = span[1];
		}
		updating = true;
		try {
			minSpinner.setValue(d.min());
			maxSpinner.setValue(d.max());
			minSlider.setValue(toSlider(d.min()));
			maxSlider.setValue(toSlider(d.max()));
			color.setIcon(swatch(new Color(d.color())));
		}
		finally {
			updating = false;
		}
	}

	JSpinner minSpinner() {
		return minSpinner;
	}

	JSpinner maxSpinner() {
		return maxSpinner;
	}

	private void chooseColor() {
		final Color now = new Color(edits.snapshot().display(source).color());
		final Color chosen = JColorChooser.showDialog(this, "Colour of source " +
			(source + 1), now);
		if (chosen != null) edits.setColor(source, chosen.getRGB() & 0xffffff);
	}

	private int toSlider(final double v) {
		return (int) Math.round((v - lo) / (hi - lo) * STEPS);
	}

	private double fromSlider(final int position) {
		return lo + (hi - lo) * position / STEPS;
	}

	private static double value(final JSpinner spinner) {
		return ((Number) spinner.getValue()).doubleValue();
	}

	private static JSpinner spinner() {
		final JSpinner s = new JSpinner(new SpinnerNumberModel(0.0, -1e12, 1e12,
			1.0));
		s.setEditor(new JSpinner.NumberEditor(s, "0.###"));
		((JSpinner.DefaultEditor) s.getEditor()).getTextField().setColumns(7);
		return s;
	}

	private static GridBagConstraints at(final int x, final int y) {
		final GridBagConstraints c = new GridBagConstraints();
		c.gridx = x;
		c.gridy = y;
		c.insets = new Insets(2, 4, 2, 4);
		c.anchor = GridBagConstraints.WEST;
		c.fill = x == 1 ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
		c.weightx = x == 1 ? 1 : 0;
		return c;
	}

	private static Icon swatch(final Color c) {
		return new Icon() {

			@Override
			public void paintIcon(final Component owner, final Graphics g,
				final int x, final int y)
			{
				g.setColor(c);
				g.fillRect(x, y, 40, 14);
				g.setColor(Color.DARK_GRAY);
				g.drawRect(x, y, 39, 13);
			}

			@Override
			public int getIconWidth() {
				return 40;
			}

			@Override
			public int getIconHeight() {
				return 14;
			}
		};
	}
}
