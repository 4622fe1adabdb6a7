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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.zapfiji.data.DebianPython;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.codec.BloscCodec.Shuffle;
import org.zapfiji.data.codec.Decompressors;

/**
 * Our Blosc decoder beside C-Blosc (numcodecs) on the same chunk bytes, in one
 * run: {@code BloscVersusNumcodecs [iterations]}.
 * <p>
 * For each compressor the {@link ZapbenchChunk} is encoded once by numcodecs;
 * both sides then decode those bytes warm, many times, and report the median as
 * MB/s (10^6 decoded bytes per second). C-Blosc is timed with one thread, like
 * ours, and with numcodecs' default thread count. Python's per-call overhead (a
 * few microseconds) is included on its side; at a chunk of 0.5 MB that is under
 * a few percent. The header names our decoders (native or pure Java) and the
 * load average, which must be low for the figures to mean much.
 */
public final class BloscVersusNumcodecs {

	private static final String[] CNAMES = { "zstd", "lz4", "blosclz" };

	private static final String TIMEIT = String.join("\n", //
		"import sys, time, statistics, numcodecs.blosc as blosc", //
		"path, n, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])", //
		"blosc.use_threads = threads > 1", //
		"blosc.set_nthreads(threads)", //
		"chunk = open(path, 'rb').read()", //
		"for _ in range(n // 4 + 10): blosc.decompress(chunk)", //
		"times = []", //
		"for _ in range(n):", //
		"    t = time.perf_counter(); blosc.decompress(chunk)", //
		"    times.append(time.perf_counter() - t)", //
		"print(statistics.median(times))", "");

	private BloscVersusNumcodecs() {}

	public static void main(final String[] args) throws IOException {
		final int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 400;
		if (DebianPython.run("import numcodecs").status != 0) {
			System.err.println("Needs Debian's python3-numcodecs: apt-get install " +
				"python3-numcodecs");
			System.exit(1);
		}
		final int threads = Integer.parseInt(DebianPython.run(
			"import numcodecs.blosc as b; print(b.get_nthreads())").expectSuccess()
			.trim());
		System.out.printf(Locale.ROOT,
			"ZAPBench raw chunk, 512 x 512 uint16, level 4, byte shuffle, " +
				"%d bytes; median of %d decodes, MB/s%n", ZapbenchChunk.BYTES,
			iterations);
		System.out.println("Our decoders: " + Decompressors.describe() +
			"; load average before: " + loadAverage());
		System.out.printf(Locale.ROOT, "%-8s %6s %9s %9s %11s %11s%n", "cname",
			"ratio", "ours 1t", "ours " + threads + "t", "C-Blosc 1t", "C-Blosc " +
				threads + "t");
		for (final String cname : CNAMES)
			compare(cname, iterations, threads);
		System.out.println("load average after: " + loadAverage());
	}

	private static String loadAverage() {
		try {
			return new String(Files.readAllBytes(Path.of("/proc/loadavg"))).trim();
		}
		catch (final IOException e) {
			return "unknown";
		}
	}

	private static void compare(final String cname, final int iterations,
		final int threads) throws IOException
	{
		final ZapbenchChunk chunk = ZapbenchChunk.encodedWith(cname);
		final byte[] encoded = chunk.encoded();
		final double ours = oursSeconds(cname, encoded, chunk.raw(), iterations);
		final double oursParallel = oursParallelSeconds(cname, encoded, chunk
			.raw().length, iterations, threads);
		final Path file = Files.createTempFile("zapbench-" + cname, ".blosc");
		try {
			Files.write(file, encoded);
			final double single = numcodecsSeconds(file, iterations, 1);
			final double multi = numcodecsSeconds(file, iterations, threads);
			System.out.printf(Locale.ROOT, "%-8s %6.2f %9.0f %9.0f %11.0f %11.0f%n",
				cname, (double) ZapbenchChunk.BYTES / encoded.length, mbps(ours), mbps(
					oursParallel), mbps(single), mbps(multi));
		}
		finally {
			Files.delete(file);
		}
	}

	/** Median seconds per decode, after a warmup long enough for C2. */
	private static double oursSeconds(final String cname, final byte[] encoded,
		final byte[] raw, final int iterations) throws IOException
	{
		final BloscCodec codec = BloscCodec.of(cname, ZapbenchChunk.CLEVEL,
			Shuffle.BYTE, 2, 0);
		if (!Arrays.equals(raw, codec.decode(encoded, raw.length)))
			throw new IllegalStateException(cname + ": our decode differs");
		final long warmupEnd = System.nanoTime() + 3_000_000_000L;
		while (System.nanoTime() < warmupEnd)
			codec.decode(encoded, raw.length);
		final long[] times = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			final long start = System.nanoTime();
			codec.decode(encoded, raw.length);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times[iterations / 2] * 1e-9;
	}

	/**
	 * Seconds per chunk when {@code threads} threads decode chunks side by side,
	 * as a reader of many chunks does: the throughput of the whole machine, to
	 * set beside C-Blosc's threads working inside one chunk.
	 */
	private static double oursParallelSeconds(final String cname,
		final byte[] encoded, final int size, final int iterations,
		final int threads)
	{
		final BloscCodec codec = BloscCodec.of(cname, ZapbenchChunk.CLEVEL,
			Shuffle.BYTE, 2, 0);
		final int perThread = Math.max(iterations, 2000);
		final Runnable decodeMany = () -> {
			try {
				for (int i = 0; i < perThread; i++)
					codec.decode(encoded, size);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
		};
		decodeMany.run(); // warm
		final Thread[] workers = new Thread[threads];
		final long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			workers[t] = new Thread(decodeMany);
			workers[t].start();
		}
		for (final Thread t : workers)
			join(t);
		return (System.nanoTime() - start) * 1e-9 / ((double) threads * perThread);
	}

	private static void join(final Thread t) {
		try {
			t.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static double numcodecsSeconds(final Path file, final int iterations,
		final int threads)
	{
		return Double.parseDouble(DebianPython.run(TIMEIT, file.toString(), "" +
			iterations, "" + threads).expectSuccess().trim());
	}

	private static double mbps(final double seconds) {
		return ZapbenchChunk.BYTES / seconds / 1e6;
	}
}
