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

package org.zapfiji.data.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.codec.BloscCodec;

/**
 * Independent read-back of Zarr v2 with Debian's python3-zarr 2.13 and
 * numcodecs: Python reads the arrays we write, and we read the arrays Python
 * writes, for every dtype and byte order, orders C and F, separators "." and
 * "/", and the compressors none, gzip, zlib, zstd and blosc (zstd, lz4, zlib ×
 * no, byte and bit shuffle). Values are compared bit for bit against a raw
 * little-endian C-order copy of the whole array (file {@code NAME.expected}).
 * <p>
 * The zstd and blosc cases need the real ZstdCodec and BloscCodec and skip
 * themselves while those are placeholders.
 */
class ZarrV2PythonInteropTest {

	/** Fastest first: Zarr shape (5, 7, 13), chunks (2, 3, 4), edges padded. */
	private static final long[] SHAPE = { 13, 7, 5 };

	private static final int[] CHUNK = { 4, 3, 2 };

	@TempDir
	Path folder;

	/** One array: how we and numcodecs name its compressor, and its layout. */
	static final class Case {

		final String name;

		final DataType type;

		final ByteOrder endian;

		final boolean fortran;

		final String separator;

		final ZarrCompressor compressor;

		final String python;

		Case(final DataType type, final ByteOrder endian, final boolean fortran,
			final String separator, final ZarrCompressor compressor,
			final String python)
		{
			this.type = type;
			this.endian = endian;
			this.fortran = fortran;
			this.separator = separator;
			this.compressor = compressor;
			this.python = python;
			this.name = dtype().replace('<', 'l').replace('>', 'b').replace('|',
				'n') + "-" + (fortran ? "F" : "C") + "-" + (separator.equals("/")
					? "slash" : "dot") + "-" + (compressor == null ? "none" : compressor
						.toString().replace(' ', '_'));
		}

		String dtype() {
			return V2DataTypes.dtype(type, endian);
		}
	}

	private static List<Case> basicCases() {
		final List<Case> cases = new ArrayList<>();
		for (final DataType type : DataType.values())
			for (final boolean fortran : new boolean[] { false, true }) {
				cases.add(new Case(type, ByteOrder.LITTLE_ENDIAN, fortran, ".",
					ZarrCompressor.gzip(5), "numcodecs.GZip(5)"));
				cases.add(new Case(type, ByteOrder.LITTLE_ENDIAN, fortran, "/",
					ZarrCompressor.zlib(3), "numcodecs.Zlib(3)"));
				cases.add(new Case(type, ByteOrder.BIG_ENDIAN, fortran, ".", null,
					"None"));
			}
		return cases;
	}

	private static List<Case> bloscAndZstdCases() {
		final List<Case> cases = new ArrayList<>();
		for (final DataType type : List.of(DataType.UINT8, DataType.UINT16,
			DataType.FLOAT32))
		{
			for (final String cname : List.of("zstd", "lz4", "zlib"))
				for (final BloscCodec.Shuffle s : BloscCodec.Shuffle.values())
					cases.add(new Case(type, ByteOrder.LITTLE_ENDIAN, false, ".",
						ZarrCompressor.blosc(cname, 5, s, 0), "numcodecs.Blosc(cname='" +
							cname + "', clevel=5, shuffle=" + s.ordinal() + ")"));
			cases.add(new Case(type, ByteOrder.LITTLE_ENDIAN, true, "/",
				ZarrCompressor.zstd(3), "numcodecs.Zstd(3)"));
		}
		return cases;
	}

	@Test
	void pythonReadsOurArrays() throws IOException {
		pythonReads(basicCases());
	}

	@Test
	void pythonReadsOurBloscAndZstdArrays() throws IOException {
		ZarrCodecAvailability.assumeWorks(ZarrCompressor.zstd(3));
		ZarrCodecAvailability.assumeWorks(ZarrCompressor.blosc("lz4", 5,
			BloscCodec.Shuffle.BYTE, 0));
		pythonReads(bloscAndZstdCases());
	}

	@Test
	void weReadPythonsArrays() throws IOException {
		weRead(basicCases());
	}

	@Test
	void weReadPythonsBloscAndZstdArrays() throws IOException {
		ZarrCodecAvailability.assumeWorks(ZarrCompressor.zstd(3));
		ZarrCodecAvailability.assumeWorks(ZarrCompressor.blosc("lz4", 5,
			BloscCodec.Shuffle.BYTE, 0));
		weRead(bloscAndZstdCases());
	}

	private void pythonReads(final List<Case> cases) throws IOException {
		DebianPython.assumeModules("zarr", "numcodecs", "numpy");
		final StringBuilder manifest = new StringBuilder();
		for (final Case c : cases) {
			final Path path = folder.resolve(c.name);
			final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, c.type, 3L, List
				.of("x", "y", "z"));
			ZarrLayout layout = ZarrLayout.v2().withCompressor(c.compressor)
				.withByteOrder(c.endian).withSeparator(c.separator);
			if (c.fortran) layout = layout.withFortranOrder(3);
			final ZarrArray array = ZarrArray.create(path, meta, layout);
			final byte[] whole = randomWhole(c.type, new Random(c.name.hashCode()));
			for (final long[] p : ChunkWriter.gridPositions(meta.gridShape()))
				array.writeChunk(p, cut(whole, c.type, meta, p));
			Files.write(folder.resolve(c.name + ".expected"), whole);
			manifest.append(path).append('\t').append(c.dtype()).append('\n');
		}
		final Path list = folder.resolve("manifest.tsv");
		Files.writeString(list, manifest);
		final String out = DebianPython.run(String.join("\n",
			"import sys, zarr, numpy as np", "fails = []",
			"lines = open(sys.argv[1]).read().splitlines()", "for line in lines:",
			"    path, dtype = line.split('\\t')",
			"    z = zarr.open(path, mode='r')",
			"    exp = np.fromfile(path + '.expected', dtype=np.dtype(dtype).newbyteorder('<')).reshape(z.shape)",
			"    a = z[:]",
			"    if a.dtype != np.dtype(dtype): fails.append(path + ': dtype ' + str(a.dtype))",
			"    elif np.ascontiguousarray(a.astype(exp.dtype)).tobytes() != exp.tobytes(): fails.append(path + ': values differ')",
			"    elif z.attrs.get('_ARRAY_DIMENSIONS') != ['z', 'y', 'x']: fails.append(path + ': dims ' + str(z.attrs.asdict()))",
			"    elif z.fill_value != (True if a.dtype.kind == 'b' else 3): fails.append(path + ': fill ' + str(z.fill_value))",
			"print('checked', len(lines))", "print('\\n'.join(fails))",
			"sys.exit(1 if fails else 0)", ""), list.toString()).expectSuccess();
		assertEquals("checked " + cases.size(), out.trim());
	}

	private void weRead(final List<Case> cases) throws IOException {
		DebianPython.assumeModules("zarr", "numcodecs", "numpy");
		final StringBuilder manifest = new StringBuilder();
		for (final Case c : cases)
			manifest.append(folder.resolve(c.name)).append('\t').append(c.dtype())
				.append('\t').append(c.fortran ? "F" : "C").append('\t').append(
					c.separator).append('\t').append(c.python).append('\n');
		final Path list = folder.resolve("manifest.tsv");
		Files.writeString(list, manifest);
		DebianPython.run(String.join("\n",
			"import sys, zarr, numcodecs, numpy as np",
			"for i, line in enumerate(open(sys.argv[1]).read().splitlines()):",
			"    path, dtype, order, sep, comp = line.split('\\t')",
			"    dt = np.dtype(dtype)",
			"    fill = True if dt.kind == 'b' else (float('nan') if dt.kind == 'f' else 7)",
			"    z = zarr.open(path, mode='w', shape=(5, 7, 13), chunks=(2, 3, 4), dtype=dt, order=order,",
			"                  fill_value=fill, compressor=eval(comp), dimension_separator=sep)",
			"    rng = np.random.default_rng(i)",
			"    if dt.kind == 'b': data = rng.integers(0, 2, size=(4, 7, 13)).astype(bool)",
			"    else: data = np.frombuffer(rng.bytes(4 * 7 * 13 * dt.itemsize), dtype=dt).reshape(4, 7, 13)",
			"    z[0:4] = data", "    z.attrs['_ARRAY_DIMENSIONS'] = ['t', 'y', 'x']",
			"    z.attrs['zap'] = {'answer': 42, 'list': [1.5, 'a']}",
			"    z[:].astype(dt.newbyteorder('<')).tofile(path + '.expected')", ""),
			list.toString()).expectSuccess();
		for (final Case c : cases) {
			final Path path = folder.resolve(c.name);
			final ZarrArray array = ZarrArray.open(path);
			final ArrayMetadata meta = array.metadata();
			assertEquals(c.type, meta.dataType(), c.name);
			assertEquals(List.of("x", "y", "t"), meta.axisNames(), c.name);
			assertEquals(Map.of("answer", 42L, "list", List.of(1.5, "a")), array
				.attributes().get("zap"), c.name);
			final byte[] whole = new byte[(int) (13 * 7 * 5 * c.type.bytes())];
			int missing = 0;
			for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
				Chunk chunk = array.readChunk(p);
				if (chunk == null) {
					missing++;
					final int[] cell = meta.cellShape(p);
					chunk = new Chunk(cell, FillValues.filled(c.type, meta.fillValue(),
						cell[0] * cell[1] * cell[2]));
				}
				paste(chunk, whole, c.type, meta, p);
			}
			assertEquals(4 * 3, missing, c.name +
				": the last chunk row is not stored");
			assertArrayEquals(Files.readAllBytes(folder.resolve(c.name +
				".expected")), whole, c.name);
		}
	}

	/** Random bytes for the whole array (0/1 for bool), little-endian C order. */
	private static byte[] randomWhole(final DataType type, final Random random) {
		final byte[] bytes = new byte[13 * 7 * 5 * type.bytes()];
		random.nextBytes(bytes);
		if (type == DataType.BOOL) for (int i = 0; i < bytes.length; i++)
			bytes[i] &= 1;
		return bytes;
	}

	/** The chunk at {@code p} out of the whole array, element by element. */
	private static Chunk cut(final byte[] whole, final DataType type,
		final ArrayMetadata meta, final long[] p)
	{
		final int[] cell = meta.cellShape(p);
		final int e = type.bytes();
		final ByteBuffer out = ByteBuffer.allocate(cell[0] * cell[1] * cell[2] * e);
		for (int z = 0; z < cell[2]; z++)
			for (int y = 0; y < cell[1]; y++)
				for (int x = 0; x < cell[0]; x++)
					out.put(whole, index(meta, p, x, y, z) * e, e);
		return new Chunk(cell, type.decode(ByteBuffer.wrap(out.array()), cell[0] *
			cell[1] * cell[2], ByteOrder.LITTLE_ENDIAN));
	}

	private static void paste(final Chunk chunk, final byte[] whole,
		final DataType type, final ArrayMetadata meta, final long[] p)
	{
		final int[] cell = chunk.shape();
		final int e = type.bytes();
		final byte[] bytes = type.encode(chunk.data(), ByteOrder.LITTLE_ENDIAN)
			.array();
		int i = 0;
		for (int z = 0; z < cell[2]; z++)
			for (int y = 0; y < cell[1]; y++)
				for (int x = 0; x < cell[0]; x++, i++)
					System.arraycopy(bytes, i * e, whole, index(meta, p, x, y, z) * e, e);
	}

	private static int index(final ArrayMetadata meta, final long[] p,
		final int x, final int y, final int z)
	{
		final long gx = p[0] * CHUNK[0] + x;
		final long gy = p[1] * CHUNK[1] + y;
		final long gz = p[2] * CHUNK[2] + z;
		return (int) (gx + SHAPE[0] * (gy + SHAPE[1] * gz));
	}
}
