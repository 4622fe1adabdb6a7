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

package org.zapfiji.annotation.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zapfiji.annotation.Mark;

/**
 * Merges the marks of two annotators without losing or silently choosing any:
 * <ul>
 * <li>same id, equal in every field: kept once;</li>
 * <li>same id, different: a {@link MergeResult.IdConflict} holding both
 * versions;</li>
 * <li>different ids but matched by distance (optimal matching among the marks
 * found in only one set): a {@link MergeResult.ProbableDuplicate};</li>
 * <li>everything else: kept.</li>
 * </ul>
 * Conflicts and probable duplicates stay out of the merged list until someone
 * decides; {@link MergeResult} accounts for every input mark.
 */
public final class MarkMerge {

	private MarkMerge() {}

	/**
	 * @param maxDistance marks with different ids closer than this (µm) are
	 *          probable duplicates
	 * @throws IllegalArgumentException if an id occurs twice within one set
	 */
	public static MergeResult merge(final List<Mark> first,
		final List<Mark> second, final double maxDistance)
	{
		final Map<Long, Mark> byId = index(first, "first");
		final Set<Long> secondIds = index(second, "second").keySet();
		final List<Mark> identical = new ArrayList<>();
		final List<MergeResult.IdConflict> conflicts = new ArrayList<>();
		final List<Mark> onlySecond = new ArrayList<>();
		for (final Mark b : second) {
			final Mark a = byId.get(b.id());
			if (a == null) onlySecond.add(b);
			else if (a.equals(b)) identical.add(a);
			else conflicts.add(new MergeResult.IdConflict(a, b));
		}
		final List<Mark> onlyFirst = new ArrayList<>();
		for (final Mark a : first)
			if (!secondIds.contains(a.id())) onlyFirst.add(a);
		final MarkMatching near = MarkMatching.of(onlyFirst, onlySecond,
			maxDistance);
		final List<MergeResult.ProbableDuplicate> duplicates = new ArrayList<>();
		final Set<Long> paired = new HashSet<>();
		for (final Match m : near.matches()) {
			duplicates.add(new MergeResult.ProbableDuplicate(m.reference(), m.test(),
				m.distance()));
			paired.add(m.reference().id());
			paired.add(m.test().id());
		}
		final List<Mark> merged = new ArrayList<>(identical);
		final List<Mark> kept = new ArrayList<>();
		for (final Mark m : onlyFirst)
			if (!paired.contains(m.id())) kept.add(m);
		for (final Mark m : onlySecond)
			if (!paired.contains(m.id())) kept.add(m);
		merged.addAll(kept);
		return new MergeResult(merged, identical.size(), kept.size(), conflicts,
			duplicates);
	}

	private static Map<Long, Mark> index(final List<Mark> marks,
		final String which)
	{
		final Map<Long, Mark> byId = new LinkedHashMap<>();
		for (final Mark m : marks)
			if (byId.put(m.id(), m) != null) throw new IllegalArgumentException(
				"the " + which + " set holds id " + m.id() + " twice");
		return byId;
	}
}
