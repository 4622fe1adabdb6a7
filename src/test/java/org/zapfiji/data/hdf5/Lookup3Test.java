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

package org.zapfiji.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.jhdf.checksum.JenkinsLookup3HashLittle;

/**
 * Our lookup3 against the values in Bob Jenkins' own lookup3.c self-test and
 * against jHDF's independent implementation for every length from 0 to 100, so
 * each tail length (1 to 12 bytes) and the 12-byte rounds are covered.
 */
class Lookup3Test {

	@Test
	void matchesJenkinsSelfTestValues() {
		final byte[] four = "Four score and seven years ago".getBytes(
			StandardCharsets.US_ASCII);
		assertEquals(0xdeadbeef, Lookup3.hash(new byte[0], 0, 0, 0));
		assertEquals(0xbd5b7dde, Lookup3.hash(new byte[0], 0, 0, 0xdeadbeef));
		assertEquals(0x17770551, Lookup3.hash(four, 0, four.length, 0));
		assertEquals(0xcd628161, Lookup3.hash(four, 0, four.length, 1));
	}

	@Test
	void agreesWithJhdfForEveryLength() {
		final Random random = new Random(42);
		for (int n = 0; n <= 100; n++) {
			final byte[] data = new byte[n + 3];
			random.nextBytes(data);
			final byte[] exact = java.util.Arrays.copyOfRange(data, 3, n + 3);
			assertEquals(JenkinsLookup3HashLittle.hash(exact), Lookup3.hash(data, 3,
				n), "length " + n);
		}
	}
}
