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

package org.zapfiji.plugin;

import java.util.List;

import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.SciJavaPlugin;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.data.VolumeFormat;
import org.zapfiji.labels.LabelKind;
import org.zapfiji.refine.Refiner;

/**
 * The SciJava {@code @Plugin} implementations of ZAP Fiji's extension points
 * that a class loader can see, our own and those in third-party jars.
 * <p>
 * Discovery reads the annotation indexes ({@code META-INF/json}) that SciJava's
 * annotation processor writes into each jar at compile time, so no class is
 * loaded until it is used.
 */
public final class Extensions {

	/** Every extension point, in the order reports list them. */
	public static final List<Class<? extends SciJavaPlugin>> POINTS = List.of(
		VolumeFormat.class, MarkFormat.class, LabelKind.class, Refiner.class);

	private final PluginIndex index;

	private Extensions(final PluginIndex index) {
		this.index = index;
	}

	/** Finds the extensions visible to {@code loader}. */
	public static Extensions discover(final ClassLoader loader) {
		final PluginIndex index = new PluginIndex(new DefaultPluginFinder(loader));
		index.discover();
		return new Extensions(index);
	}

	/** The implementations of one extension point, by priority. */
	public <T extends SciJavaPlugin> List<PluginInfo<T>> of(
		final Class<T> point)
	{
		return index.getPlugins(point);
	}
}
