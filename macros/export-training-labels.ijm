// Exports training labels for every ZAP project (.zap) in a folder with
// ZAP Export Training Labels, one output folder <name>_labels per project.
//
// Usage: ./zap-fiji --batch macros/export-training-labels.ijm "input=[/data/projects] output=[/data/labels]"
// In Fiji: ImageJ-linux64 --headless --console -macro macros/export-training-labels.ijm "input=[...]"
// Keys of the argument:
//   input=[folder]     the folder of .zap projects (required)
//   output=[folder]    where the <name>_labels folders go (default: input)
//   image=[volume]     the image every project's marks lie on; without it,
//                      each project takes the image of the same name beside
//                      it: <name>.zarr, .n5, .xml, .tif or .tiff (in that order)
//   options=[...]      more keys for ZAP Export Training Labels, e.g.
//                      options=[kinds=instances,centers,crops format=hdf5 marks=accepted+unreviewed]
// With no argument and a display, a dialog asks for them.
// A project whose output folder holds a manifest.json saying "complete": true
// is skipped, so a stopped run can be restarted. A failed project does not
// stop the others; the failures are listed at the end, and then the macro
// fails (batch exit status 1).

arg = getArgument();
if (arg == "") {
	if (getInfo("java.awt.headless") == "true")
		exit("Usage: export-training-labels.ijm \"input=[folder] output=[folder] image=[volume] options=[...]\"");
	Dialog.create("Export training labels of a folder of projects");
	Dialog.addDirectory("Projects folder", "");
	Dialog.addDirectory("Output folder (empty = projects folder)", "");
	Dialog.addFile("Image (empty = same name as each project)", "");
	Dialog.addString("More options", "", 40);
	Dialog.show();
	input = Dialog.getString();
	output = Dialog.getString();
	image = Dialog.getString();
	options = Dialog.getString();
} else {
	input = value(arg, "input", "");
	output = value(arg, "output", "");
	image = value(arg, "image", "");
	options = value(arg, "options", "");
}
if (input == "" || !File.isDirectory(input))
	exit("export-training-labels.ijm: key 'input' must name a folder, found '" + input + "'");
if (image != "" && !File.exists(image))
	exit("export-training-labels.ijm: key 'image' names no file or folder: '" + image + "'");
if (output == "") output = input;
if (!File.exists(output)) File.makeDirectory(output);
if (!File.isDirectory(output))
	exit("export-training-labels.ijm: key 'output' must name a folder, found '" + output + "'");

names = getFileList(input);
exported = 0;
skipped = 0;
failed = 0;
failures = "";
for (i = 0; i < names.length; i++) {
	name = names[i];
	if (!endsWith(toLowerCase(name), ".zap")) continue;
	stem = substring(name, 0, lengthOf(name) - 4);
	project = input + File.separator + name;
	target = output + File.separator + stem + "_labels";
	if (isComplete(target)) {
		print("skipped " + name + ": " + target + " is complete");
		skipped++;
		continue;
	}
	volume = image;
	if (volume == "") volume = sameNamedImage(input, stem);
	if (volume == "") {
		failures = failures + "  " + name + ": no image given and none named " + stem + ".zarr, .n5, .xml, .tif or .tiff beside it\n";
		failed++;
		continue;
	}
	print("exporting " + name + " on " + volume + " to " + target);
	line = "project=[" + project + "] image=[" + volume + "] output=[" + target + "] " + options;
	// eval() goes on when the command fails; the command keeps its message.
	status = eval("run('ZAP Export Training Labels', getArgument()); return 'ok';", line);
	if (status == "ok" && isComplete(target)) {
		exported++;
	} else {
		reason = call("org.zapfiji.plugin.command.ZapCommand.lastFailure");
		if (reason == "") reason = "canceled, no output written";
		failures = failures + "  " + name + ": " + reason + "\n";
		failed++;
	}
}
print("export-training-labels.ijm: " + exported + " exported, " + skipped + " skipped (complete), " + failed + " failed");
if (failed > 0) {
	print("Failed:\n" + failures);
	exit("export-training-labels.ijm: " + failed + " of " + (exported + failed) + " exports failed; the Log lists them.");
}

// Whether folder holds a manifest.json that says the export is complete.
function isComplete(folder) {
	manifest = folder + File.separator + "manifest.json";
	if (!File.exists(manifest)) return false;
	return matches(File.openAsString(manifest), "(?s).*\"complete\"\\s*:\\s*true.*");
}

// The image of the same name as a project beside it, or "".
function sameNamedImage(folder, stem) {
	extensions = newArray(".zarr", ".n5", ".xml", ".tif", ".tiff");
	for (e = 0; e < extensions.length; e++) {
		candidate = folder + File.separator + stem + extensions[e];
		if (File.exists(candidate)) return candidate;
	}
	return "";
}

// The value of key in ImageJ's "key=value key=[a value]" text.
function value(text, key, fallback) {
	return call("ij.Macro.getValue", text, key, fallback);
}
