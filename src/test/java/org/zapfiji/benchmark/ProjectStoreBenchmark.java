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

package org.zapfiji.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * The project store against the targets, and beside it in the same run
 * what most tools do today: a CSV file rewritten on every edit. Also SQLite's
 * R*Tree, the alternative to our in-memory grid for box queries.
 * <p>
 * A main, not JMH: inserting a million marks is a one-shot operation on a fresh
 * file, which JMH's iterations do not fit. The repeatable operations are warmed
 * up and then timed one by one; the table gives medians.
 * <p>
 * Run with {@code java -Xmx3g -cp <test classpath>
 * org.zapfiji.benchmark.ProjectStoreBenchmark [directory]}; the files go to
 * {@code target/benchmarks/store} unless a directory is given.
 */
public final class ProjectStoreBenchmark {

	private static final int MARKS = 1_000_000;

	private static final ThreadMXBean THREADS = ManagementFactory
		.getThreadMXBean();

	private static final double[] VOLUME = { 830, 540, 290 };

	private static final double[] BOX = { 200, 200, 10 };

	private final Path dir;

	private final Random random = new Random(20260101);

	private final List<String[]> rows = new ArrayList<>();

	/** Where results go that the JIT must not discard. */
	private long sink;

	private ProjectStoreBenchmark(final Path dir) {
		this.dir = dir;
	}

	public static void main(final String[] args) throws Exception {
		final Path dir = Paths.get(args.length > 0 ? args[0]
			: "target/benchmarks/store");
		Files.createDirectories(dir);
		new ProjectStoreBenchmark(dir).run();
	}

	private void run() throws Exception {
		final List<Mark> marks = marks();
		final ProjectStore store = storeRows(marks);
		csvRows(marks);
		rtreeRows(marks);
		store.close();
		final double[] open = { seconds(() -> ProjectStore.open(store.file(),
			"bench").close()) };
		row("open a 1,000,000-mark project (checks + load)", open, "s", "");
		printTable();
	}

	private ProjectStore storeRows(final List<Mark> marks) throws Exception {
		final double[] inserts = new double[3];
		final double[] cpu = new double[3];
		ProjectStore store = null;
		for (int i = 0; i < inserts.length; i++) {
			if (store != null) store.close();
			final Path file = fresh("project-" + i + ".zap");
			ProjectStore.create(file, "benchmark");
			store = ProjectStore.open(file, "bench");
			final ProjectStore s = store;
			final long cpu0 = THREADS.getCurrentThreadCpuTime();
			inserts[i] = seconds(() -> s.addMarks(marks));
			cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
		}
		row("insert 1,000,000 marks (one transaction, one log entry)", inserts, "s",
			"<= 3 s");
		row("  the same, CPU time of the calling thread", cpu, "s", "");
		final ProjectStore s = store;
		final double[][][] boxes = boxes(3000);
		final int[] found = new int[1];
		final double[] query = millis(boxes.length, 2000, i -> found[0] += s
			.marksIn(boxes[i][0], boxes[i][1]).size());
		row("query a 200 x 200 x 10 um box (~" + found[0] / (boxes.length + 2000) +
			" marks found)", query, "ms", "<= 2 ms median");
		final double[] edit = millis(300, 50, i -> {
			final Mark m = marks.get(random.nextInt(MARKS));
			final Mark now = s.mark(m.id()).get();
			s.updateMark(now.toBuilder().status(MarkStatus.ACCEPTED).position(now
				.x() + 0.1, now.y(), now.z()).build());
		});
		row("one logged edit, committed (synchronous=FULL)", edit, "ms",
			"<= 5 ms median");
		final double[] undo = millis(100, 10, i -> s.undo());
		row("one undo, committed", undo, "ms", "");
		return store;
	}

	private void csvRows(final List<Mark> marks) throws Exception {
		final Path csv = dir.resolve("marks.csv");
		final double[] write = { seconds(() -> writeCsv(csv, marks)), seconds(
			() -> writeCsv(csv, marks)), seconds(() -> writeCsv(csv, marks)) };
		row("CSV: write 1,000,000 rows", write, "s", "");
		final double[][][] boxes = boxes(5);
		final double[] query = millis(boxes.length, 1, i -> scanCsv(csv, boxes[i]));
		row("CSV: box query by scanning the file", query, "ms", "");
		final double[] edit = millis(5, 0, i -> writeCsv(csv, marks));
		row("CSV: one edit = rewrite the whole file", edit, "ms", "");
	}

	/**
	 * A CSV rewrite as careful tools do it: a temporary file renamed over the old
	 * one. No fsync, which most do not do and which would only add to it.
	 */
	private static void writeCsv(final Path csv, final List<Mark> marks)
		throws IOException
	{
		final Path temp = csv.resolveSibling(csv.getFileName() + ".tmp");
		try (BufferedWriter w = Files.newBufferedWriter(temp,
			StandardCharsets.UTF_8))
		{
			w.write("id,x,y,z,radius_x,radius_y,radius_z,status,annotator,round," +
				"created,modified,click_x,click_y,click_z,refinement,score,comment\n");
			final StringBuilder line = new StringBuilder(256);
			for (final Mark m : marks) {
				line.setLength(0);
				line.append(m.id()).append(',').append(m.x()).append(',').append(m.y())
					.append(',').append(m.z());
				for (final double r : m.radius())
					line.append(',').append(r);
				line.append(',').append(m.status().id()).append(',').append(m
					.annotator()).append(',').append(m.round()).append(',').append(m
						.created()).append(',').append(m.modified());
				for (final double c : m.click())
					line.append(',').append(c);
				line.append(',').append(m.refinement()).append(',').append(m.score())
					.append(',').append(m.comment()).append('\n');
				w.append(line);
			}
		}
		Files.move(temp, csv, StandardCopyOption.REPLACE_EXISTING,
			StandardCopyOption.ATOMIC_MOVE);
	}

	private static int scanCsv(final Path csv, final double[][] box)
		throws IOException
	{
		int found = 0;
		try (BufferedReader r = Files.newBufferedReader(csv,
			StandardCharsets.UTF_8))
		{
			r.readLine();
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				final int a = line.indexOf(',');
				final int b = line.indexOf(',', a + 1);
				final int c = line.indexOf(',', b + 1);
				final int d = line.indexOf(',', c + 1);
				final double x = Double.parseDouble(line.substring(a + 1, b));
				final double y = Double.parseDouble(line.substring(b + 1, c));
				final double z = Double.parseDouble(line.substring(c + 1, d));
				if (x >= box[0][0] && x <= box[1][0] && y >= box[0][1] &&
					y <= box[1][1] && z >= box[0][2] && z <= box[1][2]) found++;
			}
		}
		return found;
	}

	/** SQLite's R*Tree over the same points, ids only: the other candidate. */
	private void rtreeRows(final List<Mark> marks) throws Exception {
		final Path file = fresh("rtree.db");
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement s = c.createStatement())
		{
			s.execute("PRAGMA journal_mode = WAL");
			s.execute("CREATE VIRTUAL TABLE points USING rtree(id, x0, x1, y0, y1, " +
				"z0, z1)");
			final double[] build = { seconds(() -> fillRtree(c, marks)) };
			row("R*Tree: index 1,000,000 points", build, "s", "");
			try (PreparedStatement q = c.prepareStatement("SELECT id FROM points " +
				"WHERE x0 <= ? AND x1 >= ? AND y0 <= ? AND y1 >= ? AND z0 <= ? AND " +
				"z1 >= ?"))
			{
				final double[][][] boxes = boxes(500);
				final double[] query = millis(boxes.length, 100, i -> {
					for (int d = 0; d < 3; d++) {
						q.setDouble(2 * d + 1, boxes[i][1][d]);
						q.setDouble(2 * d + 2, boxes[i][0][d]);
					}
					int n = 0;
					try (ResultSet r = q.executeQuery()) {
						while (r.next())
							n += r.getLong(1) == 0 ? 0 : 1;
					}
					sink += n;
				});
				row("R*Tree: box query, ids only (marks still to fetch)", query, "ms",
					"");
			}
		}
	}

	private static void fillRtree(final Connection c, final List<Mark> marks)
		throws Exception
	{
		c.setAutoCommit(false);
		try (PreparedStatement p = c.prepareStatement(
			"INSERT INTO points VALUES (?, ?, ?, ?, ?, ?, ?)"))
		{
			for (final Mark m : marks) {
				p.setLong(1, m.id());
				p.setDouble(2, m.x());
				p.setDouble(3, m.x());
				p.setDouble(4, m.y());
				p.setDouble(5, m.y());
				p.setDouble(6, m.z());
				p.setDouble(7, m.z());
				p.addBatch();
			}
			p.executeBatch();
		}
		c.commit();
		c.setAutoCommit(true);
	}

	private List<Mark> marks() {
		final List<Mark> marks = new ArrayList<>(MARKS);
		final Instant t = Instant.parse("2026-01-01T10:00:00.123456Z");
		for (int i = 0; i < MARKS; i++) {
			final double x = random.nextDouble() * VOLUME[0];
			final double y = random.nextDouble() * VOLUME[1];
			final double z = random.nextDouble() * VOLUME[2];
			marks.add(Mark.builder(random.nextLong() & Long.MAX_VALUE, x, y, z)
				.radius(2.5, 2.5, 3.5).status(MarkStatus.CANDIDATE).annotator(
					"detector").round(1).created(t).click(x + 0.3, y - 0.2, z).refinement(
						"local_maximum", random.nextDouble()).build());
		}
		return marks;
	}

	/** Random boxes of {@link #BOX} size inside the volume: {min, max}. */
	private double[][][] boxes(final int n) {
		final double[][][] boxes = new double[n][2][3];
		for (int i = 0; i < n; i++)
			for (int d = 0; d < 3; d++) {
				boxes[i][0][d] = random.nextDouble() * (VOLUME[d] - BOX[d]);
				boxes[i][1][d] = boxes[i][0][d] + BOX[d];
			}
		return boxes;
	}

	private Path fresh(final String name) throws IOException {
		final Path file = dir.resolve(name);
		for (final String suffix : new String[] { "", "-wal", "-shm", ".lock" })
			Files.deleteIfExists(file.resolveSibling(name + suffix));
		return file;
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;
	}

	@FunctionalInterface
	private interface IndexedWork {

		void run(int i) throws Exception;
	}

	private static double seconds(final Work w) throws Exception {
		final long t0 = System.nanoTime();
		w.run();
		return (System.nanoTime() - t0) / 1e9;
	}

	/** Times {@code n} runs after {@code warmup} untimed ones, in ms. */
	private static double[] millis(final int n, final int warmup,
		final IndexedWork w) throws Exception
	{
		for (int i = 0; i < warmup; i++)
			w.run(i % n);
		final double[] times = new double[n];
		for (int i = 0; i < n; i++) {
			final long t0 = System.nanoTime();
			w.run(i);
			times[i] = (System.nanoTime() - t0) / 1e6;
		}
		return times;
	}

	private void row(final String what, final double[] values, final String unit,
		final String target)
	{
		final double[] sorted = values.clone();
		Arrays.sort(sorted);
		final double median = sorted[sorted.length / 2];
		final double p90 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(0.9 *
			sorted.length) - 1)];
		rows.add(new String[] { what, number(median) + " " + unit, number(p90) +
			" " + unit, Integer.toString(values.length), target });
		System.err.println(what + ": median " + number(median) + " " + unit);
	}

	private void printTable() {
		final String[] header = { "Operation", "Median", "p90", "n", "Target" };
		final int[] w = new int[header.length];
		final List<String[]> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (final String[] r : all)
			for (int c = 0; c < r.length; c++)
				w[c] = Math.max(w[c], r[c].length());
		for (final String[] r : all) {
			final StringBuilder line = new StringBuilder();
			for (int c = 0; c < r.length; c++)
				line.append(String.format(c == 0 || c == 4 ? "%-" + w[c] + "s  " : "%" +
					w[c] + "s  ", r[c]));
			System.out.println(line.toString().stripTrailing());
		}
	}

	private static String number(final double v) {
		return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f"
			: v >= 1 ? "%.2f" : "%.3f", v);
	}
}
