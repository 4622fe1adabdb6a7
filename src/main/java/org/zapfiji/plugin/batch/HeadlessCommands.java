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

package org.zapfiji.plugin.batch;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Hashtable;
import java.util.List;

import ij.Menus;

/**
 * Makes {@code run("ZAP ...")} work in ImageJ 1 with no display.
 * <p>
 * ImageJ 1 finds a command's class in the table that {@link Menus} fills while
 * it builds the AWT menu bar, and AWT menus cannot be built headless. Without a
 * display that table stays empty and every {@code run(...)} fails. This class
 * fills the table from the {@code plugins.config} files on the class path
 * instead. It writes ImageJ's private field because ImageJ 1 offers no public
 * way to do it; Fiji's own headless mode patches ImageJ for the same reason.
 * With a display nothing is changed.
 */
public final class HeadlessCommands {

	private HeadlessCommands() {}

	/**
	 * Registers every command of every {@code plugins.config} visible to
	 * {@code loader}, unless ImageJ already has its command table.
	 *
	 * @return the number of commands registered
	 */
	public static synchronized int install(final ClassLoader loader)
		throws IOException
	{
		if (Menus.getCommands() != null) return 0;
		final List<PluginsConfig.Entry> entries = PluginsConfig.readAll(loader);
		final Hashtable<String, String> table = new Hashtable<>();
		for (final PluginsConfig.Entry entry : entries)
			table.put(entry.command, entry.className);
		try {
			final Field field = Menus.class.getDeclaredField("pluginsTable");
			field.setAccessible(true);
			field.set(null, table);
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException("This ImageJ (" + ij.IJ.getFullVersion() +
				") has no command table where ImageJ 1.54 has one; ZAP Fiji cannot register " +
				"its commands without a display.", e);
		}
		return table.size();
	}
}
