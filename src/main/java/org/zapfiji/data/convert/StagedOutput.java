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

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hidden folder beside the output ({@code .<name>.converting-<random>}) where
 * a conversion writes, so that a failed or canceled conversion leaves nothing
 * that looks like a result: the products are renamed into place only once all
 * are written, data before the file that names it (a BigDataViewer XML last),
 * and {@link #close()} deletes the folder with whatever is left in it (unless
 * it holds a replaced output that could not be put back). Being a sibling, it
 * lies on the output's file system, so the renames do not copy.
 * <p>
 * A process killed mid-way (SIGKILL, power loss) cannot delete its folder, so
 * each folder holds an owner file naming the host, process id and process start
 * time; the next conversion to the same output deletes the folders whose owner
 * on this host is gone, and only those: a conversion still running elsewhere
 * keeps its folder.
 */
public final class StagedOutput implements AutoCloseable {

	/** Prefix of the hidden folder's name, after the dot and output name. */
	static final String MARK = ".converting-";

	/** The file in the folder naming the process that writes there. */
	static final String OWNER = ".zap-staging-owner";

	private final Path folder;

	/** Set when the folder holds a replaced output that could not be put back. */
	private boolean keep;

	private StagedOutput(final Path folder) {
		this.folder = folder;
	}

	/**
	 * Creates the hidden folder beside {@code output}, after deleting the folders
	 * that killed conversions to the same output left behind.
	 */
	public static StagedOutput beside(final Path output) throws IOException {
		final Path absolute = output.toAbsolutePath();
		final String prefix = "." + absolute.getFileName() + MARK;
		removeAbandoned(absolute.getParent(), prefix);
		final Path folder = Files.createTempDirectory(absolute.getParent(), prefix);
		Files.writeString(folder.resolve(OWNER), owner(ProcessHandle.current()),
			StandardCharsets.UTF_8);
		return new StagedOutput(folder);
	}

	/** "host pid start-millis" of a process, or "host pid ?" if unknown. */
	private static String owner(final ProcessHandle process) {
		return host() + " " + process.pid() + " " + process.info().startInstant()
			.map(i -> Long.toString(i.toEpochMilli())).orElse("?");
	}

	private static String host() {
		return Host.NAME;
	}

	/**
	 * The host name, looked up once: from the Linux kernel, which needs no
	 * resolver (a lookup can hang where name service is absent), else Java's.
	 */
	private static final class Host {

		static final String NAME = lookUp().trim().replace(' ', '_');

		private static String lookUp() {
			try {
				return Files.readString(Paths.get("/proc/sys/kernel/hostname"),
					StandardCharsets.UTF_8);
			}
			catch (final IOException | RuntimeException e) {
				// not Linux
			}
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (final IOException e) {
				return "unknown-host";
			}
		}
	}

	/**
	 * Deletes the staging folders named {@code prefix*} in {@code parent} whose
	 * owner file names a process of this host that no longer runs (the pid is
	 * gone, or now belongs to a process started at another time). Folders without
	 * a readable owner file, or of another host, are left alone.
	 */
	private static void removeAbandoned(final Path parent, final String prefix)
		throws IOException
	{
		final List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> all = Files.newDirectoryStream(parent, p -> p
			.getFileName().toString().startsWith(prefix) && Files.isDirectory(p,
				LinkOption.NOFOLLOW_LINKS)))
		{
			for (final Path folder : all)
				if (abandoned(folder.resolve(OWNER))) stale.add(folder);
		}
		for (final Path folder : stale)
			new StagedOutput(folder).close();
	}

	private static boolean abandoned(final Path ownerFile) {
		final String[] w;
		try {
			w = Files.readString(ownerFile, StandardCharsets.UTF_8).trim().split(" ");
		}
		catch (final IOException e) {
			return false;
		}
		if (w.length != 3 || !w[0].equals(host())) return false;
		final long pid;
		try {
			pid = Long.parseLong(w[1]);
		}
		catch (final NumberFormatException e) {
			return false;
		}
		final Optional<ProcessHandle> process = ProcessHandle.of(pid);
		return process.isEmpty() || !owner(process.get()).equals(String.join(" ",
			w));
	}

	/** Where to write the product that will be renamed to {@code name}. */
	public Path path(final Path name) {
		return folder.resolve(name.getFileName().toString());
	}

	/**
	 * Renames each staged product over its target, in the given order. With
	 * {@code replace}, an existing target is first moved into the staging folder,
	 * to be deleted with it; if a rename fails, the targets moved aside so far
	 * are put back. Without it, a target that exists (made by someone else since
	 * the conversion was checked) stops the publishing.
	 *
	 * @throws FileAlreadyExistsException if a target exists and not
	 *           {@code replace}
	 */
	public void publish(final List<Path> targets, final boolean replace)
		throws IOException
	{
		final List<Path[]> done = new ArrayList<>();
		try {
			for (final Path target : targets) {
				final Path staged = path(target);
				Path aside = null;
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					if (!replace) throw new FileAlreadyExistsException(target.toString(),
						null, "appeared during the conversion; not replaced without " +
							"key 'overwrite'");
					aside = folder.resolve("replaced-" + target.getFileName());
					Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
				}
				done.add(new Path[] { target, aside, null });
				Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
				done.get(done.size() - 1)[2] = staged;
			}
		}
		catch (final IOException | RuntimeException e) {
			if (!rollBack(done)) {
				keep = true;
				e.addSuppressed(new IOException("could not put the replaced output " +
					"back; it is kept in " + folder));
			}
			throw e;
		}
	}

	/**
	 * Undoes {@link #publish}: new products back into the folder, the replaced
	 * ones back into place.
	 *
	 * @return false if a replaced product could not be put back
	 */
	private static boolean rollBack(final List<Path[]> done) {
		boolean restored = true;
		for (int i = done.size() - 1; i >= 0; i--) {
			final Path target = done.get(i)[0];
			final Path aside = done.get(i)[1];
			final Path staged = done.get(i)[2];
			try {
				if (staged != null) Files.move(target, staged,
					StandardCopyOption.ATOMIC_MOVE);
				if (aside != null) Files.move(aside, target,
					StandardCopyOption.ATOMIC_MOVE);
			}
			catch (final IOException e) {
				if (aside != null) restored = false;
			}
		}
		return restored;
	}

	/** Deletes the staging folder and everything still in it. */
	@Override
	public void close() throws IOException {
		if (keep || !Files.exists(folder)) return;
		final List<Path> all;
		try (Stream<Path> files = Files.walk(folder)) {
			all = files.sorted(Comparator.reverseOrder()).collect(Collectors
				.toList());
		}
		for (final Path p : all)
			Files.deleteIfExists(p);
	}
}
