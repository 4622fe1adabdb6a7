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

package org.zapfiji.plugin.annotation;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.plugin.command.CommandException;

/**
 * Which marks an export takes, by review status: {@code all}, or statuses
 * joined by '+' ({@code accepted+unreviewed}). A word, not a dialog choice,
 * because any combination of five statuses is meaningful.
 */
public final class StatusFilter implements Predicate<Mark> {

	static final String ALL = "all";

	private final Set<MarkStatus> statuses;

	private StatusFilter(final Set<MarkStatus> statuses) {
		this.statuses = statuses;
	}

	/** @throws CommandException naming {@code key} and the accepted words */
	public static StatusFilter parse(final String text, final String key)
		throws CommandException
	{
		if (text.trim().equalsIgnoreCase(ALL)) return new StatusFilter(EnumSet
			.allOf(MarkStatus.class));
		final Set<MarkStatus> statuses = EnumSet.noneOf(MarkStatus.class);
		for (final String word : text.split("\\+")) {
			try {
				statuses.add(MarkStatus.forId(word.trim()));
			}
			catch (final IllegalArgumentException e) {
				throw new CommandException("Key '" + key + "': " + e.getMessage() +
					", or all; join several with '+' (accepted+unreviewed), found '" +
					text + "'.");
			}
		}
		return new StatusFilter(statuses);
	}

	/** The statuses taken. */
	public Set<MarkStatus> statuses() {
		return EnumSet.copyOf(statuses);
	}

	@Override
	public boolean test(final Mark mark) {
		return statuses.contains(mark.status());
	}
}
