package parley.cli.commands;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley resolve ID FIELD --mine|--theirs|--value V}: settle one conflict of a merge. */
@Command(name = "resolve", description = "Settle one conflict of a merge: keep your value, take theirs, or set a new one.")
final class ResolveCommand extends PlaybookCommand {

	@Parameters(index = "0", paramLabel = "ID", description = "The entry's id (as 'parley conflicts' shows it).")
	String id;

	@Parameters(index = "1", paramLabel = "FIELD", description = "The field, e.g. summary.")
	String field;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Choice choice;

	static final class Choice {
		@Option(names = "--mine", description = "Keep your value.")
		boolean mine;

		@Option(names = "--theirs", description = "Take the other side's value.")
		boolean theirs;

		@Option(names = "--value", paramLabel = "V", description = "Set this value instead.")
		String value;
	}

	ResolveCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		playbook(); // loads as before (only history, diff and sync read git alone)
		try (var repo = repository()) {
			String fullId = repo.conflicts().stream().map(c -> c.id()).filter(c -> c.startsWith(id)).findFirst().orElse(id);
			PlaybookRepository.Choice how = choice.mine ? PlaybookRepository.Choice.MINE
					: choice.theirs ? PlaybookRepository.Choice.THEIRS : PlaybookRepository.Choice.VALUE;
			int left = repo.resolve(fullId, field, how, choice.value);
			out().println(left == 0
					? "All conflicts settled. Save the merge with 'parley commit -m ...', then 'parley sync'."
					: left + " conflict(s) left; 'parley conflicts' lists them.");
			return ParleyCli.OK;
		}
	}
}
