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

package org.zapfiji.annotation.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * Commits edits: in one transaction the log entry and the row it describes;
 * memory follows only once the commit has returned, so memory never shows an
 * edit the file does not hold. With {@code synchronous = FULL} the commit
 * returns after the write-ahead log is flushed to disk.
 */
final class EditWriter {

	@FunctionalInterface
	private interface RowWork {

		void run(Edit e) throws SQLException;
	}

	private final Path file;

	private final String annotator;

	private final EditLog log;

	private final LiveState state;

	private final PreparedStatement begin;

	private final PreparedStatement commit;

	private final PreparedStatement rollback;

	private final PreparedStatement putMark;

	private final PreparedStatement dropMark;

	private final PreparedStatement putRegion;

	private final PreparedStatement dropRegion;

	private final Connection connection;

	/** Scratch space for the details column of one row. */
	private final ByteWriter details = new ByteWriter();

	/** This annotator's undo and redo stacks, read from the log when needed. */
	private UndoStacks stacks;

	EditWriter(final Path file, final String annotator, final Connection c,
		final EditLog log, final LiveState state) throws SQLException
	{
		this.file = file;
		this.annotator = annotator;
		this.log = log;
		this.state = state;
		begin = c.prepareStatement("BEGIN IMMEDIATE");
		commit = c.prepareStatement("COMMIT");
		rollback = c.prepareStatement("ROLLBACK");
		connection = c;
		putMark = c.prepareStatement(MarkRows.UPSERT);
		dropMark = c.prepareStatement("DELETE FROM marks WHERE id = ?");
		putRegion = c.prepareStatement("INSERT OR REPLACE INTO regions (" +
			RegionRows.COLUMNS + ") VALUES (?" + ", ?".repeat(RegionRows.COUNT - 1) +
			")");
		dropRegion = c.prepareStatement("DELETE FROM regions WHERE id = ?");
	}

	/** Logs and applies a change of one mark; before or after may be null. */
	Edit mark(final EditOperation op, final Mark before, final Mark after,
		final Long undoes) throws ProjectException
	{
		final long id = (after != null ? after : before).id();
		return commit(seq -> entry(seq, op, EditKind.MARK, id, before == null ? null
			: MarkJson.toJson(before), after == null ? null : MarkJson.toJson(after),
			undoes), e -> {
				if (after == null) execute(dropMark, id);
				else {
					MarkRows.bind(putMark, 1, after, MarkRows.details(after, details));
					putMark.executeUpdate();
				}
			}, () -> {
				if (after == null) state.removeMark(id);
				else state.putMark(after);
			});
	}

	Edit region(final EditOperation op, final Region before, final Region after,
		final Long undoes) throws ProjectException
	{
		final long id = (after != null ? after : before).id();
		return commit(seq -> entry(seq, op, EditKind.REGION, id, before == null
			? null : MarkJson.toJson(before), after == null ? null : MarkJson.toJson(
				after), undoes), e -> {
					if (after == null) execute(dropRegion, id);
					else {
						RegionRows.bind(putRegion, after);
						putRegion.executeUpdate();
					}
				}, () -> {
					if (after == null) state.removeRegion(id);
					else state.putRegion(after);
				});
	}

	/**
	 * One entry for the whole batch. The marks are written once to {@code marks},
	 * in id order (appending to the B-tree is several times faster than inserting
	 * at random places), and kept for undo and replay as compact blobs in
	 * {@code batch_chunks}; memory is updated meanwhile on a second thread.
	 */
	Edit addBatch(final Collection<Mark> marks) throws ProjectException {
		final List<Mark> sorted = IdOrder.sorted(marks);
		for (int i = 0; i < sorted.size(); i++) {
			final long id = sorted.get(i).id();
			if (state.mark(id) != null || i > 0 && sorted.get(i - 1).id() == id)
				throw new IllegalArgumentException(file + ": mark " + id +
					" exists already or twice in the batch");
		}
		return commitBatch(seq -> entry(seq, EditOperation.ADD, EditKind.MARK_BATCH,
			seq, null, MarkJson.batch(seq, sorted.size()), null), e -> {
				MarkRows.unchecked(connection, () -> BatchChunks.write(connection, e
					.seq(), sorted, true));
			}, sorted, true);
	}

	/** Reverts this annotator's latest edit not undone, or returns null. */
	Edit undo() throws ProjectException {
		final Long target = stacks().undoTarget();
		return target == null ? null : revert(read(target), "undo");
	}

	/** Reverts this annotator's latest undo still redoable, or returns null. */
	Edit redo() throws ProjectException {
		final Long target = stacks().redoTarget();
		return target == null ? null : revert(read(target), "redo");
	}

	/**
	 * Appends the entry that takes {@code t} back: its inverse, restoring its
	 * before, provided the target still is as {@code t} left it.
	 */
	private Edit revert(final Edit t, final String what) throws ProjectException {
		switch (t.kind()) {
			case MARK: {
				final Mark current = state.mark(t.target());
				if (!Objects.equals(current, t.after() == null ? null : MarkJson.mark(t
					.after()))) throw conflict(t, what);
				return mark(t.operation().inverse(), current, t.before() == null ? null
					: MarkJson.mark(t.before()), t.seq());
			}
			case REGION: {
				final Region current = state.region(t.target());
				if (!Objects.equals(current, t.after() == null ? null : MarkJson.region(
					t.after()))) throw conflict(t, what);
				return region(t.operation().inverse(), current, t.before() == null
					? null : MarkJson.region(t.before()), t.seq());
			}
			case MARK_BATCH:
				return revertBatch(t, what);
			default:
				throw new AssertionError(t.kind());
		}
	}

	private Edit revertBatch(final Edit t, final String what)
		throws ProjectException
	{
		final List<Mark> batch = sql(() -> BatchChunks.read(connection, t
			.target()));
		final boolean present = t.after() != null;
		for (final Mark m : batch)
			if (present ? !m.equals(state.mark(m.id())) : state.mark(m.id()) != null)
				throw new EditConflictException(file, "cannot " + what + " " + t +
					": mark " + m.id() + " of the batch was changed since");
		return commitBatch(seq -> entry(seq, t.operation().inverse(),
			EditKind.MARK_BATCH, t.target(), t.after(), t.before(), t.seq()), e -> {
				if (present) MarkRows.delete(connection, batch);
				else MarkRows.unchecked(connection, () -> MarkRows.insert(connection,
					batch));
			}, batch, !present);
	}

	/**
	 * Commits a batch entry, adding the marks to memory (or removing them) on a
	 * second thread while SQLite writes; if the commit fails, memory is set back.
	 */
	private Edit commitBatch(final LongFunction<Edit> entry, final RowWork rows,
		final List<Mark> marks, final boolean add) throws ProjectException
	{
		final MemoryWork memory = MemoryWork.start(() -> change(marks, add));
		try {
			return commit(entry, rows, memory::finish);
		}
		catch (final ProjectException notSaved) {
			memory.cancel(() -> change(marks, !add));
			throw notSaved;
		}
	}

	private void change(final List<Mark> marks, final boolean add) {
		if (add) state.reserveMarks(marks.size());
		for (final Mark m : marks)
			if (add) state.putMark(m);
			else state.removeMark(m.id());
	}

	private EditConflictException conflict(final Edit t, final String what)
		throws ProjectException
	{
		final Edit latest = sql(() -> log.latestAbout(t.kind(), t.target()));
		return new EditConflictException(file, "cannot " + what + " " + t + ": " + t
			.kind().id() + " " + t.target() + " was changed since" + (latest == null
				? "" : " by " + latest.annotator() + " in edit " + latest.seq()));
	}

	private Edit commit(final LongFunction<Edit> entry, final RowWork rows,
		final Runnable memory) throws ProjectException
	{
		final Edit e;
		try {
			begin.execute();
			try {
				e = entry.apply(log.nextSeq());
				log.append(e);
				rows.run(e);
				commit.execute();
			}
			catch (final SQLException | RuntimeException failure) {
				try {
					rollback.execute();
				}
				catch (final SQLException alsoFailed) {
					// SQLite may have rolled back already; the first cause matters
					failure.addSuppressed(alsoFailed);
				}
				throw failure;
			}
		}
		catch (final SQLException | RuntimeException failure) {
			throw new ProjectException(file, "edit not saved: " + failure
				.getMessage(), failure);
		}
		memory.run();
		if (stacks != null) stacks.record(e.seq(), e.undoes());
		return e;
	}

	private Edit entry(final long seq, final EditOperation op,
		final EditKind kind, final long target, final String before,
		final String after, final Long undoes)
	{
		return new Edit(seq, System.currentTimeMillis(), annotator, op, kind,
			target, before, after, undoes);
	}

	private UndoStacks stacks() throws ProjectException {
		if (stacks == null) stacks = UndoStacks.of(sql(() -> log.undoChain(
			annotator)));
		return stacks;
	}

	private Edit read(final long seq) throws ProjectException {
		return sql(() -> log.read(seq));
	}

	private static void execute(final PreparedStatement s, final long value)
		throws SQLException
	{
		s.setLong(1, value);
		s.executeUpdate();
	}

	@FunctionalInterface
	private interface SqlRead<T> {

		T run() throws SQLException;
	}

	private <T> T sql(final SqlRead<T> read) throws ProjectException {
		try {
			return read.run();
		}
		catch (final SQLException e) {
			throw new ProjectException(file, "cannot read the edit log: " + e
				.getMessage(), e);
		}
	}
}
