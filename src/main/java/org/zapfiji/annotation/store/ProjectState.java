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

package org.zapfiji.annotation.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * The marks and regions of a project at one moment, by id: the live state, or a
 * past one rebuilt from the edit log by {@link ProjectStore#stateAt}.
 * Immutable.
 */
public final class ProjectState {

	private final Map<Long, Mark> marks;

	private final Map<Long, Region> regions;

	ProjectState(final Map<Long, Mark> marks, final Map<Long, Region> regions) {
		this.marks = Collections.unmodifiableMap(new HashMap<>(marks));
		this.regions = Collections.unmodifiableMap(new HashMap<>(regions));
	}

	public Map<Long, Mark> marks() {
		return marks;
	}

	public Map<Long, Region> regions() {
		return regions;
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof ProjectState && marks.equals(
			((ProjectState) o).marks) && regions.equals(((ProjectState) o).regions);
	}

	@Override
	public int hashCode() {
		return marks.hashCode() * 31 + regions.hashCode();
	}

	@Override
	public String toString() {
		return marks.size() + " marks, " + regions.size() + " regions";
	}
}
