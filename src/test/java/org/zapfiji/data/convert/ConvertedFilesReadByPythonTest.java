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

package org.zapfiji.data.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;

/**
 * Converted files read by Debian's Python packages, an implementation
 * independent of ours: zarr 2 with numcodecs for Zarr v2, h5py for
 * BigDataViewer HDF5 and the plain HDF5 file, tifffile for TIFF. Each script
 * rebuilds the recording from {@link ConversionSamples#value}'s formula and
 * compares every voxel.
 */
class ConvertedFilesReadByPythonTest {

	/** The recording, t, z, y, x as Python indexes it. */
	private static final String EXPECTED = String.join("\n",
		"import sys, numpy as np",
		"t, z, y, x = np.meshgrid(range(5), range(7), range(29), range(37), " +
			"indexing='ij')",
		"expected = ((x * 5003 + y * 307 + z * 41 + t * 9001) % 65536)" +
			".astype(np.uint16)");

	@TempDir
	Path folder;

	private Volume source() throws IOException {
		return ConversionSamples.open(ConversionSamples.writeZarr(folder.resolve(
			"source.zarr")));
	}

	@Test
	void zarrPythonReadsZarrV2() throws IOException {
		DebianPython.assumeModules("zarr", "numcodecs", "numpy");
		final Volume volume = source();
		final Path lz4 = folder.resolve("auto.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).withChunk("10,8,4").convert(volume,
			lz4, Progress.silent());
		final Path zstd = folder.resolve("zstd.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).withCompression(
			new CompressionChoice("blosc_zstd", 3, "bit")).convert(volume, zstd,
				Progress.silent());
		final Path gzip = folder.resolve("gzip.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).withCompression(
			new CompressionChoice("gzip", -1, "byte")).withChunk("0,0,1,1").convert(
				volume, gzip, Progress.silent());
		final String script = String.join("\n", EXPECTED, "import zarr",
			"for path in sys.argv[1:]:", "    a = zarr.open(path, mode='r')",
			"    print(a.dtype, a.shape, a.chunks, a.compressor.codec_id,",
			"          getattr(a.compressor, 'cname', ''),",
			"          bool((a[...] == expected).all()),",
			"          a.attrs['_ARRAY_DIMENSIONS'], a.attrs['dimension_units'])");
		final String out = DebianPython.run(script, lz4.toString(), zstd.toString(),
			gzip.toString()).expectSuccess();
		final String units = "['0.9141 s', '4 \u00b5m', '0.406 \u00b5m', " +
			"'0.406 \u00b5m']";
		assertEquals(String.join("\n", "uint16 (5, 7, 29, 37) (2, 4, 8, 10) " +
			"blosc lz4 True ['t', 'z', 'y', 'x'] " + units,
			"uint16 (5, 7, 29, 37) (2, 3, 12, 16) blosc zstd True " +
				"['t', 'z', 'y', 'x'] " + units,
			"uint16 (5, 7, 29, 37) (1, 1, 29, 37) gzip  True " +
				"['t', 'z', 'y', 'x'] " + units), out.trim());
	}

	@Test
	void h5pyReadsBigDataViewerHdf5() throws IOException {
		DebianPython.assumeModules("h5py", "numpy");
		final Path xml = folder.resolve("fish.xml");
		VolumeConversion.to(OutputFormat.BDV).convert(source(), xml, Progress
			.silent());
		final String script = String.join("\n", EXPECTED, "import h5py",
			"import xml.etree.ElementTree as ET", "f = h5py.File(sys.argv[1], 'r')",
			"cells = [f['t%05d/s00/0/cells' % i][()].view(np.uint16) " +
				"for i in range(5)]",
			"print(cells[0].shape, bool((np.stack(cells) == expected).all()))",
			"root = ET.parse(sys.argv[2]).getroot()",
			"print(root.find('SequenceDescription/ViewSetups/ViewSetup/" +
				"voxelSize/size').text)");
		final String out = DebianPython.run(script, folder.resolve("fish.h5")
			.toString(), xml.toString()).expectSuccess();
		assertEquals("(7, 29, 37) True\n0.406 0.406 4.0", out.trim());
	}

	@Test
	void h5pyReadsThePlainHdf5FileInCOrderWithItsVoxelSize() throws IOException {
		DebianPython.assumeModules("h5py", "numpy");
		final Path h5 = folder.resolve("fish.h5");
		VolumeConversion.to(OutputFormat.HDF5).withThreads(2).convert(source(), h5,
			Progress.silent());
		final String script = String.join("\n", EXPECTED, "import h5py",
			"with h5py.File(sys.argv[1], 'r') as f:", "    d = f['data']",
			"    print(list(f.keys()), d.dtype, d.shape,",
			"          bool((d[()] == expected).all()))",
			"    print(d.attrs['axes'].decode(), d.attrs['element_size_um'].tolist())");
		final String out = DebianPython.run(script, h5.toString()).expectSuccess();
		assertEquals("['data'] uint16 (5, 7, 29, 37) True\n" +
			"tzyx [4.0, 0.406, 0.406]", out.trim());
	}

	@Test
	void tifffileReadsTheHyperstack() throws IOException {
		DebianPython.assumeModules("tifffile", "numpy");
		final Path tif = folder.resolve("fish.tif");
		VolumeConversion.to(OutputFormat.TIFF).convert(source(), tif, Progress
			.silent());
		final String script = String.join("\n", EXPECTED, "import tifffile",
			"with tifffile.TiffFile(sys.argv[1]) as f:", "    a = f.asarray()",
			"    ij = f.imagej_metadata",
			"    print(f.is_imagej, a.dtype, a.shape, bool((a == expected).all()))",
			"    print(ij['frames'], ij['slices'], ij['spacing'], ij['unit'])");
		final String out = DebianPython.run(script, tif.toString()).expectSuccess();
		assertEquals("True uint16 (5, 7, 29, 37) True\n5 7 4.0 micron", out.trim());
	}
}
