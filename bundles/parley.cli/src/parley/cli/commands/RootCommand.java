package parley.cli.commands;

import java.nio.file.Path;

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
@Command(name = "parley", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Parley 0.1.0",
		description = "Curate and check a customer-service de-escalation playbook.%n"
				+ "The playbook folder comes from --playbook DIR, else the nearest playbook folder at or above the"
				+ " current folder, else your default playbook (a copy of the starter playbook).",
		subcommands = { InitCommand.class, ListCommand.class, ShowCommand.class, ValidateCommand.class,
				StatsCommand.class, SearchCommand.class, SuggestCommand.class, SimilarCommand.class,
				DuplicatesCommand.class, ReindexCommand.class, CommitCommand.class, HistoryCommand.class,
				DiffCommand.class, ReleaseCommand.class, RestoreCommand.class, CloneCommand.class, SyncCommand.class,
				ConflictsCommand.class, ResolveCommand.class, ExportCommand.class, ImportCommand.class,
				ReviewCommand.class, SubmitCommand.class, ApproveCommand.class, RejectCommand.class,
				RetireCommand.class, ReviewedCommand.class, CommentCommand.class, ReopenCommand.class, BenchCommand.class,
				SettingsCommand.class,
				NewCommand.class, SetFieldCommand.class, LinkCommand.class, UnlinkCommand.class, DeleteCommand.class,
				InboxCommand.class, AcceptCommand.class, DiscardCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:the command failed, or validation found errors",
				"2:unknown command or option" })
public final class RootCommand extends CliCommand {

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
