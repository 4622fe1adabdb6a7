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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.zapfiji.annotation.Mark;

/**
 * The marks of a batch entry, kept for undo and replay in the append-only
 * {@code batch_chunks} table as blobs of {@value #MARKS_PER_CHUNK} whole marks
 * ({@link MarkBytes}). A batch is encoded once: the chunk's bytes are the log's
 * blob, and each mark's slice of them is the {@code details} column of its row
 * in {@code marks}, so an import writes each mark's fields to the file twice
 * but encodes and binds them almost only once.
 */
final class BatchChunks {

	static final int MARKS_PER_CHUNK = 4096;

	/**
	 * How many chunks the encoder may run ahead of SQLite. Enough to never keep
	 * it waiting, few enough that encoded chunks die young: when all of a million
	 * marks were encoded ahead, the garbage collector copied them from generation
	 * to generation, in pauses that stopped the import too.
	 */
	private static final int CHUNKS_AHEAD = 3;

	/** Divides {@link #MARKS_PER_CHUNK}: only a last chunk needs another. */
	private static final int ROWS_PER_INSERT = 128;

	private BatchChunks() {}

	/** A chunk's bytes, and each mark's details column cut from them. */
	private static final class Encoded {

		final byte[] bytes;

		/** Each mark's details column, cut here rather than on the SQL thread. */
		final byte[][] details;

		/** @param w reused from chunk to chunk: growing it is costly garbage */
		Encoded(final List<Mark> marks, final ByteWriter w) {
			w.reset();
			final int[] cuts = new int[2 * marks.size()];
			for (int i = 0; i < marks.size(); i++) {
				final Mark m = marks.get(i);
				MarkBytes.writeColumns(w, m);
				cuts[2 * i] = w.size();
				MarkBytes.writeDetails(w, m);
				cuts[2 * i + 1] = w.size();
			}
			bytes = w.toArray();
			details = new byte[marks.size()][];
			for (int i = 0; i < details.length; i++)
				details[i] = Arrays.copyOfRange(bytes, cuts[2 * i], cuts[2 * i + 1]);
		}
	}

	/**
	 * Keeps the marks of batch entry {@code batch}, in their order, and with
	 * {@code withRows} inserts them into {@code marks} as well. The chunks are
	 * encoded on a second thread, ahead of the statements that write them:
	 * encoding a million marks means fetching each from memory, which costs about
	 * a third of what SQLite needs to store them.
	 */
	static void write(final Connection c, final long batch,
		final List<Mark> marks, final boolean withRows) throws SQLException
	{
		final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
			final Thread t = new Thread(r, "ZAP project store: encoder");
			t.setDaemon(true);
			return t;
		});
		try (PreparedStatement chunk = c.prepareStatement(
			"INSERT INTO batch_chunks (batch, part, marks) VALUES (?, ?, ?)");
				PreparedStatement rows = c.prepareStatement(MarkRows.insert(
					ROWS_PER_INSERT)))
		{
			final ByteWriter scratch = new ByteWriter(); // only the encoder uses it
			final int parts = (marks.size() + MARKS_PER_CHUNK - 1) / MARKS_PER_CHUNK;
			final Deque<Future<Encoded>> ahead = new ArrayDeque<>();
			for (int part = 0; part < parts; part++) {
				for (int next = part + ahead.size(); next < parts && ahead
					.size() < CHUNKS_AHEAD; next++)
					ahead.add(encoder.submit(encode(marks, next, scratch)));
				final Encoded e = done(ahead.remove());
				if (withRows) insertRows(c, rows, marks.subList(part * MARKS_PER_CHUNK,
					Math.min(marks.size(), (part + 1) * MARKS_PER_CHUNK)), e);
				chunk.setLong(1, batch);
				chunk.setInt(2, part);
				chunk.setBytes(3, e.bytes);
				chunk.executeUpdate();
			}
		}
		finally {
			encoder.shutdownNow();
		}
	}

	private static Callable<Encoded> encode(final List<Mark> marks,
		final int part, final ByteWriter scratch)
	{
		final List<Mark> some = marks.subList(part * MARKS_PER_CHUNK, Math.min(marks
			.size(), (part + 1) * MARKS_PER_CHUNK));
		return () -> new Encoded(some, scratch);
	}

	/** @throws IllegalArgumentException as encoding a mark did */
	private static Encoded done(final Future<Encoded> f) throws SQLException {
		try {
			return f.get();
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e
				.getCause();
			throw new IllegalStateException(e.getCause());
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while encoding a batch", e);
		}
	}

	private static void insertRows(final Connection c,
		final PreparedStatement full, final List<Mark> marks, final Encoded e)
		throws SQLException
	{
		int at = 0;
		for (; at + ROWS_PER_INSERT <= marks.size(); at += ROWS_PER_INSERT) {
			bindRows(full, marks, at, ROWS_PER_INSERT, e);
			full.executeUpdate();
		}
		if (at == marks.size()) return;
		try (PreparedStatement rest = c.prepareStatement(MarkRows.insert(marks
			.size() - at)))
		{
			bindRows(rest, marks, at, marks.size() - at, e);
			rest.executeUpdate();
		}
	}

	private static void bindRows(final PreparedStatement s,
		final List<Mark> marks, final int from, final int n, final Encoded e)
		throws SQLException
	{
		for (int k = 0; k < n; k++)
			MarkRows.bind(s, k * MarkRows.COUNT + 1, marks.get(from + k),
				e.details[from + k]);
	}

	/**
	 * The marks of a batch as they were added.
	 *
	 * @throws SQLException naming the batch and chunk if a chunk is damaged
	 */
	static List<Mark> read(final Connection c, final long batch)
		throws SQLException
	{
		try (PreparedStatement s = c.prepareStatement("SELECT part, marks FROM " +
			"batch_chunks WHERE batch = ? ORDER BY part"))
		{
			s.setLong(1, batch);
			final List<Mark> marks = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next())
					readChunk(batch, r.getInt(1), r.getBytes(2), marks);
			}
			return marks;
		}
	}

	private static void readChunk(final long batch, final int part,
		final byte[] bytes, final List<Mark> into) throws SQLException
	{
		try {
			final ByteReader r = new ByteReader(bytes);
			while (!r.atEnd())
				into.add(MarkBytes.readMark(r));
		}
		catch (final IllegalArgumentException | NullPointerException e) {
			throw new SQLException("batch_chunks: batch " + batch + ", part " + part +
				", column marks: " + e.getMessage(), e);
		}
	}
}
