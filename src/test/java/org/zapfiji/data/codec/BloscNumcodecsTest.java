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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * Cross-check with C-Blosc through Debian's numcodecs, both ways: chunks that
 * numcodecs writes must decode here to the same bytes, and chunks we write,
 * with the native encoders and in pure Java, must decode in numcodecs. Every
 * compressor × shuffle × typesize 1, 2, 4, 8, on smooth multi-block data,
 * incompressible data, tiny data, empty data (theirs only: numcodecs 0.11 fails
 * on any empty chunk) and sizes that are not a multiple of the typesize (ours
 * only: numcodecs takes its typesize from the array).
 */
class BloscNumcodecsTest {

	/** One chunk to write: the codec parameters and the raw bytes. */
	private static final class Case {

		final String name;

		final String cname;

		final int clevel;

		final Shuffle shuffle;

		final int typesize;

		final int blocksize;

		final byte[] raw;

		Case(final String name, final String cname, final int clevel,
			final Shuffle shuffle, final int typesize, final int blocksize,
			final byte[] raw)
		{
			this.name = name;
			this.cname = cname;
			this.clevel = clevel;
			this.shuffle = shuffle;
			this.typesize = typesize;
			this.blocksize = blocksize;
			this.raw = raw;
		}

		BloscCodec codec() {
			return BloscCodec.of(cname, clevel, shuffle, typesize, blocksize);
		}

		String manifestLine() {
			return name + " " + cname + " " + clevel + " " + shuffle.ordinal() + " " +
				typesize + " " + blocksize;
		}
	}

	private static final String NUMCODECS_ENCODES = String.join("\n", //
		"import sys, os, numpy as np", //
		"from numcodecs import Blosc", //
		"d = sys.argv[1]", //
		"for line in open(os.path.join(d, 'manifest.txt')):", //
		"    name, cname, clevel, shuffle, ts, bs = line.split()", //
		"    raw = open(os.path.join(d, name + '.raw'), 'rb').read()", //
		"    a = np.frombuffer(raw, dtype='<u' + ts)", //
		"    c = Blosc(cname, int(clevel), int(shuffle), int(bs))", //
		"    open(os.path.join(d, name + '.numcodecs'), 'wb').write(c.encode(a))", //
		"");

	private static final String NUMCODECS_DECODES = String.join("\n", //
		"import sys, os", //
		"from numcodecs import Blosc", //
		"d = sys.argv[1]", //
		"n = 0", //
		"for line in open(os.path.join(d, 'manifest.txt')):", //
		"    name = line.split()[0]", //
		"    raw = open(os.path.join(d, name + '.raw'), 'rb').read()", //
		"    chunk = open(os.path.join(d, name + '.ours'), 'rb').read()", //
		"    try:", //
		"        got = bytes(Blosc().decode(chunk))", //
		"        if got != raw: print('FAIL', name, 'differs')", //
		"        else: n += 1", //
		"    except Exception as e: print('FAIL', name, repr(e))", //
		"print('decoded', n)", //
		"");

	@BeforeAll
	static void needNumcodecs() {
		DebianPython.assumeModules("numpy", "numcodecs");
	}

	@Test
	void weDecodeWhatNumcodecsEncodes(@TempDir final Path dir)
		throws IOException
	{
		final List<Case> cases = cases(false);
		writeRaw(dir, cases);
		DebianPython.run(NUMCODECS_ENCODES, dir.toString()).expectSuccess();
		final List<String> failures = new ArrayList<>();
		for (final Case c : cases) {
			final byte[] chunk = Files.readAllBytes(dir.resolve(c.name +
				".numcodecs"));
			try {
				if (!Arrays.equals(c.raw, c.codec().decode(chunk, c.raw.length)))
					failures.add(c.name + " differs");
			}
			catch (final IOException | RuntimeException e) {
				failures.add(c.name + ": " + e);
			}
		}
		assertEquals(List.of(), failures, failures.size() + " of " + cases.size() +
			" failed");
	}

	/** Both our encoders: native zstd and LZ4 (where they load) and pure Java. */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void numcodecsDecodesWhatWeEncode(final boolean pureJava,
		@TempDir final Path dir) throws IOException
	{
		final Decompressors encoders = pureJava ? Decompressors.PURE_JAVA
			: Decompressors.choose(null);
		final List<Case> cases = cases(true);
		writeRaw(dir, cases);
		for (final Case c : cases)
			Files.write(dir.resolve(c.name + ".ours"), c.codec().encode(c.raw,
				encoders));
		final String out = DebianPython.run(NUMCODECS_DECODES, dir.toString())
			.expectSuccess();
		assertTrue(out.endsWith("decoded " + cases.size() + "\n"), out);
	}

	private static List<Case> cases(final boolean forNumcodecsToDecode) {
		final List<Case> cases = new ArrayList<>();
		int index = 0;
		for (final String cname : BloscCodecTest.CNAMES)
			for (final Shuffle shuffle : Shuffle.values())
				for (final int ts : BloscCodecTest.TYPESIZES) {
					final String id = cname + "-" + shuffle + "-" + ts;
					final int level = 1 + index++ % 9;
					cases.add(new Case(id + "-smooth", cname, level, shuffle, ts, 0,
						CodecSamples.smooth(ts, 150_001)));
					cases.add(new Case(id + "-blocks", cname, 5, shuffle, ts, 4096,
						CodecSamples.smooth(ts, 10_007)));
					cases.add(new Case(id + "-random", cname, 5, shuffle, ts, 0,
						CodecSamples.random(4000 * ts, index)));
					cases.add(new Case(id + "-tiny", cname, 5, shuffle, ts, 0,
						CodecSamples.smooth(ts, 10)));
					// numcodecs 0.11 cannot decode an empty chunk, even its own.
					if (!forNumcodecsToDecode) cases.add(new Case(id + "-empty", cname, 5,
						shuffle, ts, 0, new byte[0]));
					if (forNumcodecsToDecode) cases.add(new Case(id + "-odd", cname, 5,
						shuffle, ts, 0, CodecSamples.smooth(1, 10_001)));
				}
		return cases;
	}

	private static void writeRaw(final Path dir, final List<Case> cases)
		throws IOException
	{
		final List<String> manifest = new ArrayList<>();
		for (final Case c : cases) {
			Files.write(dir.resolve(c.name + ".raw"), c.raw);
			manifest.add(c.manifestLine());
		}
		Files.write(dir.resolve("manifest.txt"), manifest);
	}
}
