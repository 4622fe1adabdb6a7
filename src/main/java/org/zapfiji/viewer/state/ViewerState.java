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

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * What a viewer shows: sources and how each is drawn, the current source, the
 * viewer transform (global µm to screen), time, interpolation and bookmarks.
 * <p>
 * Tools (annotation, forecast inspection) and the viewer's own key bindings
 * change it; renderers and overlays read {@link #snapshot()} once per frame.
 * Implementations are thread-safe and tell listeners after every change.
 */
public interface ViewerState {

	/** The state now, immutable; cheap enough to take per frame. */
	ViewerSnapshot snapshot();

	/** Adds a source at the end; the first source added becomes current. */
	void addSource(ViewerSource source, SourceDisplay display);

	void removeSource(ViewerSource source);

	void setDisplay(int source, SourceDisplay display);

	void setCurrentSource(int source);

	void setTransform(Affine3D transform);

	/** Clamped to the time points the sources have. */
	void setTime(int time);

	void setInterpolation(Interpolation interpolation);

	void setBookmark(String key, Affine3D transform);

	void removeBookmark(String key);

	void addListener(ViewerStateListener listener);

	void removeListener(ViewerStateListener listener);

	default Affine3D transform() {
		return snapshot().transform();
	}

	default int time() {
		return snapshot().time();
	}
}
