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

package org.zapfiji.annotation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;

class UndoRedoTest {

	@TempDir
	Path dir;

	private Path file;

	private final Random r = new Random(11);

	private Mark m1;

	private Mark m1b;

	private Mark m2;

	@BeforeEach
	void twoAnnotatorsEdit() throws IOException {
		file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		m1 = TestMarks.mark(r, 1);
		m1b = TestMarks.changed(r, m1);
		m2 = TestMarks.mark(r, 2);
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			alice.addMark(m1);
			alice.updateMark(m1b);
		}
		try (ProjectStore bob = ProjectStore.open(file, "bob")) {
			bob.addMark(m2);
		}
	}

	@Test
	void undoRevertsOnlyOwnEditsNewestFirstAcrossRestarts() throws IOException {
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			final Edit u = alice.undo().orElseThrow();
			assertEquals(2L, u.undoes());
			assertEquals(m1b, MarkJson.mark(u.before()));
			assertEquals(m1, MarkJson.mark(u.after()));
			assertEquals(m1, alice.mark(1).get());
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			assertEquals(EditOperation.DELETE, alice.undo().get().operation());
			assertTrue(alice.mark(1).isEmpty());
			assertEquals(Optional.empty(), alice.undo());
			assertEquals(m2, alice.mark(2).get(), "bob's edit stays");
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			alice.redo().orElseThrow();
			assertEquals(m1, alice.mark(1).get());
			alice.redo().orElseThrow();
			assertEquals(m1b, alice.mark(1).get());
			assertEquals(Optional.empty(), alice.redo());
			alice.undo().orElseThrow();
			assertEquals(m1, alice.mark(1).get());
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			final Edit redo = alice.redo().orElseThrow();
			assertEquals(m1b, alice.mark(1).get());
			assertEquals(EditOperation.UPDATE, redo.operation());
		}
	}

	@Test
	void aNewEditEndsRedo() throws IOException {
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			alice.undo().orElseThrow();
			alice.addMark(TestMarks.mark(r, 3));
			assertEquals(Optional.empty(), alice.redo());
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			assertEquals(Optional.empty(), alice.redo(), "also after a restart");
			alice.undo().orElseThrow();
			assertTrue(alice.mark(3).isEmpty());
		}
	}

	@Test
	void undoRefusesWhenSomeoneChangedTheTargetSince() throws IOException {
		try (ProjectStore bob = ProjectStore.open(file, "bob")) {
			bob.updateMark(TestMarks.changed(r, m1b));
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			final long seq = alice.lastSeq();
			final Mark before = alice.mark(1).get();
			final EditConflictException e = assertThrows(EditConflictException.class,
				alice::undo);
			assertTrue(e.getMessage().contains("by bob in edit 4"), e.getMessage());
			assertEquals(seq, alice.lastSeq());
			assertEquals(before, alice.mark(1).get());
		}
	}

	@Test
	void redoRefusesWhenSomeoneChangedTheTargetSince() throws IOException {
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			alice.undo().orElseThrow();
			alice.undo().orElseThrow();
		}
		try (ProjectStore bob = ProjectStore.open(file, "bob")) {
			bob.addMark(m1);
		}
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			assertThrows(EditConflictException.class, alice::redo);
		}
	}

	@Test
	void regionsUndoToo() throws IOException {
		try (ProjectStore carol = ProjectStore.open(file, "carol")) {
			carol.addRegion(TestMarks.region(r, 9));
			carol.deleteRegion(9);
			carol.undo().orElseThrow();
			assertTrue(carol.region(9).isPresent());
			carol.undo().orElseThrow();
			assertTrue(carol.region(9).isEmpty());
		}
	}
}
