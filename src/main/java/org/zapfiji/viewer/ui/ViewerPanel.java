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

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.overlay.ScaleBarOverlay;
import org.zapfiji.viewer.overlay.SourceNameOverlay;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.ui.dialog.ViewerActions;
import org.zapfiji.viewer.ui.input.InputBindings;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.NavigationBehaviours;

/**
 * The picture of one viewer state: the latest frame of its {@link RenderLoop}
 * scaled to the panel, then the overlays in the order they were added. The
 * event thread only draws finished frames; rendering happens on the loop's
 * painter thread.
 * <p>
 * Navigation keys and mouse behaviours come installed (BigDataViewer's default
 * keymap unless another is given); tools add theirs through {@link #bindings()}
 * and their drawings through {@link #addOverlay}.
 */
public class ViewerPanel extends JComponent {

	private static final long serialVersionUID = 1L;

	private final transient ViewerState state;

	private final transient ViewRenderer renderer;

	private final transient RenderLoop loop;

	private final transient InputBindings bindings;

	private final transient List<ViewerOverlay> overlays =
		new CopyOnWriteArrayList<>();

	private volatile int mouseX = -1, mouseY = -1;

	public ViewerPanel(final ViewerState state, final ViewRenderer renderer,
		final ChunkLoader loader)
	{
		this(state, renderer, loader, Keymap.defaults());
	}

	public ViewerPanel(final ViewerState state, final ViewRenderer renderer,
		final ChunkLoader loader, final Keymap keymap)
	{
		this.state = state;
		this.renderer = renderer;
		setPreferredSize(new Dimension(800, 600));
		setBackground(Color.BLACK);
		setOpaque(true);
		setFocusable(true);
		setDoubleBuffered(true);
		overlays.add(new ScaleBarOverlay());
		overlays.add(new SourceNameOverlay());
		loop = RenderLoop.start(state, renderer, loader, frame -> repaint());
		addComponentListener(new ComponentAdapter() {

			@Override
			public void componentResized(final ComponentEvent e) {
				loop.setSize(getWidth(), getHeight());
			}
		});
		trackMouse();
		bindings = new InputBindings(this, keymap);
		NavigationBehaviours.install(bindings, state, this);
		ViewerActions.install(bindings, state, this);
	}

	public ViewerState state() {
		return state;
	}

	public ViewRenderer renderer() {
		return renderer;
	}

	/** Where tools add their keys and mouse behaviours. */
	public InputBindings bindings() {
		return bindings;
	}

	/** The loop that renders this panel's frames. */
	public RenderLoop renderLoop() {
		return loop;
	}

	/** Draws {@code overlay} after those added before it. */
	public void addOverlay(final ViewerOverlay overlay) {
		overlays.add(overlay);
		repaint();
	}

	public void removeOverlay(final ViewerOverlay overlay) {
		overlays.remove(overlay);
		repaint();
	}

	/** The overlays in drawing order. */
	public List<ViewerOverlay> overlays() {
		return new ArrayList<>(overlays);
	}

	/** Mouse position in panel pixels; -1 while the mouse is outside. */
	public int mouseX() {
		return mouseX;
	}

	public int mouseY() {
		return mouseY;
	}

	/**
	 * The current state at the panel's size with every block loaded, for Save
	 * snapshot. Waits for the disk, so it refuses the event thread.
	 *
	 * @throws IOException if a block cannot be read
	 */
	public BufferedImage snapshot(final boolean withOverlays) throws IOException {
		if (SwingUtilities.isEventDispatchThread()) throw new IllegalStateException(
			"a snapshot waits for the disk; take it off the event thread");
		final ViewerSnapshot now = state.snapshot();
		return ViewImages.render(renderer, now, Math.max(1, getWidth()), Math.max(1,
			getHeight()), withOverlays ? overlays : List.of());
	}

	/** Stops the render loop; the panel shows nothing new afterwards. */
	public void close() {
		loop.close();
	}

	@Override
	protected void paintComponent(final Graphics graphics) {
		final Graphics2D g = (Graphics2D) graphics;
		g.setColor(getBackground());
		g.fillRect(0, 0, getWidth(), getHeight());
		final RenderedFrame frame = loop.hold();
		if (frame == null) return;
		try {
			final BufferedImage image = frame.image();
			final double up = 1 / frame.screenScale();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
				RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(image, 0, 0, (int) Math.round(image.getWidth() * up),
				(int) Math.round(image.getHeight() * up), null);
			ViewImages.drawOverlays(g, overlays, frame.snapshot(), getWidth(),
				getHeight());
		}
		finally {
			loop.release(frame);
		}
	}

	private void trackMouse() {
		final MouseAdapter mouse = new MouseAdapter() {

			@Override
			public void mouseMoved(final MouseEvent e) {
				mouseX = e.getX();
				mouseY = e.getY();
			}

			@Override
			public void mouseDragged(final MouseEvent e) {
				mouseMoved(e);
			}

			@Override
			public void mouseExited(final MouseEvent e) {
				mouseX = -1;
				mouseY = -1;
			}

			@Override
			public void mousePressed(final MouseEvent e) {
				requestFocusInWindow();
			}
		};
		addMouseListener(mouse);
		addMouseMotionListener(mouse);
	}
}
