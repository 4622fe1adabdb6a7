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

package org.zapfiji.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import ij.ImagePlus;
import ij.ImageStack;
import ij.Prefs;
import ij.io.FileSaver;
import ij.measure.Calibration;

/**
 * Writes the synthetic demo recording in {@code test-data/}: a small crop
 * shaped like ZAPBench data (voxel 0.406 x 0.406 x 4.0 µm, one volume every
 * 0.9141 s, uint16, nuclear GCaMP) with neurons at known centers.
 * <p>
 * Run {@link #main} with the output folder (default {@code test-data}) after
 * changing anything here; {@code DemoDataTest} fails until the committed files
 * match the generator again. Output is identical on every machine: all
 * randomness comes from one fixed seed through {@link Random}, whose algorithm
 * Java specifies exactly, and nothing depends on time, locale, hash order or
 * the platform's line separator. It does depend on the ImageJ version, which
 * ImageJ writes into the TIFF header.
 */
public final class DemoData {

	static final String IMAGE = "zebrafish-demo.tif";

	static final String CENTERS = "zebrafish-demo-centers.csv";

	static final String CENTERS_HEADER =
		"id,x_um,y_um,z_um,x_px,y_px,z_px,radius_um";

	static final int WIDTH = 192;

	static final int HEIGHT = 160;

	static final int DEPTH = 12;

	static final int FRAMES = 8;

	static final double PIXEL_WIDTH = 0.406;

	static final double PIXEL_DEPTH = 4.0;

	static final String UNIT = "micron";

	static final double FRAME_INTERVAL = 0.9141;

	static final String TIME_UNIT = "sec";

	private static final long SEED = 20_260_129L;

	private DemoData() {}

	public static void main(final String[] args) throws IOException {
		final Path folder = Paths.get(args.length > 0 ? args[0] : "test-data");
		write(folder);
		System.out.println("Wrote " + folder.resolve(IMAGE) + " and " + folder
			.resolve(CENTERS));
	}

	/**
	 * Writes both files into {@code folder}. Each part of the model draws from
	 * its own stream, seeded from {@link #SEED}, so changing the noise does not
	 * move the neurons.
	 */
	static void write(final Path folder) throws IOException {
		Files.createDirectories(folder);
		final Random seeds = new Random(SEED);
		final Random placement = new Random(seeds.nextLong());
		final Random properties = new Random(seeds.nextLong());
		final Random background = new Random(seeds.nextLong());
		final Random noise = new Random(seeds.nextLong());
		final List<DemoNeuron> neurons = DemoNeurons.create(placement, properties);
		final ImageStack stack = DemoRenderer.render(neurons, background, noise);
		writeTiff(hyperstack(stack), folder.resolve(IMAGE));
		Files.write(folder.resolve(CENTERS), centersTable(neurons).getBytes(
			StandardCharsets.UTF_8));
	}

	private static ImagePlus hyperstack(final ImageStack stack) {
		final ImagePlus imp = new ImagePlus("zebrafish-demo", stack);
		imp.setDimensions(1, DEPTH, FRAMES);
		imp.setOpenAsHyperStack(true);
		final Calibration calibration = new Calibration();
		calibration.pixelWidth = PIXEL_WIDTH;
		calibration.pixelHeight = PIXEL_WIDTH;
		calibration.pixelDepth = PIXEL_DEPTH;
		calibration.setUnit(UNIT);
		calibration.frameInterval = FRAME_INTERVAL;
		calibration.setTimeUnit(TIME_UNIT);
		imp.setCalibration(calibration);
		final int[] range = displayRange(stack);
		imp.setDisplayRange(range[0], range[1]);
		return imp;
	}

	/**
	 * The 0.1 and 99.9 percentiles of the whole recording, saved as display range
	 * so the file opens with visible nuclei in every frame.
	 */
	private static int[] displayRange(final ImageStack stack) {
		final long[] histogram = new long[65536];
		for (int i = 1; i <= stack.getSize(); i++)
			for (final short value : (short[]) stack.getPixels(i))
				histogram[value & 0xffff]++;
		final long total = (long) stack.getSize() * WIDTH * HEIGHT;
		return new int[] { percentile(histogram, total / 1000), percentile(
			histogram, total - total / 1000) };
	}

	private static int percentile(final long[] histogram, final long rank) {
		long seen = 0;
		for (int value = 0; value < histogram.length; value++) {
			seen += histogram[value];
			if (seen > rank) return value;
		}
		return histogram.length - 1;
	}

	/**
	 * Saves as little-endian TIFF whatever the user's ImageJ preferences say:
	 * ImageJ takes the byte order from a global preference, which a loaded
	 * IJ_Prefs.txt may have changed, and the committed bytes must not depend on
	 * it.
	 */
	private static void writeTiff(final ImagePlus imp, final Path file)
		throws IOException
	{
		final boolean byteOrder = Prefs.intelByteOrder;
		Prefs.intelByteOrder = true;
		try {
			if (!new FileSaver(imp).saveAsTiffStack(file.toString()))
				throw new IOException("ImageJ could not write " + file);
		}
		finally {
			Prefs.intelByteOrder = byteOrder;
		}
	}

	/** One row per neuron; '\n' line ends and '.' decimals on every platform. */
	static String centersTable(final List<DemoNeuron> neurons) {
		final StringBuilder table = new StringBuilder(CENTERS_HEADER).append('\n');
		int id = 1;
		for (final DemoNeuron n : neurons)
			table.append(String.format(Locale.ROOT,
				"%d,%.3f,%.3f,%.3f,%.4f,%.4f,%.4f,%.3f\n", id++, n.x(), n.y(), n.z(), n
					.x() / PIXEL_WIDTH, n.y() / PIXEL_WIDTH, n.z() / PIXEL_DEPTH, 2 * n
						.sigma()));
		return table.toString();
	}
}
