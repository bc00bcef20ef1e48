package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import parley.cli.commands.CommandFactory;
import parley.cli.commands.RootCommand;
import parley.core.service.FailureText;
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
	/** What {@code parley --version} prints. */
	public static final String VERSION = "Parley 0.1.0";

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
		if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
			// Answered before picocli is loaded: its classes (Java 5 bytecode) cannot come from an AOT cache, and
			// loading them was most of the time of 'parley --version' (0.32 s -> 0.24 s; issue 15).
			out.println(VERSION);
			out.flush();
			return OK;
		}
		CliContext context = new CliContext(out, err, environment, workingDir);
		CommandLine commandLine = new CommandLine(RootCommand.class, new CommandFactory(context));
		RootCommand.addSubcommands(commandLine, args); // before the settings below, which reach the subcommands
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			if (exception instanceof CliException cli) {
				err.println("parley: " + cli.getMessage());
				explain(cli.getMessage(), cli.getCause()).forEach(line -> err.println("parley: " + line));
				return cli.exitCode();
			}
			return unexpected(exception);
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
			code = unexpected(e);
		}
		out.flush();
		err.flush();
		return code;
	}

	/**
	 * A failure no command turned into a {@link CliException} (an unchecked exception of a library, say):
	 * one line on stderr and exit 1, never a stack trace (unless {@code PARLEY_DEBUG} is set).
	 */
	private int unexpected(Throwable failure) {
		err.println("parley: " + describeUnexpected(failure));
		String debug = environment.get("PARLEY_DEBUG");
		if (debug != null && !debug.isBlank()) {
			failure.printStackTrace(err);
		}
		return FAILED;
	}

	/**
	 * What follows a command's own message when it reports a lower layer's failure: what to do when the machine
	 * is the cause (a full disk, a folder that cannot be written, a lock, an unreachable remote:
	 * {@link FailureText#known}), else the underlying cause when the message does not name it; nothing when the
	 * message says it all already.
	 */
	static List<String> explain(String message, Throwable cause) {
		if (cause == null) {
			return List.of();
		}
		String said = message == null ? "" : message;
		String known = FailureText.known(cause);
		if (known != null) {
			return said.contains(known) ? List.of() : List.of(known + ".");
		}
		String deepest = null; // as the cause said it: the command's message often quotes it already
		int depth = 0;
		for (Throwable t = cause; t != null && depth++ < 50; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				deepest = t.getMessage().strip();
			}
		}
		return deepest == null || said.contains(deepest) ? List.of() : List.of("cause: " + FailureText.innermost(cause));
	}

	/** The one line printed for a failure no command explained: what to do when known, else a request to report it. */
	static String describeUnexpected(Throwable failure) {
		String known = FailureText.known(failure);
		if (known != null) {
			return known + ".";
		}
		return "Parley hit an unexpected problem: " + FailureText.innermost(failure) + ". Please report it with the"
				+ " command you ran (PARLEY_DEBUG=1 shows the details).";
	}
}
