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

package org.zapfiji.viewer.review;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.Locale;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.viewer.annotation.RegionEditor;

/**
 * Edits a region after it was drawn: its name, whether it is complete, and its
 * corners in µm (a drawn region reaches a few planes; type the z range the
 * annotator really covered). OK writes one edit, Delete deletes the region;
 * both go through the marking tool's edit thread, so ctrl Z undoes them.
 */
final class RegionDialog {

	static final String TITLE = "Region";

	private static final String[] AXES = { "x", "y", "z" };

	private RegionDialog() {}

	static void show(final Component parent, final Region region,
		final ReviewTool review)
	{
		final JTextField name = new JTextField(region.name(), 16);
		final JComboBox<RegionStatus> status = new JComboBox<>(RegionStatus
			.values());
		status.setSelectedItem(region.status());
		final JTextField[] min = new JTextField[3], max = new JTextField[3];
		final JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
		form.add(new JLabel("Name"));
		form.add(name);
		form.add(new JLabel("Status"));
		form.add(status);
		for (int d = 0; d < 3; d++) {
			min[d] = new JTextField(number(region.min()[d]), 8);
			max[d] = new JTextField(number(region.max()[d]), 8);
			form.add(new JLabel(AXES[d] + " from (µm)"));
			form.add(min[d]);
			form.add(new JLabel(AXES[d] + " to (µm)"));
			form.add(max[d]);
		}
		final Object[] options = { "OK", "Delete region", "Cancel" };
		final int choice = JOptionPane.showOptionDialog(parent, form, TITLE + " " +
			region.id() + " by " + region.annotator(), JOptionPane.DEFAULT_OPTION,
			JOptionPane.PLAIN_MESSAGE, null, options, options[0]);
		final long id = region.id();
		if (choice == 1) {
			review.tool().submit(() -> review.editor().regions().delete(id));
			return;
		}
		if (choice != 0) return;
		final double[] lower = new double[3], upper = new double[3];
		try {
			for (int d = 0; d < 3; d++) {
				lower[d] = parse(min[d], AXES[d] + " from");
				upper[d] = parse(max[d], AXES[d] + " to");
			}
			RegionEditor.box(lower, upper);
		}
		catch (final IllegalArgumentException e) {
			JOptionPane.showMessageDialog(parent, e.getMessage(), TITLE,
				JOptionPane.ERROR_MESSAGE);
			return;
		}
		final String newName = name.getText();
		final RegionStatus newStatus = (RegionStatus) status.getSelectedItem();
		review.tool().submit(() -> review.editor().regions().update(id, lower,
			upper, newName, newStatus));
	}

	private static double parse(final JTextField field, final String what) {
		final String text = field.getText().trim();
		try {
			final double v = Double.parseDouble(text);
			if (Double.isFinite(v)) return v;
		}
		catch (final NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException("Region: '" + what +
			"' must be a number of µm, was '" + text + "'");
	}

	private static String number(final double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}
}
