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

package org.zapfiji.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's launch command, {@code ./zap-fiji}, on the X display: ImageJ
 * comes up with the demo recording open. Windows of the other process are found
 * with {@code xdotool}; the screen is saved as
 * {@code target/screenshots/launch.png}.
 */
class LaunchIT {

	@Test
	void launcherOpensImageJWithTheDemoData() throws Exception {
		Assumptions.assumeTrue(run("xdotool", "version") == 0,
			"xdotool is not installed");
		final Process imagej = new ProcessBuilder(LauncherScript.ROOT.resolve(
			"zap-fiji").toString()).directory(LauncherScript.ROOT.toFile())
			.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			assertTrue(awaitWindow("zebrafish-demo.tif", 90),
				"no window of the demo recording appeared");
			assertTrue(awaitWindow("^ImageJ$", 10), "no ImageJ main window appeared");
			Thread.sleep(1000);
			Files.createDirectories(ScreenRobot.SCREENSHOTS);
			final Path shot = ScreenRobot.SCREENSHOTS.resolve("launch.png");
			if (run("import", "-window", "root", shot.toString()) == 0) assertTrue(
				Files.size(shot) > 0);
		}
		finally {
			imagej.descendants().forEach(ProcessHandle::destroy);
			imagej.destroy();
			imagej.waitFor(20, TimeUnit.SECONDS);
		}
		assertEquals(false, imagej.isAlive());
	}

	private static boolean awaitWindow(final String name, final int seconds)
		throws IOException, InterruptedException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			if (run("xdotool", "search", "--onlyvisible", "--name", name) == 0)
				return true;
			Thread.sleep(500);
		}
		return false;
	}

	private static int run(final String... command) throws IOException,
		InterruptedException
	{
		try {
			final Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
		}
		catch (final IOException e) {
			return -1;
		}
	}
}
