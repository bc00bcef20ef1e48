package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import parley.cli.commands.RootCommand;
import picocli.CommandLine;

/**
 * Entry point of the command line, independent of OSGi so tests can run it in-process: parses the
 * arguments, runs one command, and maps failures to exit codes and messages on stderr.
 */
public final class ParleyCli {

	/** Exit code of a successful command. */
	public static final int OK = 0;
	/** Exit code when the command ran but failed (bad playbook, validation errors, missing entry). */
	public static final int FAILED = 1;
	/** Exit code for unknown commands or options. */
	public static final int USAGE = 2;

	private final PrintWriter out;
	private final PrintWriter err;
	private final Map<String, String> environment;
	private final Path workingDir;

	public ParleyCli(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDir) {
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.workingDir = workingDir;
	}

	public int run(String... args) {
		RootCommand root = new RootCommand(new CliContext(out, err, environment, workingDir));
		CommandLine commandLine = new CommandLine(root);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			if (exception instanceof CliException cli) {
				err.println("parley: " + cli.getMessage());
				return cli.exitCode();
			}
			err.println("parley: unexpected error: " + exception);
			exception.printStackTrace(err);
			return FAILED;
		});
		commandLine.setParameterExceptionHandler((exception, arguments) -> {
			CommandLine cmd = exception.getCommandLine();
			if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && cmd == commandLine
					&& !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
				err.println("parley: unknown command '" + unmatched.getUnmatched().get(0) + "'");
			} else {
				err.println("parley: " + exception.getMessage());
			}
			CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
			cmd.usage(err);
			return USAGE;
		});
		int code;
		try {
			code = commandLine.execute(args);
		} catch (RuntimeException | Error e) { // picocli hands on what is not an Exception
			err.println("parley: internal error: " + e + "; please report it with the command you ran");
			e.printStackTrace(err);
			code = FAILED;
		}
		out.flush();
		err.flush();
		return code;
	}
}
