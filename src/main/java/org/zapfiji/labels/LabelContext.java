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

package org.zapfiji.labels;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.annotation.Region;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;

/**
 * What a label kind draws from: the selected marks and their grid, the
 * project's regions, the image at one time point, the parameters, and the other
 * kinds of the same export (the foreground follows the instances), each made
 * once.
 */
public final class LabelContext {

	private final LabeledMarks marks;

	private final LabelGrid grid;

	private final List<Region> regions;

	private final Volume image;

	private final int time;

	private final ChunkCache cache;

	private final LabelParameters parameters;

	private final Map<String, LabelKind> kinds;

	private final Map<String, ChunkedArray> made = new HashMap<>();

	public LabelContext(final LabeledMarks marks, final List<Region> regions,
		final Volume image, final int time, final ChunkCache cache,
		final LabelParameters parameters, final Map<String, LabelKind> kinds)
	{
		this(marks, marks.grid(), regions, image, time, cache, parameters, kinds);
	}

	private LabelContext(final LabeledMarks marks, final LabelGrid grid,
		final List<Region> regions, final Volume image, final int time,
		final ChunkCache cache, final LabelParameters parameters,
		final Map<String, LabelKind> kinds)
	{
		this.marks = marks;
		this.grid = grid;
		this.regions = List.copyOf(regions);
		this.image = image;
		this.time = time;
		this.cache = cache;
		this.parameters = parameters;
		this.kinds = Map.copyOf(kinds);
	}

	public LabeledMarks marks() {
		return marks;
	}

	/** The grid labels are drawn on: the whole image, or a crop of it. */
	public LabelGrid grid() {
		return grid;
	}

	/** The same export on a crop of the image (see {@link LabelGrid#crop}). */
	public LabelContext crop(final LabelGrid part) {
		return new LabelContext(marks, part, regions, image, time, cache,
			parameters, kinds);
	}

	public List<Region> regions() {
		return regions;
	}

	public Volume image() {
		return image;
	}

	public int time() {
		return time;
	}

	public ChunkCache cache() {
		return cache;
	}

	public LabelParameters parameters() {
		return parameters;
	}

	/**
	 * The labels of the kind named {@code name}, made once per export.
	 *
	 * @throws IllegalArgumentException naming the installed kinds
	 */
	public synchronized ChunkedArray labels(final String name)
		throws IOException
	{
		final ChunkedArray done = made.get(name);
		if (done != null) return done;
		final LabelKind kind = kinds.get(name);
		if (kind == null) throw new IllegalArgumentException(
			"unknown label kind '" + name + "'; installed: " + String.join(", ",
				new java.util.TreeSet<>(kinds.keySet())));
		final ChunkedArray labels = kind.labels(this);
		made.put(name, labels);
		return labels;
	}
}
