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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * A test set of marks judged against a reference set, overall and per region.
 * <p>
 * Per region, only marks inside the region count, and they are matched among
 * themselves: a reference mark just inside a border whose partner lies just
 * outside is a miss of that region, though a match overall. That is what "every
 * neuron inside a complete region is marked" needs checked.
 *
 * @param maxDistance largest distance of a pair, µm
 * @param matching the overall pairing
 * @param overall metrics of the overall pairing
 * @param perRegion metrics per region, in the order given
 */
public record MarkComparison(double maxDistance,MarkMatching matching,AgreementMetrics overall,Map<Region,AgreementMetrics>perRegion){

public MarkComparison{perRegion=java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perRegion));}

public static MarkComparison of(final List<Mark>reference,final List<Mark>test,final double maxDistance,final List<Region>regions){final MarkMatching matching=MarkMatching.of(reference,test,maxDistance);final Map<Region,AgreementMetrics>perRegion=new LinkedHashMap<>();for(final Region region:regions)perRegion.put(region,AgreementMetrics.of(MarkMatching.of(inside(reference,region),inside(test,region),maxDistance)));return new MarkComparison(maxDistance,matching,AgreementMetrics.of(matching),perRegion);}

private static List<Mark>inside(final List<Mark>marks,final Region region){return marks.stream().filter(m->region.contains(m.x(),m.y(),m.z())).collect(Collectors.toList());}}
