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

package org.zapfiji.data.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/**
 * An N5 container on the file system: a folder whose {@code attributes.json}
 * says {@code "n5": "4.0.0"}, holding groups (folders with optional attributes)
 * and datasets (groups with the dataset attributes and block files).
 * <p>
 * Group paths are '/'-separated and confined to the container: a path with
 * {@code ..} or an absolute path is refused.
 */
public final class N5Container {

	/** The version of the N5 specification we write. */
	public static final String VERSION = "4.0.0";

	static final String ATTRIBUTES = "attributes.json";

	private final FileStore store;

	private N5Container(final FileStore store) {
		this.store = store;
	}

	/**
	 * Opens an existing container.
	 *
	 * @throws FormatException if the root says a major version above 4
	 */
	public static N5Container open(final Path root) throws IOException {
		if (!Files.isDirectory(root)) throw new java.nio.file.NoSuchFileException(
			root.toString(), null, "no N5 container (not a folder)");
		final N5Container container = new N5Container(new FileStore(root));
		final JsonElement version = container.attributes("").get("n5");
		if (version != null) {
			// any JSON value: a version of dots alone, or an object, is refused
			// below, not a crash
			final String v = version.isJsonPrimitive() ? version.getAsString()
				: version.toString();
			final String major = v.split("\\.", -1)[0];
			if (!major.matches("[0-4]")) throw FormatException.field(container
				.attributesFile(""), "n5", "version 4.x or older", "'" + v + "'");
		}
		return container;
	}

	/** Creates the container (or adopts an existing one) at {@code root}. */
	public static N5Container create(final Path root) throws IOException {
		Files.createDirectories(root);
		final N5Container container = new N5Container(new FileStore(root));
		final JsonObject version = new JsonObject();
		version.addProperty("n5", VERSION);
		container.setAttributes("", version);
		return container;
	}

	public Path root() {
		return store.root();
	}

	/** A group's attributes, empty if it has none. */
	public JsonObject attributes(final String group) throws IOException {
		final JsonObject json = JsonDocuments.read(store, join(group, ATTRIBUTES));
		return json == null ? new JsonObject() : json;
	}

	/**
	 * Merges {@code attributes} into the group's (top-level keys replace),
	 * creating the group.
	 */
	public synchronized void setAttributes(final String group,
		final JsonObject attributes) throws IOException
	{
		final JsonObject merged = attributes(group);
		for (final String key : attributes.keySet())
			merged.add(key, attributes.get(key));
		JsonDocuments.write(store, join(group, ATTRIBUTES), merged);
	}

	/** Creates a group (a folder) and its parents. */
	public void createGroup(final String group) throws IOException {
		Files.createDirectories(store.resolve(group));
	}

	public boolean exists(final String group) throws IOException {
		return store.exists(group);
	}

	public boolean isDataset(final String group) throws IOException {
		return N5DatasetAttributes.isDataset(attributes(group));
	}

	/** Names of the groups and datasets directly inside {@code group}. */
	public List<String> list(final String group) throws IOException {
		final List<String> names = store.list(group);
		names.removeIf(n -> {
			try {
				return !Files.isDirectory(store.resolve(join(group, n)));
			}
			catch (final FormatException e) {
				return true;
			}
		});
		return names;
	}

	/**
	 * Creates (or replaces the attributes of) a dataset.
	 *
	 * @throws IllegalArgumentException for bool, which N5 does not have
	 */
	public N5Array createDataset(final String path, final ArrayMetadata meta,
		final N5Compression compression) throws IOException
	{
		if (meta.dataType() == DataType.BOOL) throw new IllegalArgumentException(
			"N5 has no bool data type; store uint8 instead");
		final JsonObject attributes = new JsonObject();
		N5DatasetAttributes.write(attributes, meta, compression);
		setAttributes(path, attributes);
		return new N5Array(store, trim(path), meta, compression);
	}

	/**
	 * Opens a dataset.
	 *
	 * @throws FormatException naming the attributes file if it is no dataset or
	 *           its attributes are invalid
	 */
	public N5Array openDataset(final String path) throws IOException {
		final JsonObject json = attributes(path);
		final Path file = attributesFile(path);
		if (!N5DatasetAttributes.isDataset(json)) throw FormatException.field(file,
			"dimensions and dataType", "the attributes of an N5 dataset", Files
				.exists(file) ? "keys " + json.keySet() : "no such file");
		final ArrayMetadata meta = N5DatasetAttributes.metadata(json, file);
		return new N5Array(store, trim(path), meta, N5DatasetAttributes.compression(
			json, meta.dataType(), file));
	}

	/** The attributes file of a group, for messages. */
	public Path attributesFile(final String group) throws FormatException {
		return store.resolve(join(group, ATTRIBUTES));
	}

	static String join(final String group, final String name) {
		final String g = trim(group);
		return g.isEmpty() ? name : g + "/" + name;
	}

	/** A group path without leading or trailing '/'. */
	static String trim(final String group) {
		return group.replaceAll("^/+|/+$", "");
	}

	@Override
	public String toString() {
		return store.toString();
	}
}
