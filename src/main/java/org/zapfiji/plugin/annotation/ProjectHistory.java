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

package org.zapfiji.plugin.annotation;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;
import ij.measure.ResultsTable;

/**
 * {@code Plugins > ZAP > ZAP Project History}: a project's edit log as a table
 * with the columns {@code seq, time} (ISO-8601 UTC), {@code annotator},
 * {@code operation} (add, update, delete), {@code kind} (mark, region,
 * mark_batch), {@code target} (mark or region id; for a batch the seq that
 * added it) and {@code undoes} (the seq an undo or redo reverts; empty
 * otherwise). With {@code output} it is written as CSV; without, it is shown as
 * an ImageJ results table, or logged as CSV lines when there is no display.
 */
public class ProjectHistory extends ZapCommand<ProjectHistory.Table> {

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap)").required();

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"CSV file to write; empty = show the table");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace an existing output");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, OUTPUT, OVERWRITE);

	/** The history and where it was written (null: not written). */
	public static final class Table {

		private final CsvTable table;

		private final Path written;

		Table(final CsvTable table, final Path written) {
			this.table = table;
			this.written = written;
		}

		public List<List<String>> rows() {
			return table.rows();
		}
	}

	@Override
	public String title() {
		return "ZAP Project History";
	}

	@Override
	public String summary() {
		return "Lists a project's edit log: who changed what, when.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Table execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path output = arguments.get(OUTPUT);
		if (output != null) CsvTable.checkNew(output, OUTPUT.key(), arguments.get(
			OVERWRITE));
		final ProjectStore store = Projects.openToRead(arguments.get(PROJECT),
			PROJECT.key());
		final CsvTable table = new CsvTable("seq", "time", "annotator", "operation",
			"kind", "target", "undoes");
		try {
			for (final Edit e : store.edits())
				table.add(Long.toString(e.seq()), e.instant().toString(), e.annotator(),
					e.operation().id(), e.kind().id(), Long.toString(e.target()), e
						.undoes() == null ? "" : e.undoes().toString());
		}
		catch (final ProjectException e) {
			throw new CommandException("Key 'project': " + e.getMessage(), e);
		}
		finally {
			Projects.closeQuietly(store);
		}
		if (output != null) table.write(output, OUTPUT.key());
		return new Table(table, output);
	}

	@Override
	protected void report(final Table history) {
		if (history.written != null) IJ.log(title() + ": wrote " + history.rows()
			.size() + " entries to " + history.written);
		else if (GraphicsEnvironment.isHeadless()) {
			for (final String line : history.table.toCsv().split("\n"))
				IJ.log(line);
		}
		else show(history.table);
	}

	private void show(final CsvTable table) {
		final ResultsTable results = new ResultsTable();
		for (final List<String> row : table.rows()) {
			results.incrementCounter();
			for (int c = 0; c < row.size(); c++)
				results.addValue(table.header().get(c), row.get(c));
		}
		results.show(title());
	}
}
