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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.zapfiji.activity.NeuronRanking;

/**
 * The ranking table lists neurons worst first and tells its listeners the label
 * of the row clicked, the row under Enter, and the worst neuron from its
 * button; headless, events dispatched to the real table.
 */
class NeuronRankingTableTest {

	/** Columns 0..4 with these errors; labels 101..105. */
	private static final double[] MAE = { 0.1, 0.9, 0.3, 0.05, 0.5 };

	/** Lays the hidden panel out and saves it, to look at. */
	private static void saveImage(final NeuronRankingTable p) {
		p.setSize(320, 220);
		layOut(p);
		final BufferedImage image = new BufferedImage(320, 220,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		p.paint(g);
		g.dispose();
		try {
			Files.createDirectories(Paths.get("target"));
			ImageIO.write(image, "png", Paths.get("target", "ranking-table.png")
				.toFile());
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void layOut(final Container c) {
		c.doLayout();
		for (final Component child : c.getComponents())
			if (child instanceof Container) layOut((Container) child);
	}

	@Test
	void worstFirstAndEveryWayToGoToANeuronTellsItsLabel() throws Exception {
		final List<Integer> labels = new ArrayList<>();
		final NeuronRankingTable[] panel = new NeuronRankingTable[1];
		SwingUtilities.invokeAndWait(() -> {
			final NeuronRankingTable p = new NeuronRankingTable();
			panel[0] = p;
			assertFalse(p.worstButton().isEnabled(), "nothing to go to yet");
			p.setRanking(NeuronRanking.of(MAE, n -> 101 + n), "close, gain");
			p.addLabelListener(labels::add);
			final JTable t = p.table();
			assertEquals(5, t.getRowCount());
			assertEquals("Rank", t.getColumnName(0));
			assertEquals("Label", t.getColumnName(1));
			assertEquals("MAE", t.getColumnName(2));
			final int[] expected = { 102, 105, 103, 101, 104 };
			for (int r = 0; r < 5; r++) {
				assertEquals(r + 1, t.getValueAt(r, 0));
				assertEquals(expected[r], t.getValueAt(r, 1));
			}
			assertEquals("0.90000", t.getValueAt(0, 2));

			p.worstButton().doClick();
			p.setSize(300, 400);
			p.doLayout();
			t.setSize(280, 5 * t.getRowHeight());
			final Rectangle third = t.getCellRect(2, 1, true);
			t.dispatchEvent(new MouseEvent(t, MouseEvent.MOUSE_CLICKED, System
				.currentTimeMillis(), 0, third.x + 3, third.y + 3, 1, false,
				MouseEvent.BUTTON1));
			assertEquals(2, t.getSelectedRow());
			t.getSelectionModel().setSelectionInterval(4, 4);
			t.getActionMap().get(NeuronRankingTable.GO_TO_NEURON).actionPerformed(
				new ActionEvent(t, ActionEvent.ACTION_PERFORMED, "enter"));
			assertTrue(p.worstButton().isEnabled());
			assertEquals(3, p.showLabel(101), "label 101 is 4th");
			assertEquals(3, t.getSelectedRow());
			assertEquals(-1, p.showLabel(999));
			saveImage(p);
		});
		assertEquals(List.of(102, 103, 104), labels,
			"worst, the clicked third row, the row under Enter");
		assertTrue(panel[0].table().getInputMap(
			javax.swing.JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).get(
				javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ENTER, 0))
			.equals(NeuronRankingTable.GO_TO_NEURON), "Enter is bound");
	}
}
