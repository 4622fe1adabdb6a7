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

package org.zapfiji.data;

/** A chunk's primitive array read as floats, one subclass per array type. */
abstract class ChunkValues {

	abstract float get(int index);

	static ChunkValues of(final Chunk chunk, final DataType type,
		final double fill)
	{
		if (chunk == null) return new ChunkValues() {

			@Override
			public float get(final int index) {
				return (float) fill;
			}
		};
		final Object data = chunk.data();
		final boolean unsigned = !type.isSigned();
		if (data instanceof short[]) {
			final short[] a = (short[]) data;
			return unsigned ? new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i] & 0xffff;
				}
			} : new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i];
				}
			};
		}
		if (data instanceof byte[]) {
			final byte[] a = (byte[]) data;
			return unsigned ? new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i] & 0xff;
				}
			} : new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i];
				}
			};
		}
		if (data instanceof float[]) {
			final float[] a = (float[]) data;
			return new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i];
				}
			};
		}
		if (data instanceof int[]) {
			final int[] a = (int[]) data;
			return new ChunkValues() {

				@Override
				public float get(final int i) {
					return unsigned ? a[i] & 0xffffffffL : a[i];
				}
			};
		}
		if (data instanceof double[]) {
			final double[] a = (double[]) data;
			return new ChunkValues() {

				@Override
				public float get(final int i) {
					return (float) a[i];
				}
			};
		}
		if (data instanceof long[]) {
			final long[] a = (long[]) data;
			return new ChunkValues() {

				@Override
				public float get(final int i) {
					return a[i];
				}
			};
		}
		final boolean[] a = (boolean[]) data;
		return new ChunkValues() {

			@Override
			public float get(final int i) {
				return a[i] ? 1 : 0;
			}
		};
	}
}
