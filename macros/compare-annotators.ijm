// Compares every annotator's project in a folder with a reference project.
// Usage: ./zap-fiji --batch macros/compare-annotators.ijm /path/to/folder
// In Fiji: ImageJ-linux64 --headless --console -macro macros/compare-annotators.ijm /path/to/folder
// The folder holds reference.zap and one .zap per annotator. For each
// annotator the matches within 3 µm go to <name>_matches.csv and the figures
// (overall and per region of the reference) to <name>_matches_summary.csv;
// earlier results are replaced. One summary line per annotator is printed.
distance = 3;
folder = getArgument();
if (folder == "") folder = getDirectory("Folder with reference.zap and the annotators' projects");
if (!endsWith(folder, File.separator)) folder = folder + File.separator;
reference = folder + "reference.zap";
if (!File.exists(reference)) exit("No reference project: " + reference);
files = getFileList(folder);
compared = 0;
for (i = 0; i < files.length; i++) {
	name = files[i];
	if (endsWith(name, ".zap") && name != "reference.zap") {
		stem = substring(name, 0, lengthOf(name) - 4);
		matchFile = folder + stem + "_matches.csv";
		run("ZAP Compare Marks", "reference=[" + reference + "] test=[" + folder + name + "] distance=" + distance + " output=[" + matchFile + "] overwrite");
		lines = split(File.openAsString(folder + stem + "_matches_summary.csv"), "\n");
		print(stem + ": " + lines[1]);
		compared++;
	}
}
print("Compared " + compared + " project(s) with " + reference);
