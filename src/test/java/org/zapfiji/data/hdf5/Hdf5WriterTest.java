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

package org.zapfiji.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.DebianPython;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;

/**
 * Files written by {@link Hdf5Writer}, read by two independent readers: h5py
 * (the HDF5 C library, which verifies every checksum and address) and jHDF.
 * Every group, member, dataset (type, shape, fill value, contiguous layout,
 * every element's bytes) and attribute must be exactly what was written, and
 * nothing else may be in the file.
 */
class Hdf5WriterTest {

	private static final String WALK = String.join("\n",
		"import sys, json, hashlib, h5py, numpy as np",
		"out = {'groups': {}, 'datasets': {}, 'attrs': {}}", "def attrs(obj):",
		"    a = {}", "    for k, v in obj.attrs.items():",
		"        if isinstance(v, bytes):",
		"            a[k] = {'str': v.decode('utf-8')}", "        else:",
		"            arr = np.asarray(v)",
		"            a[k] = {'dtype': arr.dtype.str, 'shape': list(arr.shape),",
		"                    'value': arr.tolist()}",
		"    if a: out['attrs'][obj.name] = a", "def visit(name, obj):",
		"    attrs(obj)", "    if isinstance(obj, h5py.Group):",
		"        out['groups'][obj.name] = sorted(obj.keys())", "    else:",
		"        arr = np.ascontiguousarray(np.asarray(obj[()]).astype(",
		"            obj.dtype.newbyteorder('<')))",
		"        out['datasets'][obj.name] = {'dtype': obj.dtype.str,",
		"            'shape': list(obj.shape),",
		"            'sha256': hashlib.sha256(arr.tobytes()).hexdigest(),",
		"            'fill': np.asarray(obj.fillvalue).tolist(),",
		"            'contiguous': obj.id.get_create_plist().get_layout() == h5py.h5d.CONTIGUOUS}",
		"with h5py.File(sys.argv[1], 'r') as f:",
		"    out['groups']['/'] = sorted(f.keys())", "    attrs(f)",
		"    f.visititems(visit)", "print(json.dumps(out))");

	@TempDir
	Path folder;

	@Test
	void h5pyReadsEveryObjectExactly() throws IOException {
		DebianPython.assumeModules("h5py", "numpy");
		final Path file = folder.resolve("sample.h5");
		Hdf5Samples.write(file);
		final JsonObject read = JsonParser.parseString(DebianPython.run(WALK, file
			.toString()).expectSuccess()).getAsJsonObject();

		final JsonObject groups = read.getAsJsonObject("groups");
		final Map<String, List<String>> expectedGroups = Hdf5Samples.groups();
		assertEquals(new java.util.TreeSet<>(expectedGroups.keySet()),
			new java.util.TreeSet<>(groups.keySet()));
		for (final Map.Entry<String, List<String>> g : expectedGroups.entrySet())
			assertEquals(g.getValue(), strings(groups.getAsJsonArray(g.getKey())),
				"members of " + g.getKey());

		final JsonObject datasets = read.getAsJsonObject("datasets");
		assertEquals(Hdf5Samples.samples().size(), datasets.size());
		for (final Hdf5Samples.Sample s : Hdf5Samples.samples()) {
			final JsonObject d = datasets.getAsJsonObject(s.path);
			assertTrue(d != null, "h5py sees " + s.path);
			assertEquals(Hdf5Samples.numpyType(s.type), d.get("dtype").getAsString(),
				s.path);
			final List<Long> shape = new ArrayList<>();
			for (final JsonElement e : d.getAsJsonArray("shape"))
				shape.add(e.getAsLong());
			assertEquals(longs(s.dims), shape, s.path);
			assertEquals(Hdf5Samples.sha256(s), d.get("sha256").getAsString(),
				"every element of " + s.path);
			assertEquals(s.fill, d.get("fill").getAsDouble(), 0, s.path);
			assertTrue(d.get("contiguous").getAsBoolean(), s.path);
		}

		final JsonObject attrs = read.getAsJsonObject("attrs");
		assertEquals(java.util.Set.of("/", "/types"), attrs.keySet());
		final JsonObject root = attrs.getAsJsonObject("/");
		assertEquals("zebrafish µ-scope", root.getAsJsonObject("title").get("str")
			.getAsString());
		assertEquals("<i4", root.getAsJsonObject("answer").get("dtype")
			.getAsString());
		assertEquals(0, root.getAsJsonObject("answer").getAsJsonArray("shape")
			.size());
		assertEquals(-42, root.getAsJsonObject("answer").get("value").getAsInt());
		assertEquals("[[1.5,-2.0,3.0],[4.0,5.0,6.25]]", root.getAsJsonObject(
			"matrix").get("value").toString());
		final JsonObject typeAttrs = attrs.getAsJsonObject("/types");
		assertEquals(10, typeAttrs.size());
		for (int i = 0; i < 10; i++)
			assertEquals("[" + i + "," + -i + "]", typeAttrs.getAsJsonObject("attr" +
				i).get("value").toString());
	}

	@Test
	void jhdfReadsEveryDatasetAndAttribute() throws IOException {
		final Path file = folder.resolve("sample.h5");
		Hdf5Samples.write(file);
		try (HdfFile hdf = new HdfFile(file)) {
			for (final Hdf5Samples.Sample s : Hdf5Samples.samples()) {
				if (s.elements() == 0) continue; // jHDF cannot read empty datasets
				final Dataset d = hdf.getDatasetByPath(s.path);
				assertArrayEquals(ints(s.dims), d.getDimensions(), s.path);
				final List<Long> values = new ArrayList<>();
				flatten(d.getData(), values, s.type);
				assertEquals(s.elements(), values.size(), s.path);
				for (int i = 0; i < values.size(); i++)
					assertEquals(Hdf5Samples.bits(s.type, i), (long) values.get(i),
						s.path + " element " + i);
			}
			assertEquals("zebrafish µ-scope", scalar(hdf.getAttribute("title")));
			assertEquals(-42, ((Number) scalar(hdf.getAttribute("answer")))
				.intValue());
			assertEquals(10, hdf.getByPath("types").getAttributes().size());
			assertEquals(20, ((io.jhdf.api.Group) hdf.getByPath("many")).getChildren()
				.size());
		}
	}

	@Test
	void anUnfinishedFileHasNoSignature() throws IOException {
		final Path file = folder.resolve("broken.h5");
		try (Hdf5Writer hdf = Hdf5Writer.create(file)) {
			hdf.root().createDataset("x", Hdf5Type.UINT8, new long[] { 100 }).write(
				new byte[100]);
		}
		final byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 8);
		assertArrayEquals(new byte[8], head, "no HDF5 signature before finish()");
	}

	@Test
	void badCallsNameWhatIsWrong() throws IOException {
		try (Hdf5Writer hdf = Hdf5Writer.create(folder.resolve("bad.h5"))) {
			final Hdf5Group root = hdf.root();
			final Hdf5Dataset d = root.createDataset("d", Hdf5Type.INT16, new long[] {
				4, 6 });
			assertMessage("'d' exists already", () -> root.createGroup("d"));
			assertMessage("invalid HDF5 link name 'a/b'", () -> root.createGroup(
				"a/b"));
			assertMessage("invalid HDF5 link name '.'", () -> root.createGroup("."));
			assertMessage("invalid HDF5 link name ''", () -> root.createGroup(""));
			assertMessage("leaves the dataset [4, 6]", () -> d.write(new long[] { 2,
				4 }, new int[] { 2, 3 }, new short[6]));
			assertMessage("needs a short[] of 6 elements, found int[6]", () -> d
				.write(new long[] { 0, 0 }, new int[] { 2, 3 }, new int[6]));
			assertMessage("needs a short[] of 6 elements, found short[5]", () -> d
				.write(new long[] { 0, 0 }, new int[] { 2, 3 }, new short[5]));
			assertMessage("a block of 2 dimensions expected", () -> d.write(
				new long[] { 0 }, new int[] { 2 }, new short[2]));
			assertMessage("negative dimension", () -> root.createDataset("n",
				Hdf5Type.INT8, new long[] { 2, -1 }));
			assertMessage("overflow", () -> root.createDataset("huge",
				Hdf5Type.FLOAT64, new long[] { 1L << 40, 1L << 22 }));
			assertMessage("exceeds the 65535", () -> root.attribute("big",
				Hdf5Type.INT64, new long[] { 10000 }, new long[10000]));
			root.attribute("once", "x");
			assertMessage("attribute 'once' exists already", () -> root.attribute(
				"once", "y"));
			hdf.finish();
			final IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> root.createGroup("late"));
			assertTrue(e.getMessage().contains("bad.h5") && e.getMessage().contains(
				"finished"), e.getMessage());
		}
		assertFalse(Files.exists(folder.resolve("late")));
	}

	private static void assertMessage(final String part,
		final org.junit.jupiter.api.function.Executable call)
	{
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, call);
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}

	private static Object scalar(final Attribute attribute) {
		final Object data = attribute.getData();
		return data.getClass().isArray() ? Array.get(data, 0) : data;
	}

	/** jHDF's nested arrays as bit patterns in our {@link Hdf5Samples#bits}. */
	private static void flatten(final Object nested, final List<Long> out,
		final Hdf5Type type)
	{
		if (nested.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(nested); i++)
				flatten(Array.get(nested, i), out, type);
			return;
		}
		if (nested instanceof Float) out.add(Float.floatToRawIntBits(
			(Float) nested) & 0xffffffffL);
		else if (nested instanceof Double) out.add(Double.doubleToRawLongBits(
			(Double) nested));
		else out.add(((Number) nested).longValue() & Hdf5Samples.mask(8 * type
			.size()));
	}

	private static List<String> strings(final JsonArray array) {
		final List<String> list = new ArrayList<>();
		for (final JsonElement e : array)
			list.add(e.getAsString());
		return list;
	}

	private static List<Long> longs(final long[] values) {
		final List<Long> list = new ArrayList<>();
		for (final long v : values)
			list.add(v);
		return list;
	}

	private static int[] ints(final long[] values) {
		final int[] out = new int[values.length];
		for (int i = 0; i < values.length; i++)
			out[i] = (int) values[i];
		return out;
	}
}
