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

package org.zapfiji.data.bdv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.DebianPython;

/**
 * h5py (the HDF5 C library) reads the BigDataViewer HDF5 we write, with the
 * layout BigDataViewer looks for, and Python's XML parser reads the XML: an
 * implementation independent of jhdf and of ours.
 */
class BdvPythonReadBackTest {

	@TempDir
	Path folder;

	@Test
	void h5pyReadsOurLayoutAndValues() throws IOException {
		DebianPython.assumeModules("h5py", "numpy");
		final Path xml = folder.resolve("fish.xml");
		BdvHdf5Writer.write(xml, List.of(BdvTestVolumes.uint16Volume()));
		final String script = String.join("\n", "import sys, h5py, numpy as np",
			"import xml.etree.ElementTree as ET", "f = h5py.File(sys.argv[1], 'r')",
			"print(f['s00/resolutions'][()].tolist())",
			"print(f['s00/subdivisions'][()].tolist())",
			"c = f['t00002/s00/0/cells']", "print(c.dtype, c.shape)",
			"u = c[()].view(np.uint16)",
			"z, y, x = np.meshgrid(range(5), range(7), range(13), indexing='ij')",
			"expected = (x * 5003 + y * 307 + z * 41 + 2 * 9001) % 65536",
			"print(bool((u == expected).all()), int(u.max()) > 32767)",
			"print(f['t00001/s00/1/cells'].shape)",
			"root = ET.parse(sys.argv[2]).getroot()",
			"print(root.find('SequenceDescription/ImageLoader/hdf5').text,",
			"      root.find('SequenceDescription/ViewSetups/ViewSetup/size').text,",
			"      len(root.findall('ViewRegistrations/ViewRegistration')))");
		final String out = DebianPython.run(script, folder.resolve("fish.h5")
			.toString(), xml.toString()).expectSuccess();
		assertEquals(String.join("\n", "[[1.0, 1.0, 1.0], [2.0, 2.0, 1.0]]",
			"[[4, 3, 2], [4, 4, 5]]", "int16 (5, 7, 13)", "True True", "(5, 4, 7)",
			"fish.h5 13 7 5 3"), out.trim());
	}
}
