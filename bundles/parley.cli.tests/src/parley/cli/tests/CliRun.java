package parley.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import parley.cli.ParleyCli;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

	static CliRun run(Path home, Path workingDir, String... args) {
		return run(home, workingDir, Map.of(), args);
	}

	/** As {@link #run(Path, Path, String...)}, with more environment variables ({@code PARLEY_AUTHOR}, say). */
	static CliRun run(Path home, Path workingDir, Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Map<String, String> env = new HashMap<>(environment);
		env.put("PARLEY_HOME", home.toString());
		int code = new ParleyCli(new PrintWriter(out), new PrintWriter(err), env, workingDir).run(args);
		return new CliRun(code, out.toString(), err.toString());
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
