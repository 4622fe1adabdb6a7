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

import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.SwingUtilities;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * The viewer window panning across cold, lazily loaded data while the event
 * thread is watched: a ZAPBench-sized frame (2048 × 1328 × 72 uint16, Zarr v3,
 * 512 × 512 × 1 chunks, Blosc zstd) not yet in the chunk cache, dragged with
 * the right button through {@link Robot} (real X events) at about 60 moves per
 * second while the wheel steps through z, so every few frames ask for new
 * chunks.
 * <p>
 * A probe thread posts a task to the event thread every millisecond; the
 * longest time such a task waited is the longest stall a user could feel. The
 * same probe runs first with the window open and idle, as the floor of the
 * measurement. The chunk cache's bytes in use are sampled all along against its
 * bound. Needs a display (run under {@code xvfb-run}). Usage:
 * {@code ViewerPanBenchmark [seconds [cacheMB]]}.
 */
public final class ViewerPanBenchmark {

	private ViewerPanBenchmark() {}

	public static void main(final String... args) throws Exception {
		final int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		final long cacheBytes = (args.length > 1 ? Long.parseLong(args[1])
			: 256) << 20;
		final Volume volume = VolumeIoBenchmark.zapbenchFrameVolume();
		final ZarrArray array = (ZarrArray) volume.level(0);
		final ChunkCache cache = new ChunkCache(cacheBytes);
		try (ChunkLoader loader = ChunkLoader.interactive(cache)) {
			final List<ViewerSource> sources = VolumeSource.channels(volume, loader);
			final ViewerFrame frame = ViewerFrame.show("pan benchmark", sources,
				loader);
			final Robot robot = new Robot();
			SwingUtilities.invokeAndWait(() -> frame.setLocation(40, 40));
			Thread.sleep(1500);
			final ViewerPanel panel = frame.panel();
			final AtomicLong changes = new AtomicLong();
			panel.state().addListener(change -> changes.incrementAndGet());
			SwingUtilities.invokeAndWait(() -> panel.state().setTransform(
				ViewTransforms.centeredOn(new double[] { 400, 270, 144 }, Plane.XY, 1 /
					0.406, panel.getWidth(), panel.getHeight())));
			Thread.sleep(500);
			System.out.printf(
				"panel %d x %d, one screen pixel per voxel; cache bound %d MB; frame %s%n",
				panel.getWidth(), panel.getHeight(), cacheBytes >> 20, Arrays.toString(
					array.metadata().shape()));
			final Probe idle = Probe.start(cache);
			Thread.sleep(3000);
			idle.stop().print("idle window (floor)");
			final TimedEventQueue events = TimedEventQueue.install();
			final GcPauses gc = GcPauses.listen();
			final Probe panning = Probe.start(cache);
			final long loadsBefore = cache.loads();
			pan(robot, panel, seconds);
			final Probe.Result result = panning.stop();
			result.print("panning cold data");
			System.out.printf(
				"  garbage collection meanwhile: %d pauses, longest %d ms (a pause stops the event thread too; ZGC reports none)%n",
				gc.count(), gc.longest());
			System.out.printf(
				"  longest single event on the event thread: %.2f ms, %.2f ms of it on a core (%s)%n",
				events.longestMillis(), events.longestCpuMillis(), events
					.longestEvent());
			System.out.printf(
				"  viewer state changes: %d, chunks loaded while panning: %d, failed: %d%n",
				changes.get(), cache.loads() - loadsBefore, loader.failures());
			final Runtime rt = Runtime.getRuntime();
			System.gc();
			System.out.printf("  heap after GC: %d MB (max heap %d MB)%n", (rt
				.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
			SwingUtilities.invokeAndWait(frame::dispose);
		}
		System.exit(0);
	}

	/** Right-drag back and forth across the frame, a wheel click each sweep. */
	private static void pan(final Robot robot, final ViewerPanel panel,
		final int seconds) throws Exception
	{
		final Point origin = panel.getLocationOnScreen();
		final int y = origin.y + panel.getHeight() / 2;
		final int left = origin.x + 50, right = origin.x + panel.getWidth() - 50;
		final long end = System.nanoTime() + seconds * 1_000_000_000L;
		int direction = -1;
		while (System.nanoTime() < end) {
			final int from = direction < 0 ? right : left;
			final int to = direction < 0 ? left : right;
			robot.mouseMove(from, y);
			robot.mousePress(InputEvent.BUTTON3_DOWN_MASK);
			for (int step = 1; step <= 40 && System.nanoTime() < end; step++) {
				robot.mouseMove(from + (to - from) * step / 40, y + (step % 2));
				Thread.sleep(16);
			}
			robot.mouseRelease(InputEvent.BUTTON3_DOWN_MASK);
			robot.mouseWheel(1);
			direction = -direction;
		}
	}

	/** Watches the event thread and the cache from a thread of its own. */
	private static final class Probe implements Runnable {

		private final ChunkCache cache;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ConcurrentLinkedQueue<Long> waits =
			new ConcurrentLinkedQueue<>();

		private final AtomicLong maxCacheBytes = new AtomicLong();

		private final Thread thread = new Thread(this, "edt-probe");

		private Probe(final ChunkCache cache) {
			this.cache = cache;
		}

		static Probe start(final ChunkCache cache) {
			final Probe p = new Probe(cache);
			p.thread.start();
			return p;
		}

		@Override
		public void run() {
			while (running.get()) {
				final long posted = System.nanoTime();
				try {
					SwingUtilities.invokeAndWait(() -> waits.add(System.nanoTime() -
						posted));
					maxCacheBytes.accumulateAndGet(cache.bytesInUse(), Math::max);
					Thread.sleep(1);
				}
				catch (final Exception e) {
					return;
				}
			}
		}

		Result stop() throws InterruptedException {
			running.set(false);
			thread.join();
			final long[] w = waits.stream().mapToLong(Long::longValue).sorted()
				.toArray();
			return new Result(w, maxCacheBytes.get(), cache.maxBytes());
		}

		static final class Result {

			final long[] waits;

			final long maxCache;

			final long bound;

			Result(final long[] waits, final long maxCache, final long bound) {
				this.waits = waits;
				this.maxCache = maxCache;
				this.bound = bound;
			}

			void print(final String what) {
				final int n = waits.length;
				System.out.printf(
					"  %-20s event-thread wait over %d probes: median %.2f ms, p99 %.2f ms, longest %.2f ms; cache max %d MB of %d MB%n",
					what, n, waits[n / 2] / 1e6, waits[(int) (n * 0.99)] / 1e6, waits[n -
						1] / 1e6, maxCache >> 20, bound >> 20);
			}
		}
	}
}
