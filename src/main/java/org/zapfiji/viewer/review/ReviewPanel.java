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
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * The review side panel: the order of the queue (and, for disagreement, the two
 * annotators and the distance), where the reviewer is in it, the current mark,
 * buttons for what the keys do, the comment field and the round.
 * <p>
 * The buttons never take the keyboard focus, so the keys keep working in the
 * viewer; the comment field takes it while typing, and Enter (save) or Escape
 * gives it back to the viewer.
 */
final class ReviewPanel extends JPanel {

	private static final long serialVersionUID = 1L;

	static final int WIDTH = 280;

	private final transient ReviewTool review;

	private final JComboBox<ReviewOrder> order = new JComboBox<>(ReviewOrder
		.values());

	private final JComboBox<String> first = new JComboBox<>();

	private final JComboBox<String> second = new JComboBox<>();

	private final JTextField distance = new JTextField(5);

	private final JPanel pairing = new JPanel(new GridLayout(0, 2, 4, 2));

	private final JLabel place = new JLabel(" ");

	private final JLabel note = new JLabel(" ");

	private final JLabel markLine = new JLabel(" ");

	private final JLabel markDetails = new JLabel(" ");

	private final JTextField comment = new JTextField(18);

	private final JCheckBox advance = new JCheckBox("Next mark after a verdict");

	private final JLabel roundLabel = new JLabel();

	private final JLabel message = new JLabel(" ");

	private boolean updating;

	ReviewPanel(final ReviewTool review) {
		this.review = review;
		setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
		setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
		add(title("Review queue"));
		order.setSelectedItem(review.order());
		order.addActionListener(e -> orderChosen());
		add(row(new JLabel("Order "), order));
		distance.setText(amount(review.distance()));
		pairing.add(new JLabel("first annotator"));
		pairing.add(first);
		pairing.add(new JLabel("second annotator"));
		pairing.add(second);
		pairing.add(new JLabel("pair within (µm)"));
		pairing.add(distance);
		first.addActionListener(e -> orderChosen());
		second.addActionListener(e -> orderChosen());
		distance.addActionListener(e -> orderChosen());
		add(left(pairing));
		add(row(button("Refresh queue", "build the queue again from the marks now",
			review::rebuild)));
		add(Box.createVerticalStrut(6));
		add(left(place));
		add(left(note));
		add(Box.createVerticalStrut(6));
		add(title("Mark"));
		add(left(markLine));
		add(left(markDetails));
		add(row(button("◀ Previous", ReviewKeys.keysOf(review.panel().bindings(),
			ReviewKeys.PREVIOUS), review::previous), button("Next ▶", ReviewKeys
				.keysOf(review.panel().bindings(), ReviewKeys.NEXT), review::next)));
		add(row(verdict("Accept", MarkStatus.ACCEPTED, ReviewKeys.ACCEPT), verdict(
			"Reject", MarkStatus.REJECTED, ReviewKeys.REJECT), verdict("Uncertain",
				MarkStatus.UNCERTAIN, ReviewKeys.UNCERTAIN)));
		advance.setFocusable(false);
		advance.setSelected(review.advancesAfterVerdict());
		advance.addActionListener(e -> review.setAdvanceAfterVerdict(advance
			.isSelected()));
		add(left(advance));
		add(Box.createVerticalStrut(6));
		add(title("Comment (Enter saves, Esc leaves)"));
		comment.setToolTipText("the selected mark's comment; " + ReviewKeys.keysOf(
			review.panel().bindings(), ReviewKeys.COMMENT) +
			" in the viewer comes here");
		comment.addActionListener(e -> {
			review.comment(comment.getText());
			review.panel().requestFocusInWindow();
		});
		comment.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
			"leave");
		comment.getActionMap().put("leave", new javax.swing.AbstractAction() {

			private static final long serialVersionUID = 1L;

			@Override
			public void actionPerformed(final java.awt.event.ActionEvent e) {
				showSelected();
				review.panel().requestFocusInWindow();
			}
		});
		comment.setMaximumSize(new Dimension(Integer.MAX_VALUE, comment
			.getPreferredSize().height));
		add(left(comment));
		add(Box.createVerticalStrut(6));
		add(row(roundLabel, button("New round",
			"verdicts from now on record the next round", review::startNewRound)));
		add(Box.createVerticalStrut(6));
		message.setFont(message.getFont().deriveFont(Font.ITALIC));
		add(left(message));
		add(Box.createVerticalGlue());
		setPreferredSize(new Dimension(WIDTH, 10));
		review.addListener(this::update);
		review.editor().addListener(() -> SwingUtilities.invokeLater(
			this::showSelected));
		update();
	}

	/** Puts the keyboard in the comment field, with the selected mark's text. */
	void editComment() {
		showSelected();
		if (review.editor().selectedId() == 0) {
			review.tell("select a mark to comment on");
			return;
		}
		comment.requestFocusInWindow();
		comment.selectAll();
	}

	JTextField commentField() {
		return comment;
	}

	/** Fills the annotator choices from the project's marks. */
	void loadAnnotators() {
		updating = true;
		try {
			final List<String> names = review.annotators();
			fill(first, names, review.firstAnnotator(), 0);
			fill(second, names, review.secondAnnotator(), 1);
		}
		finally {
			updating = false;
		}
	}

	private static void fill(final JComboBox<String> box,
		final List<String> names, final String chosen, final int fallback)
	{
		box.removeAllItems();
		for (final String n : names)
			box.addItem(n);
		if (names.contains(chosen)) box.setSelectedItem(chosen);
		else if (names.size() > fallback) box.setSelectedIndex(fallback);
	}

	private void orderChosen() {
		if (updating) return;
		final ReviewOrder chosen = (ReviewOrder) order.getSelectedItem();
		if (chosen == ReviewOrder.DISAGREEMENT && first.getItemCount() == 0)
			loadAnnotators();
		double d;
		try {
			d = Double.parseDouble(distance.getText().trim());
		}
		catch (final NumberFormatException e) {
			d = Double.NaN;
		}
		if (!(d > 0) || Double.isInfinite(d)) {
			review.tell("'pair within' must be a positive number of µm, was '" +
				distance.getText().trim() + "'");
			return;
		}
		review.setOrder(chosen, (String) first.getSelectedItem(), (String) second
			.getSelectedItem(), d);
	}

	/** Shows the queue, the round and the message as the tool has them. */
	private void update() {
		updating = true;
		try {
			order.setSelectedItem(review.order());
		}
		finally {
			updating = false;
		}
		pairing.setVisible(review.order() == ReviewOrder.DISAGREEMENT);
		final ReviewQueue q = review.queue();
		if (q == null) {
			place.setText("no queue yet: " + ReviewKeys.keysOf(review.panel()
				.bindings(), ReviewKeys.NEXT) + " starts it");
			note.setText(" ");
		}
		else {
			place.setText(q.position() < 0 ? q.size() + " marks, none visited yet"
				: "mark " + (q.position() + 1) + " of " + q.size());
			note.setText(q.current().map(ReviewQueue.Entry::note).filter(s -> !s
				.isEmpty()).orElse(" "));
		}
		advance.setSelected(review.advancesAfterVerdict());
		roundLabel.setText("Round " + review.round() + "   ");
		message.setText(review.message().isEmpty() ? " " : review.message());
		showSelected();
	}

	/** The selected mark's fields, and its comment unless one is being typed. */
	private void showSelected() {
		final Optional<Mark> m = review.editor().selected();
		if (!m.isPresent()) {
			markLine.setText("none selected");
			markDetails.setText(" ");
			if (!comment.hasFocus()) comment.setText("");
			comment.setEnabled(false);
			return;
		}
		final Mark mark = m.get();
		markLine.setText("<html><b>" + mark.status().id() + "</b> by " + escape(mark
			.annotator()) + ", round " + mark.round() + "</html>");
		markDetails.setText(String.format(Locale.ROOT, "%.1f, %.1f, %.1f µm%s", mark
			.x(), mark.y(), mark.z(), Double.isNaN(mark.score()) ? "" : String.format(
				Locale.ROOT, ", score %.3g", mark.score())));
		comment.setEnabled(true);
		if (!comment.hasFocus()) comment.setText(mark.comment());
	}

	private static String escape(final String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;");
	}

	private JButton verdict(final String label, final MarkStatus status,
		final String action)
	{
		return button(label, ReviewKeys.keysOf(review.panel().bindings(), action),
			() -> review.verdict(status));
	}

	private static JButton button(final String label, final String keys,
		final Runnable action)
	{
		final JButton b = new JButton(label);
		b.setFocusable(false);
		b.setMargin(new java.awt.Insets(2, 6, 2, 6));
		if (!keys.isEmpty()) b.setToolTipText(keys);
		b.addActionListener(e -> action.run());
		return b;
	}

	private static JLabel title(final String text) {
		final JLabel l = new JLabel(text);
		l.setFont(l.getFont().deriveFont(Font.BOLD));
		l.setAlignmentX(Component.LEFT_ALIGNMENT);
		return l;
	}

	private static JComponent row(final JComponent... parts) {
		final JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
		for (final JComponent c : parts)
			p.add(c);
		return left(p);
	}

	private static JComponent left(final JComponent c) {
		c.setAlignmentX(Component.LEFT_ALIGNMENT);
		if (c instanceof JPanel) c.setMaximumSize(new Dimension(Integer.MAX_VALUE, c
			.getPreferredSize().height));
		return c;
	}

	private static String amount(final double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}
}
