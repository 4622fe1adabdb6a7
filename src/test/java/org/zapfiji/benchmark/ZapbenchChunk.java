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
import java.util.Random;

import org.zapfiji.data.DebianPython;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * One chunk of ZAPBench's raw video as it is stored: 512 × 512 uint16 (one
 * [512, 512, 1, 1] chunk), Blosc with byte shuffle, level 4; ZAPBench uses
 * zstd.
 * <p>
 * The content is synthetic but shaped like the recording: a background of about
 * 100 counts varying by ±10 %, about 120 Gaussian nuclei (sigma 4–5.5 px, that
 * is 1.6–2.2 µm at 0.406 µm per pixel, peaks log-normal around 300 counts) and
 * shot noise with variance equal to the mean plus read noise, all from one
 * fixed seed. How well it compresses, and so how fast it decodes, depends on
 * that noise, which is why it is not a smooth test pattern.
 * <p>
 * The chunk is encoded by C-Blosc through Debian's numcodecs where that is
 * installed, so that what is timed is decoding C-Blosc's own output, and by our
 * encoder otherwise; {@link #encoder} says which.
 */
public final class ZapbenchChunk {

	public static final int SIDE = 512;

	public static final int BYTES = SIDE * SIDE * 2;

	public static final int CLEVEL = 4;

	private final byte[] raw;

	private final byte[] encoded;

	private final String encoder;

	private ZapbenchChunk(final byte[] raw, final byte[] encoded,
		final String encoder)
	{
		this.raw = raw;
		this.encoded = encoded;
		this.encoder = encoder;
	}

	/** The plane, encoded with {@code cname}, level 4, byte shuffle. */
	public static ZapbenchChunk encodedWith(final String cname) {
		final byte[] raw = microscopyPlane(20240930);
		try {
			if (DebianPython.run("import numcodecs").status == 0)
				return new ZapbenchChunk(raw, numcodecsEncode(raw, cname),
					"numcodecs (C-Blosc)");
			return new ZapbenchChunk(raw, BloscCodec.of(cname, CLEVEL, Shuffle.BYTE,
				2, 0).encode(raw), "ours (no numcodecs found)");
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public byte[] raw() {
		return raw.clone();
	}

	public byte[] encoded() {
		return encoded.clone();
	}

	public String encoder() {
		return encoder;
	}

	private static byte[] numcodecsEncode(final byte[] raw, final String cname)
		throws IOException
	{
		final Path in = Files.createTempFile("zapbench-chunk", ".raw");
		final Path out = Files.createTempFile("zapbench-chunk", ".blosc");
		try {
			Files.write(in, raw);
			DebianPython.run(String.join("\n", "import sys, numpy as np", //
				"from numcodecs import Blosc", //
				"a = np.fromfile(sys.argv[1], dtype='<u2')", //
				"c = Blosc(sys.argv[3], " + CLEVEL + ", Blosc.SHUFFLE)", //
				"open(sys.argv[2], 'wb').write(c.encode(a))", ""), in.toString(), out
					.toString(), cname).expectSuccess();
			return Files.readAllBytes(out);
		}
		finally {
			Files.delete(in);
			Files.delete(out);
		}
	}

	/** Little-endian uint16, rows of {@link #SIDE}. */
	static byte[] microscopyPlane(final long seed) {
		final Random random = new Random(seed);
		final double[] plane = new double[SIDE * SIDE];
		for (int y = 0; y < SIDE; y++)
			for (int x = 0; x < SIDE; x++)
				plane[y * SIDE + x] = 100 * (1 + 0.1 * Math.sin(x / 80.0 + y / 130.0));
		for (int n = 0; n < 120; n++)
			addNucleus(plane, random);
		final byte[] bytes = new byte[BYTES];
		for (int i = 0; i < plane.length; i++) {
			final double mean = plane[i];
			final long v = Math.max(0, Math.min(65535, Math.round(mean + Math.sqrt(
				mean + 4) * random.nextGaussian())));
			bytes[2 * i] = (byte) v;
			bytes[2 * i + 1] = (byte) (v >>> 8);
		}
		return bytes;
	}

	private static void addNucleus(final double[] plane, final Random random) {
		final double cx = random.nextDouble() * SIDE;
		final double cy = random.nextDouble() * SIDE;
		final double sigma = 4 + 1.5 * random.nextDouble();
		final double peak = 300 * Math.exp(0.5 * random.nextGaussian());
		final int r = (int) Math.ceil(4 * sigma);
		for (int y = Math.max(0, (int) cy - r); y < Math.min(SIDE, cy + r); y++)
			for (int x = Math.max(0, (int) cx - r); x < Math.min(SIDE, cx + r); x++) {
				final double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
				plane[y * SIDE + x] += peak * Math.exp(-d2 / (2 * sigma * sigma));
			}
	}
}
