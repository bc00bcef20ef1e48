package parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The command line on a plain class path: the {@code parley} launcher runs a command this way, on the bundles
 * {@link CliClassPath} listed (the same jars the product installs; they are headless by rule), which skips the
 * OSGi framework's start and answers several times faster. {@link CliApplication} runs the same
 * {@link #run(String[])} inside the framework (the workbench's product, {@code parley bench}, the tests).
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs one command on the process's streams and working folder ({@code parley.cwd}); returns its exit code. */
	static int run(String[] args) {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		Path cwd = Path.of(System.getProperty("parley.cwd", System.getProperty("user.dir")));
		int code = new ParleyCli(out, err, System.getenv(), cwd).run(args == null ? new String[0] : args);
		out.flush();
		err.flush();
		return code;
	}
}
