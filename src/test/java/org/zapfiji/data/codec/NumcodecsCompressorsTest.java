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

package org.zapfiji.data.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zapfiji.data.DebianPython;

/**
 * Zarr's plain compressors against numcodecs, both ways: numcodecs.Zstd with
 * {@link ZstdCodec}, numcodecs.GZip and numcodecs.Zlib with
 * {@link DeflateCodec}.
 */
class NumcodecsCompressorsTest {

	private static final String SCRIPT = String.join("\n", //
		"import sys, os, numcodecs", //
		"d, kind, level = sys.argv[1], sys.argv[2], int(sys.argv[3])", //
		"codec = {'zstd': numcodecs.Zstd, 'gzip': numcodecs.GZip,", //
		"         'zlib': numcodecs.Zlib}[kind](level=level)", //
		"for name in ('empty', 'smooth', 'random'):", //
		"    raw = open(os.path.join(d, name + '.raw'), 'rb').read()", //
		"    ours = open(os.path.join(d, name + '.ours'), 'rb').read()", //
		// numcodecs 0.11 cannot decode any empty zstd frame, even its own.
		"    if raw or kind != 'zstd':", //
		"        assert bytes(codec.decode(ours)) == raw, name", //
		"    open(os.path.join(d, name + '.theirs'), 'wb').write(codec.encode(raw))",
		"print('ok')", "");

	@BeforeAll
	static void needNumcodecs() {
		DebianPython.assumeModules("numcodecs");
	}

	@ParameterizedTest
	@CsvSource({ "zstd,1", "zstd,9", "gzip,1", "gzip,6", "zlib,1", "zlib,9" })
	void bothWays(final String kind, final int level, @TempDir final Path dir)
		throws IOException
	{
		final BytesCodec codec = kind.equals("zstd") ? new ZstdCodec(level) : kind
			.equals("gzip") ? DeflateCodec.gzip(level) : DeflateCodec.zlib(level);
		final Map<String, byte[]> samples = Map.of("empty", new byte[0], "smooth",
			CodecSamples.smooth(2, 100_001), "random", CodecSamples.random(10_000,
				2));
		for (final Map.Entry<String, byte[]> e : samples.entrySet()) {
			Files.write(dir.resolve(e.getKey() + ".raw"), e.getValue());
			Files.write(dir.resolve(e.getKey() + ".ours"), codec.encode(e
				.getValue()));
		}
		assertEquals("ok\n", DebianPython.run(SCRIPT, dir.toString(), kind, "" +
			level).expectSuccess());
		for (final Map.Entry<String, byte[]> e : samples.entrySet())
			assertArrayEquals(e.getValue(), codec.decode(Files.readAllBytes(dir
				.resolve(e.getKey() + ".theirs")), e.getValue().length), e.getKey());
	}
}
