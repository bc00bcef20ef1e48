package parley.cli.commands;

import java.nio.file.Path;
import java.util.List;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley}: the command suite. Each subcommand is a small class in this package over the services of the
 * layers below, made with the run's context by {@link CommandFactory}.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = ParleyCli.VERSION,
		description = "Curate and check a customer-service de-escalation playbook.%n"
				+ "The playbook folder comes from --playbook DIR, else the nearest playbook folder at or above the"
				+ " current folder, else your default playbook (a copy of the starter playbook).",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the command failed, validation found errors, or check found an avoid-phrase",
				"2:unknown command or option" })
public final class RootCommand extends CliCommand {

	/** The commands, in the order the usage lists them. */
	static final List<Class<?>> COMMANDS = List.of(InitCommand.class, ListCommand.class, ShowCommand.class,
			ValidateCommand.class, StatsCommand.class, SearchCommand.class, SuggestCommand.class, SimilarCommand.class, CheckCommand.class,
			DuplicatesCommand.class, ReindexCommand.class, CommitCommand.class, HistoryCommand.class,
			DiffCommand.class, ReleaseCommand.class, RestoreCommand.class, CloneCommand.class, SyncCommand.class,
			ConflictsCommand.class, ResolveCommand.class, ExportCommand.class, ImportCommand.class,
			ReviewCommand.class, SubmitCommand.class, ApproveCommand.class, RejectCommand.class,
			RetireCommand.class, ReviewedCommand.class, CommentCommand.class, ReopenCommand.class, BenchCommand.class,
			SettingsCommand.class, NewCommand.class, SetFieldCommand.class, LinkCommand.class, UnlinkCommand.class,
			DeleteCommand.class, InboxCommand.class, AcceptCommand.class, DiscardCommand.class,
			CommandLine.HelpCommand.class);

	/**
	 * Adds to {@code root} the subcommands these arguments need. picocli builds each command's model by reflection
	 * when it is added, a good part of a short command's time, so a run that names a known command gets only that
	 * one; {@code --version} alone gets none; the usage, {@code help}, an unknown command (whose message suggests
	 * the nearest) and anything unclear get them all.
	 */
	public static void addSubcommands(CommandLine root, String[] args) {
		String named = commandName(args);
		for (Class<?> type : COMMANDS) {
			String name = type.getAnnotation(Command.class).name();
			if (named == null || named.equals(name)) {
				root.addSubcommand(name, type);
			}
		}
	}

	/** The command the arguments name, "" for none needed (--version), null when all are needed. */
	private static String commandName(String[] args) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("-p") || arg.equals("--playbook")) {
				i++; // its value
			} else if (arg.startsWith("--playbook=") || arg.startsWith("-p") && arg.length() > 2 && !arg.startsWith("--")) {
				continue;
			} else if (arg.equals("-V") || arg.equals("--version")) {
				return "";
			} else if (arg.startsWith("-")) {
				return null; // --help, or an option picocli will report
			} else {
				boolean known = !arg.equals("help") && COMMANDS.stream()
						.anyMatch(type -> type.getAnnotation(Command.class).name().equals(arg));
				return known ? arg : null;
			}
		}
		return null;
	}

	@Spec
	CommandSpec spec;

	/**
	 * {@code parley --playbook DIR COMMAND ...}: the playbook given before the command, as with {@code git -C}.
	 * Commands read it from the parse result ({@link PlaybookCommand}); the command's own option wins.
	 */
	@Option(names = { "-p", "--playbook" }, paramLabel = "DIR", scope = CommandLine.ScopeType.LOCAL,
			description = "The playbook folder, for any command (also accepted after the command).")
	Path playbook;

	RootCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		err().println("parley: no command given");
		spec.commandLine().usage(err());
		return ParleyCli.USAGE;
	}
}
