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

package org.zapfiji.viewer.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Draws the plane a viewer transform shows, from every visible source, into an
 * ARGB pixel array: the one renderer behind the viewer window, the batch
 * {@code ZAP Render View} command and the benchmarks, so all three draw the
 * same pixels.
 * <p>
 * Screen pixel {@code (x, y)} shows global point {@code view⁻¹(x, y, 0)}. Each
 * source is read at the {@link Levels#best level} for the zoom. When a block is
 * not loaded, an interactive frame ({@code wait == false}) takes that pixel
 * from the next coarser level that has it, or leaves it black, queues the
 * block, and reports itself incomplete; a batch frame ({@code wait == true})
 * loads it and is always complete. Rows are split into stripes rendered in
 * parallel.
 */
public final class ViewRenderer implements AutoCloseable {

	private final ExecutorService executor;

	private final int threads;

	/** Renders on {@code threads} daemon threads of its own. */
	public ViewRenderer(final int threads) {
		this.threads = Math.max(1, threads);
		this.executor = Executors.newFixedThreadPool(this.threads, r -> {
			final Thread t = new Thread(r, "zap-render");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * For a viewer window: one thread per core but one (at least one), so the
	 * event thread and the display always find a free core and the window stays
	 * responsive while frames are drawn back to back.
	 */
	public static ViewRenderer interactive() {
		return new ViewRenderer(Runtime.getRuntime().availableProcessors() - 1);
	}

	/** One thread per core, for batch rendering. */
	public static ViewRenderer forAllCores() {
		return new ViewRenderer(Runtime.getRuntime().availableProcessors());
	}

	/** Renders {@code snapshot} through its own transform. */
	public RenderResult render(final ViewerSnapshot snapshot, final int width,
		final int height, final int[] argb, final boolean wait) throws IOException
	{
		return render(snapshot, snapshot.transform(), width, height, argb, wait);
	}

	/**
	 * Renders {@code snapshot} through {@code view}, e.g. the viewer transform
	 * scaled down for a quick coarse frame.
	 *
	 * @param argb at least {@code width × height} pixels, row by row
	 * @param wait load missing blocks now (batch) rather than queue them
	 * @throws IOException if {@code wait} and a block cannot be read
	 */
	public RenderResult render(final ViewerSnapshot snapshot, final Affine3D view,
		final int width, final int height, final int[] argb, final boolean wait)
		throws IOException
	{
		final long start = System.nanoTime();
		final List<SourcePass> passes = new ArrayList<>();
		final int[] levels = new int[snapshot.sources().size()];
		Arrays.fill(levels, -1);
		for (int i = 0; i < levels.length; i++) {
			final SourceDisplay display = snapshot.display(i);
			if (!display.visible()) continue;
			if (PaintedChannels.startAt(snapshot, i)) {
				final SourcePass pass = new SourcePass((ActivitySource) snapshot
					.sources().get(i), view, snapshot.time(), wait);
				Arrays.fill(levels, i, i + 3, pass.level);
				passes.add(pass);
				i += 2;
				continue;
			}
			final SourcePass pass = new SourcePass(snapshot.sources().get(i), display,
				view, snapshot.time(), wait);
			levels[i] = pass.level;
			passes.add(pass);
		}
		final Interpolation interpolation = snapshot.interpolation();
		final int stripes = Math.max(1, Math.min(height, threads * 8));
		final List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int s = 0; s < stripes; s++) {
			final int y0 = (int) ((long) height * s / stripes);
			final int y1 = (int) ((long) height * (s + 1) / stripes);
			tasks.add(() -> renderRows(passes, interpolation, width, y0, y1, argb));
		}
		boolean complete = true;
		try {
			for (final Future<Boolean> f : executor.invokeAll(tasks))
				complete &= f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("rendering was interrupted", e);
		}
		catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof UncheckedIOException)
				throw ((UncheckedIOException) cause).getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IOException(cause);
		}
		return new RenderResult(complete, levels, System.nanoTime() - start);
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	private static boolean renderRows(final List<SourcePass> passes,
		final Interpolation interpolation, final int width, final int y0,
		final int y1, final int[] argb)
	{
		if (passes.size() == 1) return renderAlone(passes.get(0), interpolation,
			width, y0, y1, argb);
		final int[] r = new int[width], g = new int[width], b = new int[width];
		final List<LevelSampler[]> chains = new ArrayList<>();
		for (final SourcePass pass : passes)
			chains.add(pass.samplers());
		final boolean trilinear = interpolation == Interpolation.TRILINEAR;
		boolean complete = true;
		for (int y = y0; y < y1; y++) {
			Arrays.fill(r, 0);
			Arrays.fill(g, 0);
			Arrays.fill(b, 0);
			for (int p = 0; p < passes.size(); p++) {
				final DisplayConverter converter = passes.get(p).converter;
				final int[] painted = passes.get(p).painted;
				final LevelSampler[] chain = chains.get(p);
				if (painted != null) for (int x = 0; x < width; x++) {
					final double v = sample(chain, trilinear, x, y);
					if (chain[0].status == LevelSampler.NOT_LOADED) complete = false;
					if (v != v) continue;
					final int c = PaintedChannels.color(painted, v);
					r[x] += c >> 16 & 0xff;
					g[x] += c >> 8 & 0xff;
					b[x] += c & 0xff;
				}
				else for (int x = 0; x < width; x++) {
					final double v = sample(chain, trilinear, x, y);
					if (chain[0].status == LevelSampler.NOT_LOADED) complete = false;
					if (v == v) converter.add(converter.level(v), r, g, b, x);
				}
			}
			final int row = y * width;
			for (int x = 0; x < width; x++)
				argb[row + x] = DisplayConverter.argb(r[x], g[x], b[x]);
		}
		return complete;
	}

	/** One source: each pixel is one sample and one colour table read. */
	private static boolean renderAlone(final SourcePass pass,
		final Interpolation interpolation, final int width, final int y0,
		final int y1, final int[] argb)
	{
		final LevelSampler[] chain = pass.samplers();
		final boolean trilinear = interpolation == Interpolation.TRILINEAR;
		boolean complete = true;
		if (pass.painted != null) {
			for (int y = y0; y < y1; y++) {
				final int row = y * width;
				for (int x = 0; x < width; x++) {
					final double v = sample(chain, trilinear, x, y);
					if (chain[0].status == LevelSampler.NOT_LOADED) complete = false;
					argb[row + x] = 0xff000000 | (v == v ? PaintedChannels.color(
						pass.painted, v) : 0);
				}
			}
			return complete;
		}
		final DisplayConverter converter = pass.converter;
		final int[] colors = converter.colors();
		for (int y = y0; y < y1; y++) {
			final int row = y * width;
			for (int x = 0; x < width; x++) {
				final double v = sample(chain, trilinear, x, y);
				if (chain[0].status == LevelSampler.NOT_LOADED) complete = false;
				argb[row + x] = colors[converter.level(v)];
			}
		}
		return complete;
	}

	/**
	 * The value at screen pixel {@code (x, y)} from the first level in
	 * {@code chain} that has its block, or NaN where there is none (outside the
	 * source, or nothing loaded yet). Leaves {@code chain[0].status} telling
	 * whether the chosen level was loaded.
	 */
	private static double sample(final LevelSampler[] chain,
		final boolean trilinear, final int x, final int y)
	{
		for (final LevelSampler s : chain) {
			final double v = trilinear ? s.trilinear(x, y) : s.nearest(x, y);
			if (s.status == LevelSampler.OK) return v;
			if (s.status == LevelSampler.OUTSIDE) return Double.NaN;
		}
		return Double.NaN;
	}

	/** One visible source, prepared for one frame. */
	private static final class SourcePass {

		final int level;

		/** Null when the pass draws a painting's three channels at once. */
		final DisplayConverter converter;

		/**
		 * 0xRRGGBB by label when the pass samples a segmentation for the three
		 * channels of an {@link ActivitySource} painting ({@link PaintedChannels});
		 * null for a pass of one source through its display.
		 */
		final int[] painted;

		private final ViewerSource source;

		private final Affine3D[] screenToVoxel;

		private final VoxelBlocks[] blocks;

		private final boolean wait;

		SourcePass(final ViewerSource source, final SourceDisplay display,
			final Affine3D view, final int time, final boolean wait)
		{
			this.source = source;
			this.wait = wait;
			final int t = Math.min(time, source.numTimepoints() - 1);
			level = Levels.best(source, view, t);
			converter = new DisplayConverter(display);
			painted = null;
			final int last = wait ? level : source.numLevels() - 1;
			screenToVoxel = new Affine3D[last - level + 1];
			blocks = new VoxelBlocks[last - level + 1];
			for (int l = level; l <= last; l++) {
				screenToVoxel[l - level] = Levels.screenToVoxel(source, l, view, t);
				blocks[l - level] = source.blocks(l, t);
			}
		}

		/**
		 * The three channels of {@code red}'s painting: its segmentation's labels,
		 * sampled where {@code red} would sample them, and the colours at the
		 * frame.
		 */
		SourcePass(final ActivitySource red, final Affine3D view, final int time,
			final boolean wait)
		{
			this.source = red;
			this.wait = wait;
			final int t = Math.min(time, red.numTimepoints() - 1);
			level = Levels.best(red, view, t);
			converter = null;
			painted = PaintedChannels.colors(red, t);
			final int last = wait ? level : red.numLevels() - 1;
			screenToVoxel = new Affine3D[last - level + 1];
			blocks = new VoxelBlocks[last - level + 1];
			for (int l = level; l <= last; l++) {
				screenToVoxel[l - level] = Levels.screenToVoxel(red, l, view, t);
				blocks[l - level] = red.segmentation().blocks(l, red.segmentationTime(
					t));
			}
		}

		/** Samplers from the chosen level to the coarsest, for one thread. */
		LevelSampler[] samplers() {
			final LevelSampler[] chain = new LevelSampler[blocks.length];
			for (int i = 0; i < chain.length; i++)
				chain[i] = new LevelSampler(blocks[i], screenToVoxel[i], wait);
			return chain;
		}

		@Override
		public String toString() {
			return source.name() + " level " + level;
		}
	}
}
