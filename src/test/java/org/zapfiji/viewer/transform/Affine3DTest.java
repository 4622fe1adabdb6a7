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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class Affine3DTest {

	@Test
	void thenAppliesInReadingOrder() {
		final Affine3D scaleThenShift = Affine3D.scaling(2, 3, 4).then(Affine3D
			.translation(1, 1, 1));
		assertArrayEquals(new double[] { 3, 4, 5 }, scaleThenShift.apply(1, 1, 1),
			0);
		final Affine3D shiftThenScale = Affine3D.translation(1, 1, 1).then(Affine3D
			.scaling(2, 3, 4));
		assertArrayEquals(new double[] { 4, 6, 8 }, shiftThenScale.apply(1, 1, 1),
			0);
	}

	@Test
	void inverseUndoesRandomTransforms() {
		final Random random = new Random(5);
		for (int i = 0; i < 100; i++) {
			final Affine3D a = random(random);
			final double[] p = { random.nextDouble() * 100, random.nextDouble() * 100,
				random.nextDouble() * 100 };
			final double[] q = a.apply(p[0], p[1], p[2]);
			assertArrayEquals(p, a.inverse().apply(q[0], q[1], q[2]), 1e-9);
			assertTrue(a.then(a.inverse()).approximatelyEquals(Affine3D.IDENTITY,
				1e-9));
		}
	}

	@Test
	void rotationsAreRightHanded() {
		final double quarter = Math.PI / 2;
		assertArrayEquals(new double[] { 0, 0, 1 }, Affine3D.rotation(0, quarter)
			.apply(0, 1, 0), 1e-12);
		assertArrayEquals(new double[] { 1, 0, 0 }, Affine3D.rotation(1, quarter)
			.apply(0, 0, 1), 1e-12);
		assertArrayEquals(new double[] { 0, 1, 0 }, Affine3D.rotation(2, quarter)
			.apply(1, 0, 0), 1e-12);
		assertEquals(1, Affine3D.rotation(1, 0.3).determinant(), 1e-12);
	}

	@Test
	void scaleIsTheCubeRootOfTheDeterminant() {
		assertEquals(2, Affine3D.scaling(1, 2, 4).scale(), 1e-12);
		assertEquals(3, Affine3D.rotation(2, 1).then(Affine3D.scaling(3, 3, 3))
			.scale(), 1e-12);
	}

	@Test
	void refusesSingularAndMalformedInput() {
		assertThrows(IllegalStateException.class, () -> Affine3D.scaling(1, 0, 1)
			.inverse());
		assertThrows(IllegalArgumentException.class, () -> Affine3D.of(1, 2, 3));
		assertThrows(IllegalArgumentException.class, () -> Affine3D.of(1, 0, 0,
			Double.NaN, 0, 1, 0, 0, 0, 0, 1, 0));
	}

	static Affine3D random(final Random random) {
		Affine3D a = Affine3D.scaling(0.5 + random.nextDouble(), 0.5 + random
			.nextDouble(), 0.5 + random.nextDouble());
		for (int axis = 0; axis < 3; axis++)
			a = a.then(Affine3D.rotation(axis, random.nextDouble() * 6));
		return a.then(Affine3D.translation(random.nextDouble() * 50, random
			.nextDouble() * 50, random.nextDouble() * 50));
	}
}
