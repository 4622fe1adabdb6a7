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

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to write a project: an operating-system lock on
 * {@code <project>.lock}, which also says who holds it (annotator, process id,
 * host, since when). The OS drops the lock when the holder's process dies,
 * however it dies, so a crash never leaves a project locked; the stale file is
 * simply taken over.
 * <p>
 * Surprise: on Linux these locks belong to the whole process, and closing any
 * channel on the file in that process drops them. So a second store in the same
 * JVM must not even open the lock file; {@link #HELD_HERE} records the projects
 * this JVM holds. It is the one mutable static of the package, and has to be:
 * it mirrors state the OS keeps per process.
 */
final class ProjectLock implements AutoCloseable {

	private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

	private static final long POLL_MILLIS = 100;

	private final Path key;

	private final FileChannel channel;

	private final FileLock lock;

	private final String holder;

	private ProjectLock(final Path key, final FileChannel channel,
		final FileLock lock, final String holder)
	{
		this.key = key;
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	/**
	 * Takes the lock of an existing project, trying until {@code wait} has
	 * passed. If another holds it then, returns a lock that is not
	 * {@link #held()} and says who does.
	 */
	static ProjectLock acquire(final Path project, final String annotator,
		final Duration wait) throws ProjectException
	{
		final long deadline = System.nanoTime() + wait.toNanos();
		final Path key;
		final Path lockFile = lockFile(project);
		try {
			key = project.toRealPath();
		}
		catch (final IOException e) {
			throw new ProjectException(project, "cannot resolve: " + e, e);
		}
		while (true) {
			final String me = describe(annotator);
			final String inThisJvm = HELD_HERE.putIfAbsent(key, me);
			final ProjectLock attempt = inThisJvm != null ? new ProjectLock(key, null,
				null, inThisJvm + ", in this Java process") : attempt(project, key,
					lockFile, me);
			if (attempt.held() || System.nanoTime() >= deadline) return attempt;
			sleep();
		}
	}

	/**
	 * One try at the OS lock, with {@code key} already reserved in
	 * {@link #HELD_HERE}; the reservation is kept only if the lock is taken.
	 */
	private static ProjectLock attempt(final Path project, final Path key,
		final Path lockFile, final String me) throws ProjectException
	{
		FileChannel c = null;
		try {
			c = FileChannel.open(lockFile, StandardOpenOption.CREATE,
				StandardOpenOption.READ, StandardOpenOption.WRITE);
			final FileLock lock = c.tryLock();
			if (lock != null) {
				c.truncate(0);
				c.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
				c.force(true);
				return new ProjectLock(key, c, lock, me);
			}
			final ByteBuffer b = ByteBuffer.allocate(4096);
			c.read(b, 0);
			final String text = new String(b.array(), 0, b.position(),
				StandardCharsets.UTF_8).trim();
			closeQuietly(c);
			HELD_HERE.remove(key, me);
			return new ProjectLock(key, null, null, text.isEmpty() ? "another process"
				: text);
		}
		catch (final IOException e) {
			closeQuietly(c);
			HELD_HERE.remove(key, me);
			throw new ProjectException(project, "cannot use the lock file " +
				lockFile + ": " + e.getMessage(), e);
		}
	}

	private static void closeQuietly(final FileChannel c) {
		try {
			if (c != null) c.close();
		}
		catch (final IOException ignored) {
			// nothing held through it; the caller reports what matters
		}
	}

	static Path lockFile(final Path project) {
		return project.resolveSibling(project.getFileName() + ".lock");
	}

	/** Whether this store may write. */
	boolean held() {
		return lock != null;
	}

	/** Who holds the lock: this store, or the one that keeps it read-only. */
	String holder() {
		return holder;
	}

	@Override
	public void close() throws IOException {
		if (lock == null) return;
		try {
			lock.release();
			channel.close();
		}
		finally {
			HELD_HERE.remove(key, holder);
		}
	}

	private static String describe(final String annotator) {
		return "annotator " + annotator + ", process " + ProcessHandle.current()
			.pid() + " on " + host() + ", since " + Instant.now();
	}

	private static String host() {
		try {
			final Path etc = Paths.get("/etc/hostname");
			if (Files.isReadable(etc)) return Files.readString(etc).trim();
			return InetAddress.getLocalHost().getHostName();
		}
		catch (final IOException e) {
			return "unknown host";
		}
	}

	private static void sleep() throws ProjectException {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ProjectException(Paths.get("."), "interrupted while waiting " +
				"for a project lock", e);
		}
	}
}
