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

package org.zapfiji.annotation.io;

import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.zapfiji.annotation.MarkStatus;

/**
 * The {@code properties} array of our neuroglancer {@code info} file: round,
 * score, annotator (enum of names) and status (enum of status words), in the
 * order of {@link NeuroglancerPrecomputedFormat#PROPERTIES}.
 */
final class NeuroglancerInfoProperties {

	private NeuroglancerInfoProperties() {}

	static JsonArray toJson(final List<String> annotators) {
		final JsonArray properties = new JsonArray();
		properties.add(property("round", "uint32", "review round", null));
		properties.add(property("score", "float32",
			"refinement score, NaN for none", null));
		properties.add(property("annotator", "uint16", "who marked it",
			annotators));
		final List<String> statuses = Arrays.stream(MarkStatus.values()).map(
			MarkStatus::id).toList();
		properties.add(property("status", "uint8", "review status", statuses));
		return properties;
	}

	private static JsonObject property(final String id, final String type,
		final String description, final List<String> enumLabels)
	{
		final JsonObject p = new JsonObject();
		p.addProperty("id", id);
		p.addProperty("type", type);
		p.addProperty("description", description);
		if (enumLabels != null) {
			final JsonArray values = new JsonArray();
			final JsonArray labels = new JsonArray();
			for (int i = 0; i < enumLabels.size(); i++) {
				values.add(i);
				labels.add(enumLabels.get(i));
			}
			p.add("enum_values", values);
			p.add("enum_labels", labels);
		}
		return p;
	}
}
