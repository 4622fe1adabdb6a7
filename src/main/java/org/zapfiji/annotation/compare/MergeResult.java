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
 *
 * @param merged marks taken without a decision: identical in both sets, or
 *          found in one set with nothing near in the other
 * @param identical how many of {@code merged} were in both sets, equal
 * @param single how many of {@code merged} were in one set only
 * @param conflicts same id, different content: both versions
 * @param probableDuplicates different ids, within the distance
 */
public record MergeResult(List<Mark>merged,int identical,int single,List<IdConflict>conflicts,List<ProbableDuplicate>probableDuplicates){

public MergeResult{merged=List.copyOf(merged);conflicts=List.copyOf(conflicts);probableDuplicates=List.copyOf(probableDuplicates);}

/** Two versions of one mark id. */
public record IdConflict(Mark first,Mark second){}

/** Two marks with different ids that probably mark one neuron. */
public record ProbableDuplicate(Mark first,Mark second,double distance){}

/** True if nothing waits for a decision. */
public boolean isComplete(){return conflicts.isEmpty()&&probableDuplicates.isEmpty();}

/** One line: what was merged and what needs a decision. */
public String summary(){return String.format(Locale.ROOT,"merged %d marks (%d identical in both, %d from one set only); "+"%d id conflicts and %d probable duplicates need a decision",merged.size(),identical,single,conflicts.size(),probableDuplicates.size());}}
