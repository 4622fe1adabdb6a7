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

package org.zapfiji.plugin.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scijava.InstantiableException;
import org.scijava.plugin.PluginInfo;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.CompressionChoice;
import org.zapfiji.data.convert.InvalidOptionException;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.labels.BuiltInKinds;
import org.zapfiji.labels.LabelKind;
import org.zapfiji.labels.LabelParameters;
import org.zapfiji.labels.LabelSplit;
import org.zapfiji.labels.LabelStorage;
import org.zapfiji.labels.TrainingLabelExport;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.annotation.Projects;
import org.zapfiji.plugin.annotation.StatusFilter;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Export Training Labels}: a project's marks turned
 * into the labels a segmentation model trains on, on the image the marks lie
 * on, in one output folder with a manifest. The work is
 * {@link TrainingLabelExport}'s; this command reads the keys, opens the project
 * (read-only, and only long enough to copy its marks and regions) and the
 * image, and reports what was written. The output appears whole or not at all.
 */
public class ExportTrainingLabels extends
	ZapCommand<TrainingLabelExport.Result>
{

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap) whose marks become labels").required();

	public static final Parameter<Path> IMAGE = Parameter.file("image",
		"The volume the marks lie on: Zarr, N5, BigDataViewer XML or TIFF")
		.required();

	public static final Parameter<Path> OUTPUT = Parameter.folder("output",
		"Folder to create for the labels and manifest.json").required();

	public static final Parameter<String> KINDS = Parameter.text("kinds",
		"instances,heatmap,ignore,centers", "Comma-separated: instances, " +
			"spheres, heatmap, foreground, ignore, centers, crops, or an installed " +
			"kind");

	public static final Parameter<String> FORMAT = Parameter.choice("format",
		OutputFormat.ZARR3.id(), LabelStorage.ids(),
		"Format of the label volumes; labeling = Labkit's .labeling");

	public static final Parameter<String> MARKS = Parameter.text("marks",
		MarkStatus.ACCEPTED.id(), "Which marks count, by status: accepted, or " +
			"statuses joined by '+' (accepted+unreviewed), or all");

	public static final Parameter<String> SPLIT = Parameter.choice("split",
		"none", List.of("none", "regions", "blocks"),
		"Train/validation/test split by complete region or by spatial block");

	public static final Parameter<String> SPLIT_FRACTIONS = Parameter.text(
		"split_fractions", "0.8,0.1,0.1",
		"Train, validation and test fractions, summing to 1");

	public static final Parameter<Double> SPLIT_BLOCK = Parameter.number(
		"split_block", 100, "Block edge for split=blocks").withUnit("µm");

	public static final Parameter<Long> SEED = Parameter.integer("seed", 0,
		"Seed of the split: the same seed gives the same split");

	public static final Parameter<String> CHUNK = Parameter.text("chunk",
		"128,128,16", "Chunk x,y,z the labels are computed and stored in");

	public static final Parameter<String> COMPRESSION = Parameter.choice(
		"compression", "auto", CompressionChoice.NAMES,
		"auto = blosc_lz4 for Zarr, gzip for N5, none for HDF5, TIFF, labeling");

	public static final Parameter<Double> SMOOTHING = Parameter.number(
		"smoothing", LabelParameters.defaults().smoothing,
		"Gaussian sigma of the image before seeded growth").withUnit("µm");

	public static final Parameter<Double> MAX_RADIUS = Parameter.number(
		"max_radius", LabelParameters.defaults().maxRadius,
		"How far from its mark an instance may grow").withUnit("µm");

	public static final Parameter<String> THRESHOLD = Parameter.text("threshold",
		"auto", "Least smoothed intensity of an instance voxel; auto = half " +
			"of each mark's maximum");

	public static final Parameter<Double> SIGMA = Parameter.number("sigma",
		LabelParameters.defaults().heatmapSigma,
		"Gaussian sigma of the center heatmap").withUnit("µm");

	public static final Parameter<String> FOREGROUND_FROM = Parameter.choice(
		"foreground_from", BuiltInKinds.INSTANCES, List.of(BuiltInKinds.INSTANCES,
			BuiltInKinds.SPHERES), "Which instances the foreground mask covers");

	public static final Parameter<Long> TIME = Parameter.integer("time", 0,
		"Time point of the image the labels are drawn on");

	public static final Parameter<Long> THREADS = Parameter.integer("threads", 0,
		"Blocks written at once; 0 = all cores");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace an existing output (only once the new one is complete)");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, IMAGE, OUTPUT, KINDS, FORMAT, MARKS, SPLIT, SPLIT_FRACTIONS,
		SPLIT_BLOCK, SEED, CHUNK, COMPRESSION, SMOOTHING, MAX_RADIUS, THRESHOLD,
		SIGMA, FOREGROUND_FROM, TIME, THREADS, OVERWRITE);

	/** This command's keys for the core's field names that differ from them. */
	private static final Map<String, String> FIELD_KEYS = Map.of(
		"split fractions", SPLIT_FRACTIONS.key(), "split block size", SPLIT_BLOCK
			.key());

	@Override
	public String title() {
		return "ZAP Export Training Labels";
	}

	@Override
	public String summary() {
		return "Writes a project's marks as training labels for a segmentation " +
			"model, with a manifest.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public TrainingLabelExport.Result execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		final Path output = arguments.get(OUTPUT);
		final Set<MarkStatus> statuses = StatusFilter.parse(arguments.get(MARKS),
			MARKS.key()).statuses();
		final TrainingLabelExport export = export(arguments, statuses);
		checkOutput(output, arguments.get(OVERWRITE));
		final Map<String, LabelKind> installed = installedKinds(kinds(arguments));
		final Map<String, Object> inputs = new LinkedHashMap<>();
		final List<Mark> marks;
		final List<Region> regions;
		final double[] voxelSize;
		final ProjectStore store = Projects.openToRead(arguments.get(PROJECT),
			PROJECT.key());
		try {
			inputs.put("project", store.file().toAbsolutePath().toString());
			inputs.put("project_name", store.projectName());
			inputs.put("project_last_edit_seq", store.lastSeq());
			inputs.put("project_marks", store.markCount());
			marks = store.marks();
			regions = store.regions();
			voxelSize = store.voxelSize().orElse(null);
		}
		catch (final ProjectException e) {
			throw new CommandException("Key 'project': " + e.getMessage(), e);
		}
		finally {
			Projects.closeQuietly(store);
		}
		final Path imagePath = arguments.get(IMAGE);
		inputs.put("image", imagePath.toAbsolutePath().toString());
		try (Dataset dataset = openImage(imagePath)) {
			final Volume image = firstVolume(dataset, imagePath);
			checkTime(image, arguments.get(TIME));
			return export.export(marks, regions, voxelSize, image, inputs, installed,
				SessionCache.get(), output, progress);
		}
		catch (final IllegalArgumentException e) {
			throw keyed(e);
		}
		catch (final IOException e) {
			throw new CommandException("Writing training labels to " + output +
				" failed, nothing was written: " + e.getMessage(), e);
		}
	}

	/** The export the keys describe; throws naming the first bad key. */
	static TrainingLabelExport export(final Arguments arguments,
		final Set<MarkStatus> statuses) throws CommandException
	{
		final long threads = arguments.get(THREADS);
		if (threads < 0 || threads > 1024) throw new CommandException(
			"Key 'threads' expects 0 (all cores) to 1024, found '" + threads + "'.");
		if (arguments.get(TIME) < 0 || arguments.get(TIME) > Integer.MAX_VALUE)
			throw new CommandException("Key 'time' expects a time point from 0, " +
				"found '" + arguments.get(TIME) + "'.");
		try {
			final String format = arguments.get(FORMAT);
			final CompressionChoice compression = new CompressionChoice(arguments.get(
				COMPRESSION), CompressionChoice.DEFAULT_LEVEL, "byte");
			if (format.equals(LabelStorage.LABELING) && !compression.name().equals(
				"auto") && !compression.name().equals("raw"))
				throw new CommandException("Key 'compression': format labeling is " +
					"JSON text, written uncompressed; use compression=auto, found '" +
					compression.name() + "'.");
			final LabelStorage storage = LabelStorage.forId(format, VolumeConversion
				.to(OutputFormat.ZARR3).withCompression(compression).withThreads(
					(int) threads), (int) threads);
			final LabelParameters parameters = new LabelParameters(arguments.get(
				SMOOTHING), arguments.get(MAX_RADIUS), threshold(arguments), arguments
					.get(SIGMA), arguments.get(FOREGROUND_FROM));
			final LabelSplit split = LabelSplit.of(arguments.get(SPLIT), fractions(
				arguments), arguments.get(SPLIT_BLOCK), arguments.get(SEED));
			return new TrainingLabelExport(kinds(arguments), statuses, storage, chunk(
				arguments), parameters, split, (int) (long) arguments.get(TIME),
				arguments.get(OVERWRITE));
		}
		catch (final IllegalArgumentException e) {
			throw keyed(e);
		}
	}

	/** The kinds, in the order given, each once. */
	static List<String> kinds(final Arguments arguments) throws CommandException {
		final List<String> kinds = new ArrayList<>();
		for (final String word : arguments.get(KINDS).split(",")) {
			final String kind = word.trim().toLowerCase(Locale.ROOT);
			if (!kind.isEmpty() && !kinds.contains(kind)) kinds.add(kind);
		}
		if (kinds.isEmpty()) throw new CommandException("Key 'kinds' expects " +
			"kinds joined by commas, e.g. instances,heatmap,ignore,centers; found '" +
			arguments.get(KINDS) + "'.");
		return kinds;
	}

	private static int[] chunk(final Arguments arguments)
		throws CommandException
	{
		final String text = arguments.get(CHUNK);
		final String[] parts = text.split(",");
		final int[] chunk = new int[3];
		try {
			if (parts.length != 3) throw new NumberFormatException();
			for (int d = 0; d < 3; d++) {
				chunk[d] = Integer.parseInt(parts[d].trim());
				if (chunk[d] < 1 || chunk[d] > 4096) throw new NumberFormatException();
			}
		}
		catch (final NumberFormatException e) {
			throw new CommandException("Key 'chunk' expects three whole numbers " +
				"from 1 to 4096 in the order x,y,z, found '" + text + "'.");
		}
		return chunk;
	}

	private static double threshold(final Arguments arguments)
		throws CommandException
	{
		final String text = arguments.get(THRESHOLD).trim();
		if (text.equalsIgnoreCase("auto")) return Double.NaN;
		try {
			final double value = Double.parseDouble(text);
			if (Double.isFinite(value)) return value;
		}
		catch (final NumberFormatException e) {
			// reported below
		}
		throw new CommandException("Key 'threshold' expects auto or a number, " +
			"found '" + text + "'.");
	}

	private static double[] fractions(final Arguments arguments)
		throws CommandException
	{
		final String text = arguments.get(SPLIT_FRACTIONS);
		final String[] parts = text.split(",");
		final double[] fractions = new double[parts.length];
		try {
			for (int i = 0; i < parts.length; i++)
				fractions[i] = Double.parseDouble(parts[i].trim());
		}
		catch (final NumberFormatException e) {
			throw new CommandException("Key 'split_fractions' expects three " +
				"numbers (train,validation,test) summing to 1, found '" + text + "'.");
		}
		return fractions;
	}

	/** Refuses an existing output early, before the project is opened. */
	private static void checkOutput(final Path output, final boolean overwrite)
		throws CommandException
	{
		final Path parent = output.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent))
			throw new CommandException("Key 'output': the folder " + parent +
				" that should hold " + output.getFileName() + " does not exist.");
		if (Files.exists(output) && !overwrite) throw new CommandException(
			"Key 'output': " + output + " exists; choose another output, or set " +
				"key 'overwrite' to replace it (only once the new one is complete).");
	}

	/**
	 * The label kinds installed as plugins (ours and third parties'), plus ours
	 * where plugin discovery finds nothing (a bare classpath).
	 *
	 * @throws CommandException if a kind named in {@code wanted} cannot be made
	 */
	static Map<String, LabelKind> installedKinds(final List<String> wanted)
		throws CommandException
	{
		final Map<String, LabelKind> kinds = new LinkedHashMap<>();
		for (final PluginInfo<LabelKind> info : Extensions.discover(IJ
			.getClassLoader()).of(LabelKind.class))
		{
			final String name = info.getName();
			if (name == null || kinds.containsKey(name)) continue;
			try {
				kinds.put(name, info.createInstance());
			}
			catch (final InstantiableException e) {
				if (wanted.contains(name)) throw new CommandException("Key 'kinds': " +
					"label kind '" + name + "' could not be made: " + e.getMessage(), e);
			}
		}
		for (final Map.Entry<String, LabelKind> e : BuiltInKinds.all().entrySet())
			kinds.putIfAbsent(e.getKey(), e.getValue());
		return kinds;
	}

	private static Dataset openImage(final Path image) throws CommandException {
		try {
			return new VolumeFormats(Extensions.discover(IJ.getClassLoader())).open(
				image);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'image': " + e.getMessage(), e);
		}
	}

	private static Volume firstVolume(final Dataset dataset, final Path image)
		throws CommandException, IOException
	{
		final List<Volume> volumes = dataset.volumes();
		if (volumes.isEmpty()) throw new CommandException("Key 'image': " + image +
			" holds no volume.");
		return volumes.get(0);
	}

	private static void checkTime(final Volume image, final long time)
		throws CommandException
	{
		final int t = image.axis("t");
		final long length = t < 0 ? 1 : image.metadata().shape()[t];
		if (time >= length) throw new CommandException("Key 'time' expects a " +
			"time point 0.." + (length - 1) + " of " + image.name() + ", found '" +
			time + "'.");
	}

	/**
	 * The core's message with the key it concerns: the core names its fields
	 * ("marks: ...", "split fractions: ..."), which are mostly the keys; marks
	 * outside the image and a voxel size that disagrees concern both the project
	 * and the image.
	 */
	static CommandException keyed(final IllegalArgumentException e) {
		final String message = e.getMessage();
		if (e instanceof InvalidOptionException) return new CommandException(
			message, e);
		final int colon = message.indexOf(": ");
		if (colon > 0) {
			final String field = message.substring(0, colon);
			final String key = FIELD_KEYS.getOrDefault(field, field);
			if (PARAMETERS.get(key) != null) return new CommandException("Key '" +
				key + "': " + message.substring(colon + 2), e);
		}
		if (message.startsWith("voxel size") || message.contains(
			"outside the image")) return new CommandException(
				"Keys 'project' and 'image': " + message, e);
		return new CommandException(message, e);
	}

	@Override
	protected void report(final TrainingLabelExport.Result result) {
		IJ.log(title() + ": " + describe(result));
	}

	/** One sentence on what an export wrote. */
	@SuppressWarnings("unchecked")
	public static String describe(final TrainingLabelExport.Result result) {
		final Map<String, Object> parameters = (Map<String, Object>) result.manifest
			.get("parameters");
		return "wrote " + result.instances + " instances (marks " + String.join("+",
			(List<String>) parameters.get("marks")) + ")" + (result.crops > 0 ? ", " +
				result.crops + " crops" : "") + ": " + String.join(", ",
					(List<String>) parameters.get("kinds")) + " as " + parameters.get(
						"format") + " into " + result.output;
	}
}
