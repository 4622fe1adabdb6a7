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

package org.zapfiji.viewer.ui.input;

import java.awt.event.FocusEvent;
import java.awt.event.FocusListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.awt.event.MouseMotionListener;
import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JComponent;

/**
 * Turns AWT events on one component into behaviour calls (see
 * {@link InputBindings} for the rules). Keeps which keys are down, which drags
 * are under way and where the mouse is.
 */
final class EventDispatch implements MouseListener, MouseMotionListener,
	MouseWheelListener, FocusListener
{

	/** How far (pixels) a button may move between press and release to click. */
	private static final int CLICK_SLOP = 2;

	/** A drag under way and what ends it: a button, or a key (negative code). */
	private static final class ActiveDrag {

		final DragBehaviour drag;

		final int endedBy;

		ActiveDrag(final DragBehaviour drag, final int endedBy) {
			this.drag = drag;
			this.endedBy = endedBy;
		}
	}

	private final JComponent target;

	private final Supplier<List<Binding>> bindings;

	private final Set<Integer> pressedKeys = new HashSet<>();

	private final List<ActiveDrag> drags = new ArrayList<>();

	private Consumer<KeyEvent> capture;

	private boolean mouseSeen;

	private int mouseX, mouseY;

	private ClickBehaviour pendingClick;

	private int pressX, pressY, pressButton;

	EventDispatch(final JComponent target,
		final Supplier<List<Binding>> bindings)
	{
		this.target = target;
		this.bindings = bindings;
	}

	int mouseX() {
		return mouseSeen ? mouseX : target.getWidth() / 2;
	}

	int mouseY() {
		return mouseSeen ? mouseY : target.getHeight() / 2;
	}

	void capture(final Consumer<KeyEvent> receiver) {
		capture = receiver;
	}

	JComponent target() {
		return target;
	}

	/** @return whether a behaviour (or a key capture) took the key */
	boolean keyPressed(final KeyEvent e) {
		final int code = e.getKeyCode();
		if (KeyNames.isModifier(code) || code == KeyEvent.VK_UNDEFINED)
			return false;
		final boolean repeat = !pressedKeys.add(code);
		if (capture != null) {
			if (repeat) return true;
			final Consumer<KeyEvent> receiver = capture;
			capture = null;
			if (code != KeyEvent.VK_ESCAPE) receiver.accept(e);
			return true;
		}
		final Set<Integer> held = new HashSet<>(pressedKeys);
		held.remove(code);
		final Binding best = best(Trigger.Kind.KEY, code, e.getModifiersEx(), held,
			true, true);
		if (best == null) return false;
		if (best.behaviour() instanceof ClickBehaviour) ((ClickBehaviour) best
			.behaviour()).click(mouseX(), mouseY());
		else if (!repeat) start((DragBehaviour) best.behaviour(), -code);
		return true;
	}

	void keyReleased(final KeyEvent e) {
		pressedKeys.remove(e.getKeyCode());
		endDrags(-e.getKeyCode(), mouseX(), mouseY());
	}

	@Override
	public void mousePressed(final MouseEvent e) {
		if (!target.hasFocus()) target.requestFocusInWindow();
		moved(e);
		final int button = e.getButton();
		if (button == MouseEvent.NOBUTTON) return;
		final Binding drag = best(Trigger.Kind.BUTTON, button, e.getModifiersEx(),
			pressedKeys, false, true);
		final Binding click = best(Trigger.Kind.BUTTON, button, e.getModifiersEx(),
			pressedKeys, true, false);
		final int most = Math.max(specificity(drag, button, e), specificity(click,
			button, e));
		if (drag != null && specificity(drag, button, e) == most) start(
			(DragBehaviour) drag.behaviour(), button);
		pendingClick = click != null && specificity(click, button, e) == most
			? (ClickBehaviour) click.behaviour() : null;
		pressX = e.getX();
		pressY = e.getY();
		pressButton = button;
	}

	@Override
	public void mouseReleased(final MouseEvent e) {
		moved(e);
		endDrags(e.getButton(), e.getX(), e.getY());
		if (pendingClick != null && e.getButton() == pressButton && Math.abs(e
			.getX() - pressX) <= CLICK_SLOP && Math.abs(e.getY() -
				pressY) <= CLICK_SLOP)
		{
			final ClickBehaviour click = pendingClick;
			pendingClick = null;
			click.click(pressX, pressY);
		}
		if (e.getButton() == pressButton) pendingClick = null;
	}

	@Override
	public void mouseDragged(final MouseEvent e) {
		moved(e);
		for (final ActiveDrag d : new ArrayList<>(drags))
			d.drag.drag(e.getX(), e.getY());
	}

	@Override
	public void mouseMoved(final MouseEvent e) {
		moved(e);
		for (final ActiveDrag d : new ArrayList<>(drags))
			if (d.endedBy < 0) d.drag.drag(e.getX(), e.getY());
	}

	@Override
	public void mouseWheelMoved(final MouseWheelEvent e) {
		moved(e);
		double rotation = e.getPreciseWheelRotation();
		if (rotation == 0) rotation = e.getWheelRotation();
		if (rotation == 0) return;
		// Shift with the wheel may arrive as horizontal scrolling with shift set
		// (X11): the modifiers are what count, so it is the same trigger.
		final Binding best = best(Trigger.Kind.SCROLL, 0, e.getModifiersEx(),
			pressedKeys, false, false);
		if (best == null) return;
		e.consume();
		((ScrollBehaviour) best.behaviour()).scroll(rotation, e.getX(), e.getY());
	}

	@Override
	public void mouseClicked(final MouseEvent e) {}

	@Override
	public void mouseEntered(final MouseEvent e) {
		moved(e);
	}

	@Override
	public void mouseExited(final MouseEvent e) {}

	@Override
	public void focusGained(final FocusEvent e) {}

	/** Keys released elsewhere are never reported: forget them all. */
	@Override
	public void focusLost(final FocusEvent e) {
		pressedKeys.clear();
		for (final ActiveDrag d : new ArrayList<>(drags))
			if (d.endedBy < 0) endDrags(d.endedBy, mouseX(), mouseY());
	}

	/**
	 * The binding whose trigger matches best, of the behaviour kinds asked for
	 * ({@code clicks} and/or drags, or scrolls when both are false).
	 */
	private Binding best(final Trigger.Kind kind, final int code,
		final int modifiersEx, final Set<Integer> held, final boolean clicks,
		final boolean dragsToo)
	{
		final int modifiers = Trigger.modifiersOf(modifiersEx);
		Binding best = null;
		int bestSpecificity = -1;
		for (final Binding b : bindings.get()) {
			if (!accepts(b.behaviour(), clicks, dragsToo)) continue;
			for (final Trigger t : b.triggers())
				if (t.matches(kind, code, modifiers, held) && t
					.specificity() > bestSpecificity)
				{
					best = b;
					bestSpecificity = t.specificity();
				}
		}
		return best;
	}

	private static boolean accepts(final Behaviour b, final boolean clicks,
		final boolean drags)
	{
		if (!clicks && !drags) return b instanceof ScrollBehaviour;
		return clicks && b instanceof ClickBehaviour || drags &&
			b instanceof DragBehaviour;
	}

	private int specificity(final Binding b, final int button,
		final MouseEvent e)
	{
		if (b == null) return -1;
		int most = -1;
		final int modifiers = Trigger.modifiersOf(e.getModifiersEx());
		for (final Trigger t : b.triggers())
			if (t.matches(Trigger.Kind.BUTTON, button, modifiers, pressedKeys)) most =
				Math.max(most, t.specificity());
		return most;
	}

	private void start(final DragBehaviour drag, final int endedBy) {
		drags.add(new ActiveDrag(drag, endedBy));
		drag.init(mouseX(), mouseY());
	}

	private void endDrags(final int endedBy, final int x, final int y) {
		for (final ActiveDrag d : new ArrayList<>(drags))
			if (d.endedBy == endedBy) {
				drags.remove(d);
				d.drag.end(x, y);
			}
	}

	private void moved(final MouseEvent e) {
		mouseSeen = true;
		mouseX = e.getX();
		mouseY = e.getY();
	}
}
