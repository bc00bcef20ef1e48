package parley.reliability.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import parley.cli.ParleyCli;

/** Runs the command line in this JVM, in a folder, and keeps exit code, stdout and stderr. */
record Cli(int exitCode, String out, String err) {

	static Cli run(Path home, Path workingDir, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err), Map.of("PARLEY_HOME", home.toString()),
				workingDir).run(args);
		return new Cli(code, out.toString(), err.toString());
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
