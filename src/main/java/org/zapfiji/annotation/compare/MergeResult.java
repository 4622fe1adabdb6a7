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

import java.util.List;
import java.util.Locale;

import org.zapfiji.annotation.Mark;

/**
 * What {@link MarkMerge} did and what it left to a person. Every input mark is
 * in exactly one place: {@link #merged} (identical marks once), or one side of
 * a {@link #conflicts conflict} or {@link #probableDuplicates duplicate}.
 * {@code merged}: marks taken without a decision: identical in both sets, or
 * found in one set with nothing near in the other {@code identical}: how many
 * of {@code merged} were in both sets, equal {@code single}: how many of
 * {@code merged} were in one set only {@code conflicts}: same id, different
 * content: both versions {@code probableDuplicates}: different ids, within the
 * distance
 */
public final class MergeResult {

	private final List<Mark> merged;

	private final int identical;

	private final int single;

	private final List<IdConflict> conflicts;

	private final List<ProbableDuplicate> probableDuplicates;

	public MergeResult(final List<Mark> merged, final int identical,
		final int single, final List<IdConflict> conflicts,
		final List<ProbableDuplicate> probableDuplicates)
	{
		this.merged = List.copyOf(merged);
		this.identical = identical;
		this.single = single;
		this.conflicts = List.copyOf(conflicts);
		this.probableDuplicates = List.copyOf(probableDuplicates);
	}

	public List<Mark> merged() {
		return merged;
	}

	public int identical() {
		return identical;
	}

	public int single() {
		return single;
	}

	public List<IdConflict> conflicts() {
		return conflicts;
	}

	public List<ProbableDuplicate> probableDuplicates() {
		return probableDuplicates;
	}

	/** True if nothing waits for a decision. */
	public boolean isComplete() {
		return conflicts.isEmpty() && probableDuplicates.isEmpty();
	}

	/** One line: what was merged and what needs a decision. */
	public String summary() {
		return String.format(Locale.ROOT,
			"merged %d marks (%d identical in both, %d from one " +
				"set only); %d id conflicts and %d probable duplicates need a decision",
			merged.size(), identical, single, conflicts.size(), probableDuplicates
				.size());
	}

	/** Two versions of one mark id. */
	public static final class IdConflict {

		private final Mark first;

		private final Mark second;

		public IdConflict(final Mark first, final Mark second) {
			this.first = first;
			this.second = second;
		}

		public Mark first() {
			return first;
		}

		public Mark second() {
			return second;
		}
	}

	/** Two marks with different ids that probably mark one neuron. */
	public static final class ProbableDuplicate {

		private final Mark first;

		private final Mark second;

		private final double distance;

		public ProbableDuplicate(final Mark first, final Mark second,
			final double distance)
		{
			this.first = first;
			this.second = second;
			this.distance = distance;
		}

		public Mark first() {
			return first;
		}

		public Mark second() {
			return second;
		}

		/** Distance between the two, µm. */
		public double distance() {
			return distance;
		}
	}
}
