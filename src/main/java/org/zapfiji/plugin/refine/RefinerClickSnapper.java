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

package org.zapfiji.plugin.refine;

import java.io.IOException;
import java.util.Optional;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.refine.Refinement;
import org.zapfiji.refine.Refiner;
import org.zapfiji.refine.Snapper;
import org.zapfiji.viewer.annotation.ClickSnapper;
import org.zapfiji.viewer.annotation.Snap;

/**
 * The viewer's snapping, done by an installed {@link Refiner} through the
 * {@code refine} core's {@link Snapper}: the viewer may not use {@code refine}
 * itself, so this is what {@code ZAP Annotate} hands it.
 * <p>
 * One snap at a time: the annotation window snaps from its edit thread and its
 * preview thread, and a refiner need not be thread-safe.
 */
public final class RefinerClickSnapper implements ClickSnapper {

	private final Snapper snapper;

	private final Refiner refiner;

	private final String method;

	private final double smoothing;

	/**
	 * @param smoothing Gaussian sigma in µm applied before snapping, 0 for none
	 */
	public RefinerClickSnapper(final Volume volume, final ChunkCache cache,
		final Refiner refiner, final String method, final double smoothing)
	{
		if (!(smoothing >= 0)) throw new IllegalArgumentException(
			"smoothing must not be negative: " + smoothing);
		this.snapper = new Snapper(volume, cache);
		this.refiner = refiner;
		this.method = method;
		this.smoothing = smoothing;
	}

	/**
	 * A snapper with the installed refiner named {@code method}.
	 *
	 * @throws CommandException naming the installed refiners if there is none of
	 *           that name
	 */
	public static RefinerClickSnapper of(final Volume volume,
		final ChunkCache cache, final String method, final double smoothing)
		throws CommandException
	{
		return new RefinerClickSnapper(volume, cache, RefineMarks.refiner(method),
			method, smoothing);
	}

	/**
	 * The installed refiner named {@code method}, to check a name before opening
	 * anything.
	 *
	 * @throws CommandException naming the installed refiners if there is none of
	 *           that name
	 */
	public static Refiner refiner(final String method) throws CommandException {
		return RefineMarks.refiner(method);
	}

	@Override
	public String method() {
		return method;
	}

	@Override
	public synchronized Optional<Snap> snap(final double[] click,
		final double[] radius, final int time) throws IOException
	{
		final Refinement found = snapper.snap(click, radius, time, refiner,
			smoothing);
		return found.found() ? Optional.of(new Snap(found.position(), found
			.method(), found.score())) : Optional.empty();
	}
}
