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

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;

import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.viewer.ui.ViewerFrame;

/**
 * Review in the viewer window: the Review menu (the side panel, the queue's
 * order, the review keys, the round, the table of marks) and the Regions menu,
 * and the side panel itself. Items name the keys the panel has for them now, so
 * a remapped key shows; they do not bind keys themselves.
 */
public final class ReviewMenus {

	private final ViewerFrame frame;

	private final ReviewTool review;

	private final ReviewPanel side;

	private final String tableTitle;

	private MarkTableWindow table;

	private ReviewMenus(final ViewerFrame frame, final ReviewTool review,
		final String tableTitle)
	{
		this.frame = frame;
		this.review = review;
		this.side = new ReviewPanel(review);
		this.tableTitle = tableTitle;
	}

	/**
	 * Adds the Review and Regions menus to {@code frame}; Enter in the viewer
	 * then opens the side panel's comment field. On the event thread.
	 *
	 * @param tableTitle title of the table of marks' window
	 */
	public static ReviewMenus install(final ViewerFrame frame,
		final ReviewTool review, final String tableTitle)
	{
		final ReviewMenus menus = new ReviewMenus(frame, review, tableTitle);
		review.setCommentAsker(() -> {
			menus.showPanel(true);
			menus.side.editComment();
		});
		frame.addMenu(menus.reviewMenu());
		frame.addMenu(menus.regionsMenu());
		frame.addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(final WindowEvent e) {
				if (menus.table != null) menus.table.dispose();
			}
		});
		return menus;
	}

	/** Shows or hides the review side panel. */
	public void showPanel(final boolean show) {
		if (show) side.loadAnnotators();
		frame.setSidePanel(show ? side : null);
	}

	public boolean panelShown() {
		return frame.sidePanel() == side;
	}

	/** Opens the table of marks, or brings it to the front. */
	public MarkTableWindow showTable() {
		if (table == null || !table.isDisplayable()) {
			table = new MarkTableWindow(review, tableTitle);
			table.setLocation(frame.getX() + frame.getWidth() - 200, frame.getY() +
				40);
		}
		table.setVisible(true);
		table.toFront();
		return table;
	}

	private JMenu reviewMenu() {
		final JMenu menu = new JMenu("Review");
		final JCheckBoxMenuItem panel = new JCheckBoxMenuItem("Review panel");
		panel.addActionListener(e -> showPanel(panel.isSelected()));
		menu.add(panel);
		final JMenu orders = new JMenu("Queue order");
		final ButtonGroup group = new ButtonGroup();
		final JRadioButtonMenuItem[] items = new JRadioButtonMenuItem[ReviewOrder
			.values().length];
		for (final ReviewOrder o : ReviewOrder.values()) {
			final JRadioButtonMenuItem item = new JRadioButtonMenuItem(capital(o
				.label()) + (o == ReviewOrder.DISAGREEMENT ? "…" : ""));
			item.addActionListener(e -> {
				if (o == ReviewOrder.DISAGREEMENT) showPanel(true);
				review.setOrder(o, review.firstAnnotator(), review.secondAnnotator(),
					review.distance());
			});
			group.add(item);
			orders.add(item);
			items[o.ordinal()] = item;
		}
		menu.add(orders);
		menu.add(item("Refresh queue", "", review::rebuild));
		menu.addSeparator();
		menu.add(item("Next mark", ReviewKeys.NEXT, review::next));
		menu.add(item("Previous mark", ReviewKeys.PREVIOUS, review::previous));
		menu.add(item("Accept", ReviewKeys.ACCEPT, () -> review.verdict(
			MarkStatus.ACCEPTED)));
		menu.add(item("Reject", ReviewKeys.REJECT, () -> review.verdict(
			MarkStatus.REJECTED)));
		menu.add(item("Uncertain", ReviewKeys.UNCERTAIN, () -> review.verdict(
			MarkStatus.UNCERTAIN)));
		menu.add(item("Comment…", ReviewKeys.COMMENT, review::askComment));
		menu.addSeparator();
		final JMenuItem round = item("Start a new round", "",
			review::startNewRound);
		menu.add(round);
		menu.add(item("Table of marks…", "", () -> showTable()));
		menu.addMenuListener(new Opened(() -> {
			panel.setSelected(panelShown());
			items[review.order().ordinal()].setSelected(true);
			round.setText("Start round " + (review.round() + 1) + " (now " + review
				.round() + ")");
		}));
		return menu;
	}

	private JMenu regionsMenu() {
		final JMenu menu = new JMenu("Regions");
		menu.add(item("Draw a region: hold R and drag", ReviewKeys.DRAW_REGION,
			() -> review.tell("hold R and drag on the plane; the region reaches " +
				RegionDrawing.PLANES_EACH_SIDE + " planes to each side")));
		menu.add(item("Complete / in progress", ReviewKeys.TOGGLE_REGION,
			() -> review.toggleRegionAt(-1, -1)));
		menu.add(item("Edit region…", ReviewKeys.EDIT_REGION, () -> review
			.editRegionAt(-1, -1)));
		menu.add(item("Delete region", "", () -> {
			final Optional<Region> r = review.regionAt(-1, -1);
			if (!r.isPresent()) review.tell("no region chosen: draw one, or " +
				ReviewKeys.keysOf(review.panel().bindings(), ReviewKeys.EDIT_REGION) +
				" over one");
			else {
				final long id = r.get().id();
				review.tool().submit(() -> review.editor().regions().delete(id));
			}
		}));
		return menu;
	}

	/** A menu item that shows the keys of {@code action}, if it has one. */
	private JMenuItem item(final String label, final String action,
		final Runnable run)
	{
		final String keys = action.isEmpty() ? "" : ReviewKeys.keysOf(review.panel()
			.bindings(), action);
		final JMenuItem item = new JMenuItem(keys.isEmpty() ? label : label +
			"   " + keys);
		item.addActionListener(e -> run.run());
		return item;
	}

	private static String capital(final String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** Runs {@code opened} each time the menu opens. */
	private static final class Opened implements MenuListener {

		private final Runnable opened;

		Opened(final Runnable opened) {
			this.opened = opened;
		}

		@Override
		public void menuSelected(final MenuEvent e) {
			opened.run();
		}

		@Override
		public void menuDeselected(final MenuEvent e) {}

		@Override
		public void menuCanceled(final MenuEvent e) {}
	}
}
