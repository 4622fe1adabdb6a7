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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/**
 * A Zarr group: v2 ({@code .zgroup} and {@code .zattrs}) or v3
 * ({@code zarr.json} with {@code node_type} group), with its attributes and the
 * arrays and groups inside. Paths of children are checked by {@link FileStore},
 * so a path read from the attributes (an OME-Zarr dataset path, say) cannot
 * lead outside the group.
 */
public final class ZarrGroup {

	private final FileStore store;

	private final int version;

	private final Map<String, Object> attributes;

	private ZarrGroup(final FileStore store, final int version,
		final Map<String, Object> attributes)
	{
		this.store = store;
		this.version = version;
		this.attributes = attributes;
	}

	/** Opens the group in folder {@code path}. */
	public static ZarrGroup open(final Path path) throws IOException {
		final FileStore store = new FileStore(path);
		final JsonObject v3 = JsonDocuments.read(store, V3Metadata.ZARR_JSON);
		if (v3 != null) {
			final String file = store.resolve(V3Metadata.ZARR_JSON).toString();
			V3Metadata.checkNode(v3, "group", file);
			return new ZarrGroup(store, 3, JsonDocuments.attributes(v3.has(
				"attributes") ? JsonDocuments.object(v3, "attributes", file) : null));
		}
		final JsonObject v2 = JsonDocuments.read(store, V2Metadata.ZGROUP);
		if (v2 == null) throw new FormatException(store.root() +
			": no Zarr group here (expected zarr.json or .zgroup)");
		final String file = store.resolve(V2Metadata.ZGROUP).toString();
		if (JsonDocuments.integer(v2, "zarr_format", file, 0, 99) != 2)
			throw FormatException.field(file, "zarr_format", "2", v2.get(
				"zarr_format"));
		return new ZarrGroup(store, 2, JsonDocuments.attributes(JsonDocuments.read(
			store, V2Metadata.ZATTRS)));
	}

	/** Writes a new group (version 2 or 3) with {@code attributes}. */
	public static ZarrGroup create(final Path path, final int version,
		final Map<String, Object> attributes) throws IOException
	{
		if (version != 2 && version != 3) throw new IllegalArgumentException(
			"Zarr version must be 2 or 3, was " + version);
		final FileStore store = new FileStore(path);
		if (version == 2) {
			final JsonObject o = new JsonObject();
			o.addProperty("zarr_format", 2);
			JsonDocuments.write(store, V2Metadata.ZGROUP, o);
		}
		final ZarrGroup group = new ZarrGroup(store, version, Map.of());
		return group.writeAttributes(attributes);
	}

	/** Replaces the attributes. */
	public ZarrGroup writeAttributes(final Map<String, Object> newAttributes)
		throws IOException
	{
		if (version == 2) JsonDocuments.write(store, V2Metadata.ZATTRS,
			JsonDocuments.toJsonTree(newAttributes));
		else {
			final JsonObject o = new JsonObject();
			o.addProperty("zarr_format", 3);
			o.addProperty("node_type", "group");
			o.add("attributes", JsonDocuments.toJsonTree(newAttributes));
			JsonDocuments.write(store, V3Metadata.ZARR_JSON, o);
		}
		return open(store.root());
	}

	public Path path() {
		return store.root();
	}

	public int zarrVersion() {
		return version;
	}

	public Map<String, Object> attributes() {
		return new LinkedHashMap<>(attributes);
	}

	/** The array at {@code relativePath} ('/'-separated) inside this group. */
	public ZarrArray openArray(final String relativePath) throws IOException {
		return ZarrArray.open(store.resolve(relativePath));
	}

	/** A new array named {@code name} in this group's Zarr version. */
	public ZarrArray createArray(final String name, final ArrayMetadata metadata,
		final ZarrLayout layout) throws IOException
	{
		if (layout.version() != version) throw new IllegalArgumentException(
			"a Zarr v" + version + " group cannot hold a v" + layout.version() +
				" array");
		return ZarrArray.create(store.resolve(name), metadata, layout);
	}

	public ZarrGroup openGroup(final String relativePath) throws IOException {
		return open(store.resolve(relativePath));
	}

	public ZarrGroup createGroup(final String name,
		final Map<String, Object> groupAttributes) throws IOException
	{
		return create(store.resolve(name), version, groupAttributes);
	}

	/** Names of the arrays and groups directly inside, sorted. */
	public List<String> children() throws IOException {
		final List<String> names = new ArrayList<>();
		for (final String name : store.list(""))
			if (ZarrFormat.isZarrNode(store.resolve(name))) names.add(name);
		return names;
	}

	/** Whether {@code name} is an array (rather than a group or nothing). */
	public boolean isArray(final String name) throws IOException {
		final FileStore child = new FileStore(store.resolve(name));
		if (child.exists(V2Metadata.ZARRAY)) return true;
		final JsonObject o = JsonDocuments.read(child, V3Metadata.ZARR_JSON);
		return o != null && o.has("node_type") && "array".equals(o.get("node_type")
			.getAsString());
	}
}
