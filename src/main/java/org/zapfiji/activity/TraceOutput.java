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

package org.zapfiji.activity;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.convert.StagedOutput;

/**
 * Traces being written, frames × neurons float32, frame after frame, into a
 * hidden folder beside the target: {@link #commit()} renames the finished file
 * into place, {@link #close()} without it leaves nothing behind. So a canceled
 * or failed extraction never leaves half a table that looks whole.
 * <p>
 * The format follows the target's name: {@code .csv} (a header row
 * {@code frame,label_1,...,label_N}, then one row per frame), {@code .npy}
 * (NumPy format 1.0, {@code <f4}, C order, shape (frames, neurons)), anything
 * else a Zarr v3 array in ZAPBench's traces layout (shape [frames, neurons],
 * chunks 512 × 512, codec {@code bytes} only, fill value 0).
 */
public abstract class TraceOutput implements Closeable {

	private final Path target;

	private final boolean overwrite;

	private final StagedOutput staging;

	final int frames;

	final int neurons;

	private int written;

	private boolean committed;

	TraceOutput(final Path target, final int frames, final int neurons,
		final boolean overwrite) throws IOException
	{
		this.target = target.toAbsolutePath();
		this.frames = frames;
		this.neurons = neurons;
		this.overwrite = overwrite;
		this.staging = StagedOutput.beside(this.target);
	}

	/**
	 * A new output at {@code target}.
	 *
	 * @throws IOException if {@code target} exists and not {@code overwrite}
	 */
	public static TraceOutput create(final Path target, final int frames,
		final int neurons, final boolean overwrite) throws IOException
	{
		return create(target, frames, neurons, overwrite, LabelColumns.identity());
	}

	/**
	 * A new output at {@code target} whose columns hold the labels
	 * {@code columns} gives them: a CSV header names each column's label
	 * ({@code label_<k>}, or {@code column_<n>} where no label maps).
	 *
	 * @throws IOException if {@code target} exists and not {@code overwrite}
	 */
	public static TraceOutput create(final Path target, final int frames,
		final int neurons, final boolean overwrite, final LabelColumns columns)
		throws IOException
	{
		if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS))
			throw new IOException(target +
				" exists; it is only replaced with overwrite");
		final Path parent = target.toAbsolutePath().getParent();
		if (parent != null) Files.createDirectories(parent);
		final String name = target.getFileName().toString().toLowerCase(
			Locale.ROOT);
		if (name.endsWith(".csv")) return new CsvTraceOutput(target, frames,
			neurons, overwrite, columns);
		if (name.endsWith(".npy")) return new NpyTraceOutput(target, frames,
			neurons, overwrite);
		return new ZarrTraceOutput(target, frames, neurons, overwrite);
	}

	/** Where the finished output goes. */
	public Path target() {
		return target;
	}

	/** Where this output writes before the rename. */
	final Path staged() {
		return staging.path(target);
	}

	/**
	 * Appends {@code count} frames, frame after frame ({@code neurons} values
	 * each).
	 */
	public final void write(final float[] rows, final int count)
		throws IOException
	{
		if (written + count > frames) throw new IllegalStateException(target +
			": " + (written + count) + " frames written, " + frames + " declared");
		append(rows, count, written);
		written += count;
	}

	abstract void append(float[] rows, int count, int firstFrame)
		throws IOException;

	/** Finishes the file and renames it into place. */
	public final void commit() throws IOException {
		if (written != frames) throw new IllegalStateException(target + ": " +
			written + " of " + frames + " frames written");
		finish();
		staging.publish(List.of(target), overwrite);
		committed = true;
	}

	abstract void finish() throws IOException;

	/** Releases files; without {@link #commit()}, deletes what was written. */
	@Override
	public void close() throws IOException {
		try {
			release();
		}
		finally {
			staging.close();
		}
	}

	abstract void release() throws IOException;

	boolean committed() {
		return committed;
	}
}
