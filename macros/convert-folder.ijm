// Converts every TIFF (or every volume) in a folder to Zarr v3 with
// ZAP Convert Volume, one <name>.zarr per input, block by block.
//
// Usage: ./zap-fiji --batch macros/convert-folder.ijm "input=[/data/tiffs] output=[/data/zarr]"
// In Fiji: ImageJ-linux64 --headless --console -macro macros/convert-folder.ijm "input=[...]"
// Keys of the argument:
//   input=[folder]     the folder to convert (required)
//   output=[folder]    where the .zarr folders go (default: the input folder)
//   volumes=tiff|all   tiff: .tif/.tiff files (default); all: also
//                      BigDataViewer .xml files and .zarr/.n5 folders
//   options=[...]      more keys for ZAP Convert Volume, e.g.
//                      options=[chunk=256,256,16 compression=blosc_zstd threads=8]
// With no argument and a display, a dialog asks for them.
// Inputs whose output exists are skipped, so a stopped run can be restarted.
// A failed input does not stop the others; the failures are listed at the
// end, and then the macro fails (batch exit status 1).

arg = getArgument();
if (arg == "") {
	if (getInfo("java.awt.headless") == "true")
		exit("Usage: convert-folder.ijm \"input=[folder] output=[folder] volumes=tiff|all options=[...]\"");
	Dialog.create("Convert folder to Zarr v3");
	Dialog.addDirectory("Input folder", "");
	Dialog.addDirectory("Output folder (empty = input)", "");
	Dialog.addChoice("Volumes", newArray("tiff", "all"), "tiff");
	Dialog.addString("More options", "", 40);
	Dialog.show();
	input = Dialog.getString();
	output = Dialog.getString();
	volumes = Dialog.getChoice();
	options = Dialog.getString();
} else {
	input = value(arg, "input", "");
	output = value(arg, "output", "");
	volumes = value(arg, "volumes", "tiff");
	options = value(arg, "options", "");
}
if (input == "" || !File.isDirectory(input))
	exit("convert-folder.ijm: key 'input' must name a folder, found '" + input + "'");
if (volumes != "tiff" && volumes != "all")
	exit("convert-folder.ijm: key 'volumes' expects tiff or all, found '" + volumes + "'");
if (output == "") output = input;
if (!File.exists(output)) File.makeDirectory(output);
if (!File.isDirectory(output))
	exit("convert-folder.ijm: key 'output' must name a folder, found '" + output + "'");

names = getFileList(input);
converted = 0;
skipped = 0;
failed = 0;
failures = "";
for (i = 0; i < names.length; i++) {
	name = names[i];
	if (!isVolume(name, volumes)) continue;
	source = input + File.separator + replace(name, "/$", "");
	target = output + File.separator + replace(name, "(?i)(\\.ome)?\\.(tiff?|xml|zarr|n5)/?$", "") + ".zarr";
	if (File.exists(target)) {
		print("skipped " + name + ": " + target + " exists");
		skipped++;
		continue;
	}
	print("converting " + name + " to " + target);
	line = "input=[" + source + "] output=[" + target + "] format=zarr3 " + options;
	// eval() goes on when the command fails; the command keeps its message.
	status = eval("run('ZAP Convert Volume', getArgument()); return 'ok';", line);
	if (status == "ok" && File.exists(target)) {
		converted++;
	} else {
		reason = call("org.zapfiji.plugin.command.ZapCommand.lastFailure");
		if (reason == "") reason = "canceled, no output written";
		failures = failures + "  " + name + ": " + reason + "\n";
		failed++;
	}
}
print("convert-folder.ijm: " + converted + " converted, " + skipped + " skipped (output exists), " + failed + " failed");
if (failed > 0) {
	print("Failed:\n" + failures);
	exit("convert-folder.ijm: " + failed + " of " + (converted + failed) + " conversions failed; the Log lists them.");
}

// Whether a name from getFileList is an input: folders end in "/".
function isVolume(name, volumes) {
	// (one test per line: the macro language does not parse "||" between calls)
	lower = toLowerCase(name);
	if (endsWith(lower, ".tif")) return true;
	if (endsWith(lower, ".tiff")) return true;
	if (volumes != "all") return false;
	if (endsWith(lower, ".xml")) return true;
	if (endsWith(lower, ".zarr/")) return true;
	return endsWith(lower, ".n5/");
}

// The value of key in ImageJ's "key=value key=[a value]" text.
function value(text, key, fallback) {
	return call("ij.Macro.getValue", text, key, fallback);
}
