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

import java.util.Locale;

/**
 * Which zstd and LZ4 decoders and encoders this JVM uses: the native ones
 * (zstd-jni, lz4-java's JNI build) where their libraries load, since they
 * decode ZAPBench's streams 2 (LZ4) to 2.6 (zstd) times as fast and encode zstd
 * 1.4 (at Blosc level 4) to 3.5 (at zstd's level 3) times as fast, and
 * aircompressor's pure Java otherwise. Decoders of either kind give the same
 * bytes. Encoders of either kind write valid streams that both decode to the
 * same bytes, but not the same streams: the native zstd encoder honours the
 * level, and native LZ4HC is real LZ4HC, where pure Java writes plain LZ4.
 * Setting the system property {@value #PURE_JAVA_PROPERTY} to {@code true} at
 * start-up forces pure Java for both, for comparison or when a native library
 * misbehaves.
 */
public final class Decompressors {

	public static final String PURE_JAVA_PROPERTY = "zapfiji.codec.pure_java";

	/** aircompressor for both, whatever loads. */
	static final Decompressors PURE_JAVA = new Decompressors(false, false, "");

	private static final Decompressors BEST = choose(System.getProperty(
		PURE_JAVA_PROPERTY));

	final boolean nativeZstd;

	final boolean nativeLz4;

	/** Why pure Java is used, or "". */
	private final String reason;

	private Decompressors(final boolean nativeZstd, final boolean nativeLz4,
		final String reason)
	{
		this.nativeZstd = nativeZstd;
		this.nativeLz4 = nativeLz4;
		this.reason = reason;
	}

	/** The decoders chosen once for this JVM. */
	static Decompressors best() {
		return BEST;
	}

	/**
	 * Native where it loads, unless {@code pureJavaProperty} is "true" (in any
	 * case).
	 */
	static Decompressors choose(final String pureJavaProperty) {
		if (Boolean.parseBoolean(pureJavaProperty)) return new Decompressors(false,
			false, "-D" + PURE_JAVA_PROPERTY + "=true");
		final String zstd = problem(true);
		final String lz4 = problem(false);
		final String reason = (zstd == null ? "" : "zstd: " + zstd + " ") +
			(lz4 == null ? "" : "lz4: " + lz4);
		return new Decompressors(zstd == null, lz4 == null, reason.trim());
	}

	/**
	 * Null if the native library loads, else why not (also if a jar is missing).
	 */
	private static String problem(final boolean zstd) {
		try {
			return zstd ? NativeZstd.problem() : NativeLz4.problem();
		}
		catch (final LinkageError e) {
			return e.toString();
		}
	}

	/**
	 * For ZAP Check Installation: which decoder and encoder each compressor uses,
	 * and why a native one is not used.
	 */
	public static String describe() {
		final Decompressors d = BEST;
		final String text = "zstd " + (d.nativeZstd ? "native (zstd-jni " +
			NativeZstd.version() + ")" : "pure Java (aircompressor)") + ", lz4 " +
			(d.nativeLz4 ? "native (lz4-java JNI)" : "pure Java (aircompressor)");
		return d.reason.isEmpty() ? text : text + "; " + d.reason;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "zstd %s, lz4 %s", nativeZstd ? "native"
			: "pure Java", nativeLz4 ? "native" : "pure Java");
	}
}
