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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The keys of a project's {@code meta} table and how to read and write them.
 */
final class Meta {

	static final String SCHEMA_VERSION = "schema_version";

	static final String CREATED = "created";

	static final String SOFTWARE_VERSION = "software_version";

	static final String PROJECT_NAME = "project_name";

	/** Three numbers in µm, x y z, separated by spaces; absent if unknown. */
	static final String VOXEL_SIZE = "voxel_size";

	private Meta() {}

	static void put(final Connection c, final String key, final String value)
		throws SQLException
	{
		try (PreparedStatement s = c.prepareStatement(
			"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
		{
			s.setString(1, key);
			s.setString(2, value);
			s.executeUpdate();
		}
	}

	/** The value, or null if the key is absent. */
	static String get(final Connection c, final String key) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
			"SELECT value FROM meta WHERE key = ?"))
		{
			s.setString(1, key);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getString(1) : null;
			}
		}
	}
}
