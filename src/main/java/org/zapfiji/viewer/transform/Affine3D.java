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

package org.zapfiji.viewer.transform;

import java.util.Arrays;

/**
 * An immutable 3D affine transform: a 3 × 3 linear part and a translation, held
 * as 12 values in row-major order, as BigDataViewer writes them.
 * <p>
 * Immutable so that a viewer snapshot can hand it to render threads without
 * copying; every operation returns a new transform. {@link #then(Affine3D)}
 * reads in the order the transforms are applied, which is the order people
 * describe them in ("voxel to µm, then µm to screen").
 */
public final class Affine3D {

	public static final Affine3D IDENTITY = of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1,
		0);

	private final double[] m;

	private Affine3D(final double[] m) {
		this.m = m;
	}

	/** From 12 values, row-major: {@code m00 m01 m02 t0 m10 ... t2}. */
	public static Affine3D of(final double... rowMajor) {
		if (rowMajor.length != 12) throw new IllegalArgumentException(
			"an affine needs 12 values (row-major 3 x 4), got " + rowMajor.length);
		for (final double v : rowMajor)
			if (!Double.isFinite(v)) throw new IllegalArgumentException(
				"affine values must be finite: " + Arrays.toString(rowMajor));
		return new Affine3D(rowMajor.clone());
	}

	public static Affine3D scaling(final double sx, final double sy,
		final double sz)
	{
		return of(sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, sz, 0);
	}

	public static Affine3D translation(final double tx, final double ty,
		final double tz)
	{
		return of(1, 0, 0, tx, 0, 1, 0, ty, 0, 0, 1, tz);
	}

	/**
	 * Right-handed rotation about a coordinate axis through the origin.
	 *
	 * @param axis 0, 1 or 2 for x, y, z
	 */
	public static Affine3D rotation(final int axis, final double radians) {
		final double c = Math.cos(radians);
		final double s = Math.sin(radians);
		switch (axis) {
			case 0:
				return of(1, 0, 0, 0, 0, c, -s, 0, 0, s, c, 0);
			case 1:
				return of(c, 0, s, 0, 0, 1, 0, 0, -s, 0, c, 0);
			case 2:
				return of(c, -s, 0, 0, s, c, 0, 0, 0, 0, 1, 0);
			default:
				throw new IllegalArgumentException("axis must be 0, 1 or 2: " + axis);
		}
	}

	/** Applies this transform first, then {@code next}. */
	public Affine3D then(final Affine3D next) {
		final double[] a = next.m;
		final double[] b = m;
		final double[] r = new double[12];
		for (int row = 0; row < 3; row++) {
			final int o = 4 * row;
			for (int col = 0; col < 4; col++)
				r[o + col] = a[o] * b[col] + a[o + 1] * b[4 + col] + a[o + 2] * b[8 +
					col];
			r[o + 3] += a[o + 3];
		}
		return new Affine3D(r);
	}

	/**
	 * The inverse transform.
	 *
	 * @throws IllegalStateException if the linear part is singular
	 */
	public Affine3D inverse() {
		final double det = determinant();
		if (Math.abs(det) < 1e-300) throw new IllegalStateException(
			"affine is not invertible: " + this);
		final double[] i = new double[12];
		i[0] = (m[5] * m[10] - m[6] * m[9]) / det;
		i[1] = (m[2] * m[9] - m[1] * m[10]) / det;
		i[2] = (m[1] * m[6] - m[2] * m[5]) / det;
		i[4] = (m[6] * m[8] - m[4] * m[10]) / det;
		i[5] = (m[0] * m[10] - m[2] * m[8]) / det;
		i[6] = (m[2] * m[4] - m[0] * m[6]) / det;
		i[8] = (m[4] * m[9] - m[5] * m[8]) / det;
		i[9] = (m[1] * m[8] - m[0] * m[9]) / det;
		i[10] = (m[0] * m[5] - m[1] * m[4]) / det;
		for (int row = 0; row < 3; row++) {
			final int o = 4 * row;
			i[o + 3] = -(i[o] * m[3] + i[o + 1] * m[7] + i[o + 2] * m[11]);
		}
		return new Affine3D(i);
	}

	public double determinant() {
		return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] *
			m[8]) + m[2] * (m[4] * m[9] - m[5] * m[8]);
	}

	/**
	 * Transforms {@code source} (3 values) into {@code target}; may be one array.
	 */
	public void apply(final double[] source, final double[] target) {
		final double x = source[0], y = source[1], z = source[2];
		target[0] = m[0] * x + m[1] * y + m[2] * z + m[3];
		target[1] = m[4] * x + m[5] * y + m[6] * z + m[7];
		target[2] = m[8] * x + m[9] * y + m[10] * z + m[11];
	}

	public double[] apply(final double x, final double y, final double z) {
		final double[] p = { x, y, z };
		apply(p, p);
		return p;
	}

	/** Element at {@code row} (0–2), {@code column} (0–3; 3 is translation). */
	public double get(final int row, final int column) {
		if (row < 0 || row > 2 || column < 0 || column > 3)
			throw new IndexOutOfBoundsException("row " + row + ", column " + column);
		return m[4 * row + column];
	}

	/**
	 * Where a unit step along source axis {@code column} goes: the linear part's
	 * column, e.g. how far one screen pixel to the right moves in voxels.
	 */
	public double[] step(final int column) {
		return new double[] { m[column], m[4 + column], m[8 + column] };
	}

	/** Length of {@link #step(int)}. */
	public double stepLength(final int column) {
		return Math.sqrt(m[column] * m[column] + m[4 + column] * m[4 + column] +
			m[8 + column] * m[8 + column]);
	}

	/**
	 * The mean scale factor, the cube root of the determinant's magnitude: for a
	 * viewer transform, screen pixels per µm.
	 */
	public double scale() {
		return Math.cbrt(Math.abs(determinant()));
	}

	public double[] rowMajor() {
		return m.clone();
	}

	/**
	 * Whether every value differs from {@code other}'s by at most {@code eps}.
	 */
	public boolean approximatelyEquals(final Affine3D other, final double eps) {
		for (int i = 0; i < 12; i++)
			if (Math.abs(m[i] - other.m[i]) > eps) return false;
		return true;
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Affine3D && Arrays.equals(m, ((Affine3D) o).m);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(m);
	}

	@Override
	public String toString() {
		final StringBuilder s = new StringBuilder("[");
		for (int i = 0; i < 12; i++) {
			if (i > 0) s.append(i % 4 == 0 ? "; " : ", ");
			s.append((float) m[i]);
		}
		return s.append(']').toString();
	}
}
