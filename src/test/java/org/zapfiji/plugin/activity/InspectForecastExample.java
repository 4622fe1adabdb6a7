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

package org.zapfiji.plugin.activity;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.swing.SwingUtilities;

import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.activity.ForecastInspector;

/**
 * Opens {@code ZAP Inspect Forecast} on a fresh mini-ZAPBench with two models,
 * goes to the worst neuron once the errors are known and splits the view, so
 * the window can be looked at (and photographed for the README) under Xvfb:
 * {@code java -cp … org.zapfiji.plugin.activity.InspectForecastExample [frame]}.
 */
public final class InspectForecastExample {

	private InspectForecastExample() {}

	public static void main(final String... args) throws Exception {
		final int frame = args.length > 0 ? Integer.parseInt(args[0]) : 6;
		final Path root = MiniZapbenchFiles.write(Files.createTempDirectory(
			"zap-inspect-example").resolve("mini"));
		final Path second = MiniZapbenchFiles.writeShiftedModel(root, "200000002",
			0.1f);
		final InspectForecast command = new InspectForecast(() -> true);
		final InspectForecast.Session session = command.execute(command.parameters()
			.parse("segmentation=[" + root.resolve(MiniZapbenchFiles.SEGMENTATION) +
				"] traces=[" + root.resolve(MiniZapbenchFiles.TRACES) +
				"] predictions=[" + root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve(
					"predictions") + ";" + second.resolve("predictions") +
				"] steps_ahead=1"), Progress.silent());
		final ForecastInspector inspector = session.showInspector();
		SwingUtilities.invokeAndWait(() -> {
			inspector.frame().setBounds(0, 0, 1500, 820);
			inspector.frame().panel().state().setTime(frame);
		});
		while (inspector.neuronErrors() == null || !inspector.dots().hasCentroids())
			Thread.sleep(100);
		SwingUtilities.invokeAndWait(() -> {
			inspector.frame().splitView().setSplit(true);
			inspector.modes().setMode(
				org.zapfiji.activity.ActivityColors.Mode.RECORDED);
		});
		Thread.sleep(500);
		SwingUtilities.invokeAndWait(() -> {
			final int worst =
				((org.zapfiji.viewer.activity.InspectorSidePanel) inspector.frame()
					.sidePanel()).table().ranking().worst().label();
			inspector.goToNeuron(worst);
		});
		System.out.println("ready");
	}
}
