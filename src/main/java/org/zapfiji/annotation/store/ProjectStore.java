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

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * An annotation project: one SQLite file holding the marks, the regions and the
 * append-only log of every edit, by whom and when. Each edit is one transaction
 * that writes the row and its log entry; when the call returns the edit is on
 * disk and survives a crash or a power cut. Undo and redo are entries of the
 * log as well, so they reach back past a restart.
 * <p>
 * The first store to open a project may write it; any other, in this process or
 * another, gets it read-only and {@link #readOnlyReason()} says who holds it.
 * Reads come from memory (a grid index answers box queries); a read-only store
 * sees others' later edits after {@link #reload()}.
 * <p>
 * Thread-safe: every method holds the store's lock.
 */
public final class ProjectStore implements AutoCloseable {

	/** Grid cell edge, µm: about two neuron diameters. */
	private static final double CELL_UM = 20;

	/** SQLite's default automatic checkpoint threshold, in log pages. */
	private static final int AUTO_CHECKPOINT_PAGES = 1000;

	private final Path file;

	private final String annotator;

	private final Connection connection;

	private final ProjectLock lock;

	private final EditLog log;

	private final LiveState state = new LiveState(new GridIndex(CELL_UM));

	private final EditWriter writer;

	private final BackgroundCheckpoint checkpoint;

	private ProjectStore(final Path file, final String annotator,
		final Connection connection, final ProjectLock lock) throws SQLException
	{
		this.file = file;
		this.annotator = annotator;
		this.connection = connection;
		this.lock = lock;
		this.log = new EditLog(connection);
		this.writer = new EditWriter(file, annotator, connection, log, state);
		this.checkpoint = new BackgroundCheckpoint(file);
	}

	/**
	 * Makes a new, empty project file.
	 *
	 * @throws ProjectException if any file exists at {@code file}: it is never
	 *           overwritten
	 */
	public static void create(final Path file, final String projectName)
		throws ProjectException
	{
		ProjectFiles.create(file, Objects.requireNonNull(projectName,
			"projectName"), Schema.CURRENT);
	}

	/**
	 * Opens a project for {@code annotator}, read-only at once if another holds
	 * it.
	 *
	 * @throws ProjectException naming the file if it is missing, not a project,
	 *           damaged, or of a newer schema; nothing on disk is changed then
	 */
	public static ProjectStore open(final Path file, final String annotator)
		throws ProjectException
	{
		return open(file, annotator, Duration.ZERO);
	}

	/**
	 * Opens a project, waiting up to {@code wait} for another holder to close it
	 * before settling for read-only.
	 */
	public static ProjectStore open(final Path file, final String annotator,
		final Duration wait) throws ProjectException
	{
		return open(file, annotator, wait, Schema.CURRENT);
	}

	static ProjectStore open(final Path file, final String annotator,
		final Duration wait, final Schema schema) throws ProjectException
	{
		if (annotator == null || annotator.isBlank())
			throw new IllegalArgumentException("an annotator name is required");
		ProjectFileCheck.checkHeader(file, schema);
		final int version = checkedContent(file, schema);
		final ProjectLock lock = ProjectLock.acquire(file, annotator, wait);
		Connection c = null;
		try {
			if (!lock.held() && version < schema.version())
				throw new ProjectException(file, "schema version " + version +
					" must be upgraded to " + schema.version() + ", but it is held by " +
					lock.holder() + "; open it once they have closed it");
			c = ProjectFiles.connect(file, !lock.held());
			if (version < schema.version()) schema.upgrade(c, version);
			final ProjectStore store = new ProjectStore(file, annotator, c, lock);
			store.reload();
			return store;
		}
		catch (final SQLException | ProjectException | RuntimeException e) {
			closeQuietly(c, lock);
			if (e instanceof ProjectException) throw (ProjectException) e;
			throw new ProjectException(file, "cannot open: " + e.getMessage(), e);
		}
	}

	private static int checkedContent(final Path file, final Schema schema)
		throws ProjectException
	{
		try (Connection readOnly = ProjectFiles.inspect(file)) {
			return ProjectFileCheck.checkContent(file, readOnly, schema);
		}
		catch (final SQLException e) {
			throw new ProjectException(file, "damaged or not a ZAP project: " + e
				.getMessage(), e);
		}
	}

	/** Reads all marks and regions from the file again. */
	public synchronized void reload() throws ProjectException {
		try (Statement s = connection.createStatement()) {
			state.markList().forEach(m -> state.removeMark(m.id()));
			state.regions().clear();
			try (ResultSet r = s.executeQuery("SELECT " + MarkRows.COLUMNS +
				" FROM marks"))
			{
				while (r.next())
					state.putMark(MarkRows.read(r, 1));
			}
			try (ResultSet r = s.executeQuery("SELECT " + RegionRows.COLUMNS +
				" FROM regions"))
			{
				while (r.next())
					state.putRegion(RegionRows.read(r));
			}
		}
		catch (final SQLException e) {
			throw new ProjectException(file, "cannot read: " + e.getMessage(), e);
		}
	}

	// -- edits

	/** Adds a mark whose id is new to the project. */
	public synchronized Edit addMark(final Mark m) throws ProjectException {
		writable();
		if (state.mark(m.id()) != null) throw new IllegalArgumentException(file +
			": mark " + m.id() + " exists already");
		return writer.mark(EditOperation.ADD, null, m, null);
	}

	/** Replaces the mark with the same id. */
	public synchronized Edit updateMark(final Mark m) throws ProjectException {
		writable();
		return writer.mark(EditOperation.UPDATE, existingMark(m.id()), m, null);
	}

	public synchronized Edit deleteMark(final long id) throws ProjectException {
		writable();
		return writer.mark(EditOperation.DELETE, existingMark(id), null, null);
	}

	/**
	 * Adds many marks in one transaction, logged as ONE entry of kind
	 * {@link EditKind#MARK_BATCH} (the log keeps the marks themselves as compact
	 * blobs in the {@code batch_chunks} table); one undo takes the whole batch
	 * back.
	 */
	public synchronized Edit addMarks(final Collection<Mark> marks)
		throws ProjectException
	{
		writable();
		if (marks.isEmpty()) throw new IllegalArgumentException(file +
			": an empty batch");
		autoCheckpoint(0);
		try {
			return writer.addBatch(marks);
		}
		finally {
			autoCheckpoint(AUTO_CHECKPOINT_PAGES);
			checkpoint.request();
		}
	}

	/** SQLite's automatic checkpoint threshold in log pages; 0 turns it off. */
	private void autoCheckpoint(final int pages) throws ProjectException {
		sql(() -> {
			try (Statement s = connection.createStatement()) {
				s.execute("PRAGMA wal_autocheckpoint = " + pages);
			}
			return null;
		});
	}

	public synchronized Edit addRegion(final Region r) throws ProjectException {
		writable();
		if (state.region(r.id()) != null) throw new IllegalArgumentException(file +
			": region " + r.id() + " exists already");
		return writer.region(EditOperation.ADD, null, r, null);
	}

	public synchronized Edit updateRegion(final Region r)
		throws ProjectException
	{
		writable();
		return writer.region(EditOperation.UPDATE, existingRegion(r.id()), r, null);
	}

	public synchronized Edit deleteRegion(final long id) throws ProjectException {
		writable();
		return writer.region(EditOperation.DELETE, existingRegion(id), null, null);
	}

	/**
	 * Reverts this store's annotator's latest edit not yet undone, by appending
	 * an entry that restores its before; empty if there is nothing to undo. Undo
	 * is per annotator: it never reverts someone else's edit.
	 *
	 * @throws EditConflictException if the target was changed after that edit
	 */
	public synchronized Optional<Edit> undo() throws ProjectException {
		writable();
		return Optional.ofNullable(writer.undo());
	}

	/**
	 * Re-applies this annotator's latest undo, if no new edit of theirs came
	 * after it; empty otherwise.
	 *
	 * @throws EditConflictException if the target was changed since the undo
	 */
	public synchronized Optional<Edit> redo() throws ProjectException {
		writable();
		return Optional.ofNullable(writer.redo());
	}

	// -- reads

	public synchronized Optional<Mark> mark(final long id) {
		return Optional.ofNullable(state.mark(id));
	}

	public synchronized List<Mark> marks() {
		return state.markList();
	}

	/** Marks with min ≤ position ≤ max on each axis x, y, z (µm). */
	public synchronized List<Mark> marksIn(final double[] min,
		final double[] max)
	{
		if (min.length != 3 || max.length != 3) throw new IllegalArgumentException(
			"a box needs x, y, z corners");
		return state.grid().query(min, max);
	}

	public synchronized int markCount() {
		return state.markCount();
	}

	public synchronized Optional<Region> region(final long id) {
		return Optional.ofNullable(state.region(id));
	}

	public synchronized List<Region> regions() {
		return new ArrayList<>(state.regions().values());
	}

	/** The whole log, oldest first. */
	public synchronized List<Edit> edits() throws ProjectException {
		return sql(() -> log.upTo(Long.MAX_VALUE));
	}

	/** The seq of the latest entry, 0 for a new project. */
	public synchronized long lastSeq() throws ProjectException {
		return sql(() -> log.nextSeq() - 1);
	}

	/** The live marks and regions, as an immutable copy. */
	public synchronized ProjectState state() {
		return state.snapshot();
	}

	/**
	 * The marks and regions as they were right after entry {@code seq}, rebuilt
	 * by replaying the log from the start (0: the empty project).
	 */
	public synchronized ProjectState stateAt(final long seq)
		throws ProjectException
	{
		return sql(() -> {
			final LiveState past = new LiveState(null);
			final Map<Long, List<Mark>> batches = new HashMap<>();
			for (final Edit e : log.upTo(seq))
				past.apply(e, b -> batches.computeIfAbsent(b, this::batchUnchecked));
			return past.snapshot();
		});
	}

	private List<Mark> batchUnchecked(final long batch) {
		try {
			return BatchChunks.read(connection, batch);
		}
		catch (final SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	// -- project

	public Path file() {
		return file;
	}

	/** Who this store attributes edits to. */
	public String annotator() {
		return annotator;
	}

	public synchronized String projectName() throws ProjectException {
		return sql(() -> Meta.get(connection, Meta.PROJECT_NAME));
	}

	/** Voxel size x, y, z in µm, if the project states one. */
	public synchronized Optional<double[]> voxelSize() throws ProjectException {
		final String text = sql(() -> Meta.get(connection, Meta.VOXEL_SIZE));
		if (text == null) return Optional.empty();
		final String[] parts = text.trim().split("\\s+");
		final double[] size = new double[parts.length];
		for (int d = 0; d < parts.length; d++)
			size[d] = Double.parseDouble(parts[d]);
		return Optional.of(size);
	}

	/** States the voxel size (µm); a project setting, not logged as an edit. */
	public synchronized void setVoxelSize(final double x, final double y,
		final double z) throws ProjectException
	{
		writable();
		if (!(x > 0 && y > 0 && z > 0)) throw new IllegalArgumentException(
			"voxel size must be positive, was " + x + ", " + y + ", " + z);
		sql(() -> {
			Meta.put(connection, Meta.VOXEL_SIZE, x + " " + y + " " + z);
			return null;
		});
	}

	/** Whether another store holds the project, so this one cannot write. */
	public boolean isReadOnly() {
		return !lock.held();
	}

	/** Why this store is read-only, naming the holder; empty if it is not. */
	public String readOnlyReason() {
		return lock.held() ? "" : "held by " + lock.holder();
	}

	/** Checks the whole file with SQLite's {@code PRAGMA integrity_check}. */
	public synchronized String integrityCheck() throws ProjectException {
		return sql(() -> {
			try (Statement s = connection.createStatement();
					ResultSet r = s.executeQuery("PRAGMA integrity_check"))
			{
				final StringBuilder result = new StringBuilder();
				while (r.next())
					result.append(result.length() == 0 ? "" : "\n").append(r.getString(
						1));
				return result.toString();
			}
		});
	}

	@Override
	public synchronized void close() throws ProjectException {
		checkpoint.close();
		try {
			connection.close();
			lock.close();
		}
		catch (final SQLException | IOException e) {
			throw new ProjectException(file, "could not close: " + e.getMessage(), e);
		}
	}

	private void writable() throws ReadOnlyProjectException {
		if (!lock.held()) throw new ReadOnlyProjectException(file,
			readOnlyReason());
	}

	private Mark existingMark(final long id) {
		final Mark m = state.mark(id);
		if (m == null) throw new IllegalArgumentException(file + ": no mark " + id);
		return m;
	}

	private Region existingRegion(final long id) {
		final Region r = state.region(id);
		if (r == null) throw new IllegalArgumentException(file + ": no region " +
			id);
		return r;
	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run() throws SQLException;
	}

	private <T> T sql(final SqlWork<T> work) throws ProjectException {
		try {
			return work.run();
		}
		catch (final SQLException | IllegalStateException e) {
			throw new ProjectException(file, "cannot read the project: " + e
				.getMessage(), e);
		}
	}

	private static void closeQuietly(final Connection c, final ProjectLock lock) {
		try {
			if (c != null) c.close();
		}
		catch (final SQLException ignored) {
			// the failure that brought us here is the one to report
		}
		try {
			lock.close();
		}
		catch (final IOException ignored) {
			// as above
		}
	}
}
