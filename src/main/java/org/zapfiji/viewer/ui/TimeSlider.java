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

import java.awt.BorderLayout;
import java.awt.Dimension;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.overlay.SourceNameOverlay;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;
import org.zapfiji.viewer.state.ViewerStateListener;

/**
 * A slider bound both ways to the viewer state's time, with a "t = i / n"
 * label; hidden while the sources have one time point. Keys that change time
 * move the slider, and the slider changes time.
 */
public final class TimeSlider extends JPanel {

	private static final long serialVersionUID = 1L;

	private final transient ViewerState state;

	private final JSlider slider = new JSlider(0, 0, 0);

	private final JLabel label = new JLabel();

	/** True while the slider follows the state, so it does not echo back. */
	private boolean following;

	private final transient ViewerStateListener listener = change -> {
		if (change == ViewerStateChange.TIME || change == ViewerStateChange.SOURCES)
			SwingUtilities.invokeLater(this::follow);
	};

	public TimeSlider(final ViewerState state) {
		super(new BorderLayout(6, 0));
		this.state = state;
		setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
		slider.setFocusable(false);
		label.setPreferredSize(new Dimension(110, label.getPreferredSize().height));
		add(slider, BorderLayout.CENTER);
		add(label, BorderLayout.EAST);
		slider.addChangeListener(e -> {
			if (following) return;
			state.setTime(slider.getValue());
			label.setText(SourceNameOverlay.timeLabel(slider.getValue(), slider
				.getMaximum() + 1));
		});
		state.addListener(listener);
		follow();
	}

	public JSlider slider() {
		return slider;
	}

	/** Stops listening to the state. */
	public void close() {
		state.removeListener(listener);
	}

	private void follow() {
		final int n = state.snapshot().numTimepoints();
		following = true;
		try {
			slider.setMaximum(n - 1);
			slider.setValue(state.time());
		}
		finally {
			following = false;
		}
		label.setText(SourceNameOverlay.timeLabel(state.time(), n));
		setVisible(n > 1);
	}
}
