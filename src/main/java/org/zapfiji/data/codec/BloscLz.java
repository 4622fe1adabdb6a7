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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.zapfiji.data.FormatException;

/**
 * BloscLZ, Blosc's own FastLZ-derived compressor, as one stream per split.
 * <p>
 * A stream is a sequence of tokens; the first byte's top three bits are ignored
 * (FastLZ keeps its level there), so the first token is always a literal run:
 * <ul>
 * <li>{@code ctrl < 32}: a literal run of {@code ctrl + 1} bytes follows.</li>
 * <li>{@code ctrl >= 32}: a match. Its length is {@code (ctrl >> 5) + 2}; when
 * the top bits are all ones (7) further bytes follow and each adds its value,
 * until one that is not 255. Then one byte {@code code}: the distance back is
 * {@code ((ctrl & 31) << 8) + code + 1}; where that field is all ones (31 and
 * 255) two more big-endian bytes give a far distance of {@code value + 8192}.
 * Matches may overlap their own output (runs).</li>
 * </ul>
 * C-Blosc's decoder insists that a match is never the last token (it checks for
 * a following byte before it copies), so our encoder always ends with a literal
 * run and our decoder, like C-Blosc's, refuses a stream that does not.
 * <p>
 * The encoder is a plain greedy one with a 4-byte hash, near distances only:
 * less thorough than C-Blosc's, but its streams are valid BloscLZ.
 */
final class BloscLz {

	private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(
		int[].class, ByteOrder.LITTLE_ENDIAN);

	/** Longest distance of the two-byte match form. */
	private static final int NEAR = 8191;

	private static final int MAX_LITERALS = 32;

	private static final int MIN_MATCH = 4;

	private static final int HASH_BITS = 13;

	private BloscLz() {}

	/**
	 * Decodes one stream into exactly {@code expected} bytes at
	 * {@code out[outOffset..]}.
	 */
	static void decode(final byte[] in, final int inOffset, final int inLength,
		final byte[] out, final int outOffset, final int expected)
		throws FormatException
	{
		if (inLength == 0) throw damaged("empty stream");
		final int inEnd = inOffset + inLength;
		final int outEnd = outOffset + expected;
		int ip = inOffset;
		int op = outOffset;
		int ctrl = in[ip++] & 31;
		while (true) {
			if (ctrl < 32) {
				final int run = ctrl + 1;
				if (op + run > outEnd) throw damaged("literals run past the block");
				if (ip + run > inEnd) throw damaged("literals run past the stream");
				System.arraycopy(in, ip, out, op, run);
				ip += run;
				op += run;
			}
			else {
				int length = (ctrl >>> 5) + 2;
				int distance = ((ctrl & 31) << 8) + 1;
				if (length == 9) {
					int extra;
					do {
						if (ip + 1 >= inEnd) throw damaged(
							"match at the end of the stream");
						extra = in[ip++] & 0xFF;
						length += extra;
					}
					while (extra == 255);
				}
				else if (ip + 1 >= inEnd) throw damaged(
					"match at the end of the stream");
				final int code = in[ip++] & 0xFF;
				distance += code;
				if (code == 255 && ctrl % 32 == 31) {
					if (ip + 1 >= inEnd) throw damaged("far match at the end");
					distance = ((in[ip] & 0xFF) << 8 | (in[ip + 1] & 0xFF)) + NEAR + 1;
					ip += 2;
				}
				if (op + length > outEnd) throw damaged("match runs past the block");
				if (op - distance < outOffset) throw damaged("match distance " +
					distance + " reaches before the block");
				copyMatch(out, op, distance, length);
				op += length;
			}
			if (ip >= inEnd) break;
			ctrl = in[ip++] & 0xFF;
		}
		if (op != outEnd) throw damaged("stream gives " + (op - outOffset) +
			" bytes, expected " + expected);
	}

	/** Copies an LZ77 match, which may overlap what it writes. */
	private static void copyMatch(final byte[] out, final int op,
		final int distance, final int length)
	{
		final int ref = op - distance;
		if (distance == 1) {
			java.util.Arrays.fill(out, op, op + length, out[ref]);
			return;
		}
		// Each copy doubles the repeated pattern already written.
		int done = 0;
		while (done < length) {
			final int n = Math.min(op + done - ref, length - done);
			System.arraycopy(out, ref, out, op + done, n);
			done += n;
		}
	}

	/**
	 * Encodes {@code length} bytes into {@code out[outOffset..]}, using at most
	 * {@code maxOut} bytes.
	 *
	 * @return the stream's length, or -1 if it does not fit (store raw then)
	 */
	static int encode(final byte[] in, final int inOffset, final int length,
		final byte[] out, final int outOffset, final int maxOut)
	{
		if (length < 2 * MIN_MATCH) return -1;
		// Small streams (blocks split per byte) get a small table.
		final int bits = Math.min(HASH_BITS, 32 - Integer.numberOfLeadingZeros(
			length));
		final int[] table = new int[1 << bits];
		java.util.Arrays.fill(table, -1);
		final int matchEnd = inOffset + length - 1; // a literal must end it
		final int outEnd = outOffset + maxOut;
		int op = outOffset;
		int anchor = inOffset;
		int ip = inOffset;
		while (ip + MIN_MATCH <= matchEnd) {
			final int word = (int) INT_LE.get(in, ip);
			final int hash = (word * 0x9E3779B1) >>> (32 - bits);
			final int candidate = table[hash];
			table[hash] = ip;
			if (candidate < 0 || ip - candidate > NEAR || (int) INT_LE.get(in,
				candidate) != word)
			{
				ip++;
				continue;
			}
			int matched = MIN_MATCH;
			while (ip + matched < matchEnd && in[candidate + matched] == in[ip +
				matched])
				matched++;
			op = literals(in, anchor, ip - anchor, out, op, outEnd);
			op = match(ip - candidate, matched, out, op, outEnd);
			if (op < 0) return -1;
			ip += matched;
			anchor = ip;
		}
		op = literals(in, anchor, inOffset + length - anchor, out, op, outEnd);
		return op < 0 ? -1 : op - outOffset;
	}

	/** Writes literal runs; returns the new output position or -1. */
	private static int literals(final byte[] in, int from, int count,
		final byte[] out, int op, final int outEnd)
	{
		if (op < 0) return -1;
		while (count > 0) {
			final int run = Math.min(count, MAX_LITERALS);
			if (op + 1 + run > outEnd) return -1;
			out[op++] = (byte) (run - 1);
			System.arraycopy(in, from, out, op, run);
			op += run;
			from += run;
			count -= run;
		}
		return op;
	}

	/** Writes one near match; returns the new output position or -1. */
	private static int match(final int distance, final int length,
		final byte[] out, int op, final int outEnd)
	{
		if (op < 0 || op + 3 + length / 255 > outEnd) return -1;
		final int code = distance - 1;
		final int biased = length - 2;
		if (biased < 7) out[op++] = (byte) ((biased << 5) + (code >>> 8));
		else {
			out[op++] = (byte) ((7 << 5) + (code >>> 8));
			int rest = biased - 7;
			for (; rest >= 255; rest -= 255)
				out[op++] = (byte) 255;
			out[op++] = (byte) rest;
		}
		out[op++] = (byte) code;
		return op;
	}

	private static FormatException damaged(final String what) {
		return new FormatException("BloscLZ stream is damaged: " + what);
	}
}
