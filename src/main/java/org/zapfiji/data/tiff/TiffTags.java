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

package org.zapfiji.data.tiff;

/** The TIFF tag numbers we read or write (TIFF 6.0 and its supplements). */
final class TiffTags {

	private TiffTags() {}

	static final int NEW_SUBFILE_TYPE = 254;

	static final int IMAGE_WIDTH = 256;

	static final int IMAGE_LENGTH = 257;

	static final int BITS_PER_SAMPLE = 258;

	static final int COMPRESSION = 259;

	static final int PHOTOMETRIC = 262;

	static final int IMAGE_DESCRIPTION = 270;

	static final int STRIP_OFFSETS = 273;

	static final int SAMPLES_PER_PIXEL = 277;

	static final int ROWS_PER_STRIP = 278;

	static final int STRIP_BYTE_COUNTS = 279;

	static final int X_RESOLUTION = 282;

	static final int Y_RESOLUTION = 283;

	static final int PLANAR_CONFIGURATION = 284;

	static final int RESOLUTION_UNIT = 296;

	static final int PREDICTOR = 317;

	static final int TILE_WIDTH = 322;

	static final int TILE_LENGTH = 323;

	static final int TILE_OFFSETS = 324;

	static final int TILE_BYTE_COUNTS = 325;

	static final int SAMPLE_FORMAT = 339;
}
