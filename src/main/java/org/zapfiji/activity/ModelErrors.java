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

package org.zapfiji.activity;

import java.util.List;

/**
 * One model's {@link ForecastErrors}: per forecast (condition) and pooled over
 * them, under the model's name, as the tables and the plot show them.
 */
public final class ModelErrors {

	private final String name;

	private final List<ForecastErrors> forecasts;

	private final ForecastErrors pooled;

	/**
	 * @throws IllegalArgumentException if the forecasts cannot be pooled (they
	 *           differ in steps or neurons)
	 */
	public ModelErrors(final String name, final List<ForecastErrors> forecasts) {
		this.name = name;
		this.forecasts = List.copyOf(forecasts);
		this.pooled = ForecastErrors.pool("all", forecasts);
	}

	public String name() {
		return name;
	}

	/** Per forecast, in condition order. */
	public List<ForecastErrors> forecasts() {
		return forecasts;
	}

	/** All forecasts as one. */
	public ForecastErrors pooled() {
		return pooled;
	}
}
