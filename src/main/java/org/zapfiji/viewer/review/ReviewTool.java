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

import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

import javax.swing.SwingUtilities;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.viewer.annotation.AnnotationTool;
import org.zapfiji.viewer.annotation.MarkEditor;
import org.zapfiji.viewer.annotation.RegionEditor;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerPanel;
import org.zapfiji.viewer.ui.input.DragBehaviour;

import ij.IJ;

/**
 * Review on a viewer panel that has the marking tool: the review queue and its
 * keys ({@link ReviewKeys}), verdicts and comments, going to a mark, and
 * drawing and declaring regions.
 * <p>
 * The queue, the cursor and the settings live on the event thread. Edits go to
 * the marking tool's edit thread, after the edits asked for before, so a
 * verdict never waits for the disk and ctrl Z undoes it like any other edit. A
 * queue is built from a snapshot of the store off the event thread (pairing two
 * annotators' 100,000 marks takes a moment) and then put in place, keeping the
 * reviewer's place.
 */
public final class ReviewTool implements AutoCloseable {

	/** Default largest distance of a pair in the disagreement order, µm. */
	public static final double DEFAULT_DISTANCE = 3;

	private final AnnotationTool tool;

	private final MarkEditor editor;

	private final ViewerPanel panel;

	private final ViewerState state;

	private final Executor background;

	private final Executor ui;

	private final RegionDrawing drawing;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final List<Consumer<ReviewQueue>> waiting = new ArrayList<>();

	private ReviewQueue queue;

	private ReviewOrder order = ReviewOrder.UNREVIEWED_FIRST;

	private String first = "", second = "";

	private double distance = DEFAULT_DISTANCE;

	private int builds;

	private int round;

	private boolean advance = true;

	private String message = "";

	private Runnable commentAsker;

	private final Consumer<Region> regionEditor;

	private ReviewTool(final AnnotationTool tool, final Executor background,
		final Executor ui)
	{
		this.tool = tool;
		this.editor = tool.editor();
		this.panel = tool.panel();
		this.state = panel.state();
		this.background = background;
		this.ui = ui;
		this.drawing = new RegionDrawing(state, box -> tool.submit(() -> editor
			.regions().add(box[0], box[1])), panel::repaint);
		int latest = 1;
		for (final Mark m : editor.store().marks())
			latest = Math.max(latest, m.round());
		this.round = latest;
		this.commentAsker = () -> {
			final Optional<Mark> m = editor.selected();
			if (!m.isPresent()) {
				tell("select a mark to comment on");
				return;
			}
			final String text = javax.swing.JOptionPane.showInputDialog(panel,
				"Comment on mark " + m.get().id(), m.get().comment());
			if (text != null) comment(text);
		};
		this.regionEditor = r -> RegionDialog.show(panel, r, this);
	}

	/**
	 * Puts review on the panel of {@code tool}: its keys and the drawing of new
	 * regions. Queues are built on the tool's edit thread. On the event thread.
	 */
	public static ReviewTool install(final AnnotationTool tool) {
		return install(tool, work -> tool.submit(work::run),
			SwingUtilities::invokeLater);
	}

	/**
	 * For tests: queues built on {@code background}, put in place on {@code ui}.
	 */
	static ReviewTool install(final AnnotationTool tool,
		final Executor background, final Executor ui)
	{
		final ReviewTool review = new ReviewTool(tool, background, ui);
		ReviewKeys.install(tool.panel().bindings(), review);
		tool.panel().addOverlay(review.drawing);
		return review;
	}

	public MarkEditor editor() {
		return editor;
	}

	public ViewerPanel panel() {
		return panel;
	}

	public AnnotationTool tool() {
		return tool;
	}

	/**
	 * {@code listener} runs on the event thread after the queue, its place, the
	 * round or the message changed.
	 */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(final Runnable listener) {
		listeners.remove(listener);
	}

	// -- the queue

	/** The queue in use; null before one was asked for. */
	public ReviewQueue queue() {
		return queue;
	}

	public ReviewOrder order() {
		return order;
	}

	/** The two annotators and the distance of the disagreement order. */
	public String firstAnnotator() {
		return first;
	}

	public String secondAnnotator() {
		return second;
	}

	public double distance() {
		return distance;
	}

	/**
	 * Steps through the marks in {@code newOrder} from now on, rebuilding the
	 * queue; the annotators and distance count for
	 * {@link ReviewOrder#DISAGREEMENT} only (empty names: the two with most
	 * marks).
	 */
	public void setOrder(final ReviewOrder newOrder, final String firstAnnotator,
		final String secondAnnotator, final double pairDistance)
	{
		if (!(pairDistance > 0) || Double.isInfinite(pairDistance))
			throw new IllegalArgumentException(
				"the distance of a pair must be positive, was " + pairDistance);
		order = newOrder;
		first = firstAnnotator == null ? "" : firstAnnotator.trim();
		second = secondAnnotator == null ? "" : secondAnnotator.trim();
		distance = pairDistance;
		rebuild();
	}

	/**
	 * Builds the queue again from the marks as they are now (new marks join it),
	 * staying at the current mark.
	 */
	public void rebuild() {
		final int build = ++builds;
		final ReviewOrder o = order;
		final String a = first, b = second;
		final double d = distance;
		background.execute(() -> {
			ReviewQueue built = null;
			String failure = null;
			try {
				final List<Mark> marks = editor.store().marks();
				String x = a, y = b;
				if (o == ReviewOrder.DISAGREEMENT && (x.isEmpty() || y.isEmpty())) {
					final List<String> names = annotators(marks);
					if (names.size() < 2) throw new IllegalArgumentException(
						"the disagreement order needs the marks of two annotators; " +
							"this project has " + (names.isEmpty() ? "none" : "only " + names
								.get(0) + "'s"));
					x = x.isEmpty() ? names.get(names.get(0).equals(y) ? 1 : 0) : x;
					y = y.isEmpty() ? names.get(names.get(0).equals(x) ? 1 : 0) : y;
				}
				built = ReviewQueue.of(o, marks, x, y, d);
			}
			catch (final RuntimeException e) {
				failure = e.getMessage();
			}
			final ReviewQueue done = built;
			final String why = failure;
			ui.execute(() -> installQueue(build, done, why));
		});
	}

	private void installQueue(final int build, final ReviewQueue built,
		final String failure)
	{
		if (build != builds) return;
		if (built == null) {
			waiting.clear();
			tell("no review queue: " + failure);
			return;
		}
		final long at = queue == null ? editor.selectedId() : queue.current().map(
			ReviewQueue.Entry::id).orElse(editor.selectedId());
		if (at != 0) built.moveTo(at);
		queue = built;
		tell(built.description() + ": " + built.size() + " marks");
		final List<Consumer<ReviewQueue>> run = new ArrayList<>(waiting);
		waiting.clear();
		for (final Consumer<ReviewQueue> action : run)
			action.accept(built);
	}

	/**
	 * Runs {@code action} with the queue, building one first if there is none.
	 */
	private void withQueue(final Consumer<ReviewQueue> action) {
		if (queue != null) action.accept(queue);
		else {
			final boolean building = !waiting.isEmpty();
			waiting.add(action);
			if (!building) rebuild();
		}
	}

	/**
	 * Goes to the next mark of the queue (after the selected one, if it is in
	 * it).
	 */
	public void next() {
		withQueue(q -> step(q, true));
	}

	/** Goes back to the previous mark of the queue. */
	public void previous() {
		withQueue(q -> step(q, false));
	}

	private void step(final ReviewQueue q, final boolean forward) {
		final long selected = editor.selectedId();
		if (selected != 0) q.moveTo(selected);
		final LongPredicate exists = id -> editor.store().mark(id).isPresent();
		final Optional<ReviewQueue.Entry> e = forward ? q.next(exists) : q.previous(
			exists);
		if (!e.isPresent()) {
			tell(forward ? "end of the queue (" + q.size() + " marks)"
				: "start of the queue");
			Toolkit.getDefaultToolkit().beep();
			return;
		}
		goTo(e.get().id());
	}

	/**
	 * Centres the view on mark {@code id} (same orientation and zoom, the plane
	 * through its center, its time point if it has one), selects it and puts the
	 * queue there.
	 *
	 * @return false if the store has no such mark
	 */
	public boolean goTo(final long id) {
		final Optional<Mark> found = editor.store().mark(id);
		if (!found.isPresent()) {
			tell("mark " + id + " is gone");
			return false;
		}
		final Mark m = found.get();
		if (m.frame() != null) state.setTime(m.frame());
		state.setTransform(ViewTransforms.centeredAt(state.transform(), m
			.position(), panel.getWidth() / 2.0, panel.getHeight() / 2.0));
		editor.select(id);
		if (queue != null) queue.moveTo(id);
		tell("");
		return true;
	}

	// -- verdicts and comments

	/**
	 * Gives the selected mark {@code status} in the current round, as one edit;
	 * then, if {@linkplain #advancesAfterVerdict() asked} and the mark is the
	 * queue's current one, goes to the next.
	 */
	public void verdict(final MarkStatus status) {
		final long id = editor.selectedId();
		if (id == 0) {
			tell("select a mark first: " + ReviewKeys.keysOf(panel.bindings(),
				ReviewKeys.NEXT) + " goes to the next of the queue");
			return;
		}
		final int r = round;
		tool.submit(() -> editor.review(id, status, r));
		tell("mark " + id + " " + status.id());
		if (advance && queue != null && queue.current().map(e -> e.id() == id)
			.orElse(false)) next();
	}

	/** Sets the selected mark's comment to {@code text}, as one edit. */
	public void comment(final String text) {
		final long id = editor.selectedId();
		if (id == 0) {
			tell("select a mark to comment on");
			return;
		}
		tool.submit(() -> editor.comment(id, text));
	}

	/** Asks for a comment on the selected mark (the review panel, if shown). */
	public void askComment() {
		commentAsker.run();
	}

	/** Who asks for a comment: the review panel's field, once it exists. */
	void setCommentAsker(final Runnable asker) {
		commentAsker = asker;
	}

	/** Whether a verdict on the queue's current mark goes on to the next. */
	public boolean advancesAfterVerdict() {
		return advance;
	}

	public void setAdvanceAfterVerdict(final boolean on) {
		advance = on;
		fire();
	}

	/** The review round verdicts are recorded in. */
	public int round() {
		return round;
	}

	/**
	 * Starts the next review round: verdicts from now on record it. The round is
	 * the highest of any mark's when the tool opens (at least 1).
	 */
	public void startNewRound() {
		round++;
		tell("review round " + round);
	}

	// -- regions

	/** The drag that draws a region. */
	DragBehaviour regionDrawing() {
		return drawing;
	}

	/** The region under panel pixel (x, y), else the one last drawn or chosen. */
	public Optional<Region> regionAt(final int x, final int y) {
		final RegionEditor regions = editor.regions();
		if (x >= 0 && y >= 0) {
			final Optional<Region> under = regions.regionAt(ViewTransforms.globalAt(
				state.transform(), x, y));
			if (under.isPresent()) return under;
		}
		return regions.selected();
	}

	/** Declares the region under (x, y) complete, or back in progress. */
	public void toggleRegionAt(final int x, final int y) {
		final Optional<Region> r = regionAt(x, y);
		if (!r.isPresent()) {
			tell("no region under the mouse; hold R and drag to draw one");
			return;
		}
		final long id = r.get().id();
		tool.submit(() -> editor.regions().toggleComplete(id));
	}

	/** Opens the region editor on the region under (x, y). */
	public void editRegionAt(final int x, final int y) {
		final Optional<Region> r = regionAt(x, y);
		if (!r.isPresent()) {
			tell("no region under the mouse; hold R and drag to draw one");
			return;
		}
		editor.regions().select(r.get().id());
		regionEditor.accept(r.get());
	}

	// -- the annotators

	/** The annotators of {@code marks}, most marks first (ties by name). */
	static List<String> annotators(final List<Mark> marks) {
		final Map<String, Integer> counts = new HashMap<>();
		for (final Mark m : marks)
			counts.merge(m.annotator(), 1, Integer::sum);
		final List<String> names = new ArrayList<>(counts.keySet());
		names.sort((p, q) -> counts.get(q).equals(counts.get(p)) ? p.compareTo(q)
			: Integer.compare(counts.get(q), counts.get(p)));
		return names;
	}

	/** The project's annotators, most marks first. */
	public List<String> annotators() {
		return annotators(editor.store().marks());
	}

	// -- messages

	/** What the tool said last: a verdict, the end of the queue, a failure. */
	public String message() {
		return message;
	}

	void tell(final String text) {
		message = text;
		if (!text.isEmpty()) IJ.showStatus("ZAP review: " + text);
		fire();
	}

	private void fire() {
		for (final Runnable listener : listeners)
			listener.run();
	}

	/** Takes the region drawing off the panel; the keys go with the panel. */
	@Override
	public void close() {
		panel.removeOverlay(drawing);
		listeners.clear();
	}
}
