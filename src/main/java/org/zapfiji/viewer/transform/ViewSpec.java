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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A view described in words, as a macro gives it: a plane, optional rotations,
 * a centre in global units and a zoom. It becomes the viewer transform for an
 * image of a given size through {@link ViewTransforms}, the maths the viewer
 * window uses, so a view written down in a macro is the view a user sees.
 * <p>
 * <b>Plane</b>: {@code xy}, {@code xz} or {@code yz}, optionally followed by
 * {@code rotate} and pairs of a screen axis ({@code x}, {@code y}, {@code z})
 * and an angle in degrees, e.g. {@code xy rotate x 30 y -15}: start from the
 * plane, then turn about the screen x axis by 30°, then about the screen y axis
 * by −15°, each about the view centre. The screen axes are x to the right, y
 * down and z into the screen, and angles follow the right-hand rule about them:
 * {@code xy rotate y 90} is the {@code yz} view, {@code xy rotate x -90} the
 * {@code xz} view, and {@code rotate z 90} turns the picture clockwise. The
 * planes are BigDataViewer's: {@code xy} shows global x to the right and y down
 * (shift-Z), {@code yz} global z to the right and y down (shift-X,
 * {@link Plane#ZY}), {@code xz} global x to the right and z down (shift-Y).
 * <p>
 * <b>Centre</b>: the global point shown at image pixel
 * {@code (width / 2, height / 2)}; null for the middle of the sources' bounding
 * box.
 * <p>
 * <b>Zoom</b>: screen pixels per full-resolution voxel width, so 1 shows each
 * voxel as one pixel (100 %) and 2 as two (200 %); 0 fits the bounding box into
 * the image, as a new viewer window does.
 */
public final class ViewSpec {

	/** The accepted forms of the plane, for error messages. */
	public static final String PLANE_FORMS =
		"xy, xz or yz, optionally followed by rotations about the screen axes " +
			"in degrees, e.g. 'xy rotate x 30 y -15'";

	private final Plane plane;

	private final List<Rotation> rotations;

	private final double[] center;

	private final double zoom;

	private ViewSpec(final Plane plane, final List<Rotation> rotations,
		final double[] center, final double zoom)
	{
		this.plane = plane;
		this.rotations = Collections.unmodifiableList(rotations);
		this.center = center;
		this.zoom = zoom;
	}

	/**
	 * Reads the three descriptions; messages name the macro key ({@code plane},
	 * {@code center}, {@code zoom}), the text and what is accepted.
	 *
	 * @param center {@code x,y,z} in global units; empty or null for the middle
	 *          of the bounding box
	 * @param zoom 0 to fit, else screen pixels per voxel
	 * @throws IllegalArgumentException for anything else
	 */
	public static ViewSpec parse(final String plane, final String center,
		final double zoom)
	{
		if (!(zoom >= 0) || Double.isInfinite(zoom))
			throw new IllegalArgumentException("Key 'zoom' must be 0 (fit the " +
				"sources into the image) or a positive magnification (1 = one pixel " +
				"per voxel), was " + zoom);
		final String[] words = plane == null ? new String[0] : plane.trim()
			.toLowerCase(Locale.ROOT).split("\\s+");
		final Plane start = words.length == 0 ? null : plane(words[0]);
		if (start == null) throw badPlane(plane, "");
		return new ViewSpec(start, rotations(plane, words), center(center), zoom);
	}

	public Plane plane() {
		return plane;
	}

	/** The turns after the plane, in the order they are made. */
	public List<Rotation> rotations() {
		return rotations;
	}

	/** The centre in global units, or null for the bounding box's middle. */
	public double[] center() {
		return center == null ? null : center.clone();
	}

	public double zoom() {
		return zoom;
	}

	/**
	 * The viewer transform for an image of {@code width × height} pixels.
	 *
	 * @param bounds min and max corner of the sources' bounding box in global
	 *          units, as {@code ViewerStates.bounds} gives it
	 * @param voxelWidth global width of one full-resolution voxel of the current
	 *          source, what zoom 1 refers to
	 */
	public Affine3D transform(final double[][] bounds, final double voxelWidth,
		final int width, final int height)
	{
		final double[] middle = new double[3];
		final double[] extent = new double[3];
		for (int d = 0; d < 3; d++) {
			middle[d] = (bounds[0][d] + bounds[1][d]) / 2;
			extent[d] = bounds[1][d] - bounds[0][d];
		}
		final double scale = zoom > 0 ? zoom / voxelWidth : fitScale(extent, width,
			height);
		Affine3D view = ViewTransforms.centeredOn(center == null ? middle : center,
			plane, scale, width, height);
		for (final Rotation r : rotations)
			view = ViewTransforms.rotate(view, r.axis, Math.toRadians(r.degrees),
				width / 2.0, height / 2.0, 0);
		return view;
	}

	/**
	 * Pixels per unit at which the box fills the image as this view turns it:
	 * {@link ViewTransforms#fitScale}, the window's own, for a plain plane; the
	 * same measure on the turned box otherwise.
	 */
	private double fitScale(final double[] extent, final int width,
		final int height)
	{
		if (rotations.isEmpty()) return ViewTransforms.fitScale(extent, plane,
			width, height);
		Affine3D turned = plane.rotation();
		for (final Rotation r : rotations)
			turned = turned.then(Affine3D.rotation(r.axis, Math.toRadians(
				r.degrees)));
		double w = 0, h = 0;
		for (int d = 0; d < 3; d++) {
			w += Math.abs(turned.get(0, d)) * extent[d];
			h += Math.abs(turned.get(1, d)) * extent[d];
		}
		return Math.min(w > 0 ? width / w : 1, h > 0 ? height / h : 1);
	}

	@Override
	public String toString() {
		final StringBuilder s = new StringBuilder(name(plane));
		if (!rotations.isEmpty()) s.append(" rotate");
		for (final Rotation r : rotations)
			s.append(' ').append(r);
		return s.toString();
	}

	private static Plane plane(final String word) {
		switch (word) {
			case "xy":
				return Plane.XY;
			case "xz":
				return Plane.XZ;
			case "yz":
				return Plane.ZY;
			default:
				return null;
		}
	}

	private static String name(final Plane plane) {
		return plane == Plane.ZY ? "yz" : plane.name().toLowerCase(Locale.ROOT);
	}

	private static List<Rotation> rotations(final String text,
		final String[] words)
	{
		final List<Rotation> rotations = new ArrayList<>();
		if (words.length == 1) return rotations;
		if (!words[1].equals("rotate")) throw badPlane(text, "after the plane " +
			"comes 'rotate', found '" + words[1] + "'");
		if (words.length == 2 || words.length % 2 != 0) throw badPlane(text,
			"'rotate' needs pairs of an axis (x, y or z) and an angle in degrees");
		for (int i = 2; i < words.length; i += 2) {
			final int axis = "xyz".indexOf(words[i]);
			if (words[i].length() != 1 || axis < 0) throw badPlane(text,
				"the rotation axis must be x, y or z, found '" + words[i] + "'");
			rotations.add(new Rotation(axis, angle(text, words[i + 1])));
		}
		return rotations;
	}

	private static double angle(final String text, final String word) {
		try {
			final double degrees = Double.parseDouble(word);
			if (Double.isFinite(degrees)) return degrees;
		}
		catch (final NumberFormatException e) {
			// reported below
		}
		throw badPlane(text, "the angle must be a number of degrees, found '" +
			word + "'");
	}

	private static IllegalArgumentException badPlane(final String text,
		final String detail)
	{
		return new IllegalArgumentException("Key 'plane' cannot be read from '" +
			text + "'" + (detail.isEmpty() ? "" : ": " + detail) + "; expected " +
			PLANE_FORMS + ".");
	}

	private static double[] center(final String text) {
		if (text == null || text.trim().isEmpty()) return null;
		final String[] parts = text.trim().split("\\s*,\\s*");
		final double[] c = new double[3];
		try {
			if (parts.length != 3) throw new NumberFormatException();
			for (int d = 0; d < 3; d++) {
				c[d] = Double.parseDouble(parts[d]);
				if (!Double.isFinite(c[d])) throw new NumberFormatException();
			}
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("Key 'center' expects x,y,z in " +
				"global units (µm), e.g. '52,39,16', or nothing for the middle of " +
				"the sources; found '" + text + "'.");
		}
		return c;
	}

	/** A turn about one screen axis through the view centre. */
	public static final class Rotation {

		/** 0, 1, 2 for the screen's x (right), y (down) and z (into it). */
		public final int axis;

		public final double degrees;

		public Rotation(final int axis, final double degrees) {
			if (axis < 0 || axis > 2) throw new IllegalArgumentException(
				"axis must be 0, 1 or 2: " + axis);
			this.axis = axis;
			this.degrees = degrees;
		}

		@Override
		public String toString() {
			return "xyz".charAt(axis) + " " + (degrees == Math.rint(degrees) && Math
				.abs(degrees) < 1e9 ? String.valueOf((long) degrees) : String.valueOf(
					degrees));
		}
	}
}
