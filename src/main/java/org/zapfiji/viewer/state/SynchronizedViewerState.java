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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The thread-safe {@link ViewerState}: every change replaces an immutable
 * {@link ViewerSnapshot}, so {@link #snapshot()} is one volatile read and never
 * waits for a writer.
 */
public final class SynchronizedViewerState implements ViewerState {

	private final List<ViewerStateListener> listeners =
		new CopyOnWriteArrayList<>();

	private volatile ViewerSnapshot state = ViewerSnapshot.empty();

	@Override
	public ViewerSnapshot snapshot() {
		return state;
	}

	@Override
	public void addSource(final ViewerSource source,
		final SourceDisplay display)
	{
		synchronized (this) {
			final List<ViewerSource> sources = new ArrayList<>(state.sources());
			final List<SourceDisplay> displays = new ArrayList<>(state.displays());
			sources.add(Objects.requireNonNull(source));
			displays.add(Objects.requireNonNull(display));
			state = state.withSources(sources, displays, Math.max(0, state
				.currentSource()));
		}
		tell(ViewerStateChange.SOURCES);
	}

	@Override
	public void removeSource(final ViewerSource source) {
		synchronized (this) {
			final int i = state.sources().indexOf(source);
			if (i < 0) return;
			final List<ViewerSource> sources = new ArrayList<>(state.sources());
			final List<SourceDisplay> displays = new ArrayList<>(state.displays());
			sources.remove(i);
			displays.remove(i);
			final int current = state.currentSource();
			state = state.withSources(sources, displays, current > i ? current - 1
				: current);
		}
		tell(ViewerStateChange.SOURCES);
	}

	@Override
	public void setDisplay(final int source, final SourceDisplay display) {
		synchronized (this) {
			final List<SourceDisplay> displays = new ArrayList<>(state.displays());
			if (displays.get(source).equals(display)) return;
			displays.set(source, Objects.requireNonNull(display));
			state = state.withSources(state.sources(), displays, state
				.currentSource());
		}
		tell(ViewerStateChange.DISPLAY);
	}

	@Override
	public void setCurrentSource(final int source) {
		synchronized (this) {
			if (source < 0 || source >= state.sources().size() || source == state
				.currentSource()) return;
			state = state.withCurrentSource(source);
		}
		tell(ViewerStateChange.CURRENT_SOURCE);
	}

	@Override
	public void setTransform(final Affine3D transform) {
		synchronized (this) {
			if (transform.equals(state.transform())) return;
			state = state.withTransform(transform);
		}
		tell(ViewerStateChange.TRANSFORM);
	}

	@Override
	public void setTime(final int time) {
		synchronized (this) {
			final int t = Math.max(0, Math.min(time, state.numTimepoints() - 1));
			if (t == state.time()) return;
			state = state.withTime(t);
		}
		tell(ViewerStateChange.TIME);
	}

	@Override
	public void setInterpolation(final Interpolation interpolation) {
		synchronized (this) {
			if (interpolation == state.interpolation()) return;
			state = state.withInterpolation(Objects.requireNonNull(interpolation));
		}
		tell(ViewerStateChange.INTERPOLATION);
	}

	@Override
	public void setBookmark(final String key, final Affine3D transform) {
		synchronized (this) {
			final Map<String, Affine3D> bookmarks = new LinkedHashMap<>(state
				.bookmarks());
			bookmarks.put(key, transform);
			state = state.withBookmarks(bookmarks);
		}
		tell(ViewerStateChange.BOOKMARKS);
	}

	@Override
	public void removeBookmark(final String key) {
		synchronized (this) {
			if (!state.bookmarks().containsKey(key)) return;
			final Map<String, Affine3D> bookmarks = new LinkedHashMap<>(state
				.bookmarks());
			bookmarks.remove(key);
			state = state.withBookmarks(bookmarks);
		}
		tell(ViewerStateChange.BOOKMARKS);
	}

	@Override
	public void addListener(final ViewerStateListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(final ViewerStateListener listener) {
		listeners.remove(listener);
	}

	private void tell(final ViewerStateChange change) {
		for (final ViewerStateListener l : listeners)
			l.stateChanged(change);
	}
}
