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

package org.zapfiji.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;

/**
 * Fuzzes the readers of the activity view: a conditions JSON, a label-column
 * CSV and traces in {@code .npy} and CSV. A file a reader accepts must then
 * also be usable: every accessor of the conditions answers, and every frame and
 * the first and last neuron of a trace table read without a crash. Seeds are in
 * {@code src/test/resources/org/zapfiji/fuzz/Activity<Reader>FuzzTestInputs/};
 * one {@code Activity*FuzzTest} class per reader calls these.
 */
final class ActivityFuzzTargets {

	private ActivityFuzzTargets() {}

	/** One folder per JVM (each fuzz test runs in its own), deleted at exit. */
	private static final Path folder = MarkReaderOutcome.folderUntilExit(
		"zap-activity-fuzz");

	static void conditionsJson(final byte[] bytes) throws Exception {
		final Path file = write("conditions.json", bytes);
		MarkReaderOutcome.expectCleanFailure(() -> {
			final Conditions c = Conditions.read(file);
			c.describe();
			c.frames();
			c.windowLength();
			for (int i = 0; i < c.count(); i++) {
				c.name(i);
				c.isHeldOut(i);
				c.bounds(i);
				c.firstTestTarget(i);
				c.testWindows(i);
			}
			c.find("0");
			c.find(c.name(0));
		});
	}

	static void labelColumnsCsv(final byte[] bytes) throws Exception {
		final Path file = write("label-columns.csv", bytes);
		MarkReaderOutcome.expectCleanFailure(() -> {
			final LabelColumns l = LabelColumns.read(file);
			final int columns = l.columns(Integer.MAX_VALUE);
			l.maxLabel(columns);
			l.toString();
			for (int label = 0; label < 100; label++)
				l.column(label);
			for (int column = 0; column < 100; column++)
				l.label(column);
		});
	}

	static void npyTraces(final byte[] bytes) throws Exception {
		readTraces(write("traces.npy", bytes));
	}

	static void csvTraces(final byte[] bytes) throws Exception {
		readTraces(write("traces.csv", bytes));
	}

	private static void readTraces(final Path file) throws Exception {
		MarkReaderOutcome.expectCleanFailure(() -> {
			final TraceTable t = TraceTables.open(file);
			final int block = TraceTables.framesPerRead(t);
			for (int from = 0; from < t.frames(); from += block) {
				final int count = Math.min(block, t.frames() - from);
				if (t.readFrames(from, count).length != count * t.neurons())
					throw new AssertionError("readFrames gave the wrong length");
			}
			if (t.neurons() > 0 && t.frames() > 0) {
				t.readNeuron(0, 0, t.frames());
				t.readNeuron(t.neurons() - 1, 0, t.frames());
			}
		});
	}

	private static Path write(final String name, final byte[] bytes)
		throws IOException
	{
		final Path file = folder.resolve(name);
		Files.write(file, bytes);
		return file;
	}
}
