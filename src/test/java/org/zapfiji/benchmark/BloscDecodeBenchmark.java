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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * How fast our Blosc decodes one ZAPBench raw chunk ({@link ZapbenchChunk}: 512
 * × 512 uint16, level 4, byte shuffle), as written by C-Blosc where numcodecs
 * is installed.
 * <p>
 * The score is in decoded bytes per microsecond, which is MB/s (10^6 bytes):
 * each invocation decodes one chunk and counts as {@link ZapbenchChunk#BYTES}
 * operations. {@code zstd} is ZAPBench's choice; lz4 and blosclz show the cost
 * of the codec against that of Blosc's own framing and unshuffle.
 * {@link BloscVersusNumcodecs} puts the same figures beside C-Blosc's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BloscDecodeBenchmark {

	@Param({ "zstd", "lz4", "blosclz" })
	public String cname;

	private byte[] encoded;

	private BloscCodec codec;

	@Setup
	public void setUp() throws IOException {
		final ZapbenchChunk chunk = ZapbenchChunk.encodedWith(cname);
		encoded = chunk.encoded();
		codec = BloscCodec.of(cname, ZapbenchChunk.CLEVEL, Shuffle.BYTE, 2, 0);
		if (!Arrays.equals(chunk.raw(), codec.decode(encoded, ZapbenchChunk.BYTES)))
			throw new IllegalStateException(
				"decoded chunk differs from the original (" + chunk.encoder() + ")");
	}

	@Benchmark
	@OperationsPerInvocation(ZapbenchChunk.BYTES)
	public byte[] decode() throws IOException {
		return codec.decode(encoded, ZapbenchChunk.BYTES);
	}
}
