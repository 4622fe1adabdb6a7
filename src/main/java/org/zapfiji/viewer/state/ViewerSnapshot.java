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

package org.zapfiji.viewer.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Everything a frame is drawn from, frozen: the renderer and overlays read one
 * snapshot per frame, so a frame never mixes two states even while the user
 * keeps dragging.
 */
public final class ViewerSnapshot {

	private final List<ViewerSource> sources;

	private final List<SourceDisplay> displays;

	private final int currentSource;

	private final Affine3D transform;

	private final int time;

	private final Interpolation interpolation;

	private final Map<String, Affine3D> bookmarks;

	public ViewerSnapshot(final List<ViewerSource> sources,
		final List<SourceDisplay> displays, final int currentSource,
		final Affine3D transform, final int time, final Interpolation interpolation,
		final Map<String, Affine3D> bookmarks)
	{
		if (sources.size() != displays.size()) throw new IllegalArgumentException(
			"one display per source expected");
		this.sources = Collections.unmodifiableList(new ArrayList<>(sources));
		this.displays = Collections.unmodifiableList(new ArrayList<>(displays));
		this.currentSource = sources.isEmpty() ? -1 : Math.max(0, Math.min(
			currentSource, sources.size() - 1));
		this.transform = transform;
		this.time = time;
		this.interpolation = interpolation;
		this.bookmarks = Collections.unmodifiableMap(new LinkedHashMap<>(
			bookmarks));
	}

	/** No sources, identity transform, time 0. */
	public static ViewerSnapshot empty() {
		return new ViewerSnapshot(List.of(), List.of(), -1, Affine3D.IDENTITY, 0,
			Interpolation.NEAREST, Map.of());
	}

	public List<ViewerSource> sources() {
		return sources;
	}

	public List<SourceDisplay> displays() {
		return displays;
	}

	public SourceDisplay display(final int source) {
		return displays.get(source);
	}

	/** Index of the current source, -1 if there are none. */
	public int currentSource() {
		return currentSource;
	}

	/** Global (µm) to screen pixels. */
	public Affine3D transform() {
		return transform;
	}

	public int time() {
		return time;
	}

	/** The most time points of any source. */
	public int numTimepoints() {
		int n = 1;
		for (final ViewerSource s : sources)
			n = Math.max(n, s.numTimepoints());
		return n;
	}

	public Interpolation interpolation() {
		return interpolation;
	}

	public Map<String, Affine3D> bookmarks() {
		return bookmarks;
	}

	ViewerSnapshot withSources(final List<ViewerSource> newSources,
		final List<SourceDisplay> newDisplays, final int current)
	{
		return new ViewerSnapshot(newSources, newDisplays, current, transform, time,
			interpolation, bookmarks);
	}

	ViewerSnapshot withCurrentSource(final int current) {
		return new ViewerSnapshot(sources, displays, current, transform, time,
			interpolation, bookmarks);
	}

	ViewerSnapshot withTransform(final Affine3D newTransform) {
		return new ViewerSnapshot(sources, displays, currentSource, newTransform,
			time, interpolation, bookmarks);
	}

	ViewerSnapshot withTime(final int newTime) {
		return new ViewerSnapshot(sources, displays, currentSource, transform,
			newTime, interpolation, bookmarks);
	}

	ViewerSnapshot withInterpolation(final Interpolation newInterpolation) {
		return new ViewerSnapshot(sources, displays, currentSource, transform, time,
			newInterpolation, bookmarks);
	}

	ViewerSnapshot withBookmarks(final Map<String, Affine3D> newBookmarks) {
		return new ViewerSnapshot(sources, displays, currentSource, transform, time,
			interpolation, newBookmarks);
	}
}
