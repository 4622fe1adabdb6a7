// Checks a ZAP Fiji installation before a long batch run.
// Usage: ./zap-fiji --batch macros/check-installation.ijm [report.json]
// In Fiji: ImageJ-linux64 --headless --console -macro macros/check-installation.ijm report.json
// Fails (batch exit status 1) when a library ZAP Fiji needs is missing.
report = getArgument();
if (report == "") {
	run("ZAP Check Installation");
	print("ZAP Fiji installation checked.");
} else {
	run("ZAP Check Installation", "output=[" + report + "]");
	print("ZAP Fiji installation checked; report in " + report);
}
