package parley.cli.commands;

import java.nio.file.Path;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.service.NewPlaybook;
import parley.core.service.PlaybookQueries;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookStore;
import parley.core.store.StoreException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley init DIR}: a new playbook, from the starter content or empty. */
@Command(name = "init", description = "Create a new playbook folder, from the starter playbook (default) or empty.")
final class InitCommand extends CliCommand {

	@Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (it must not hold a playbook).")
	Path dir;

	@Option(names = "--empty", description = "Start with no entries instead of the starter content.")
	boolean empty;

	@Option(names = "--title", paramLabel = "TITLE", description = "Title of an empty playbook (default: the folder name).")
	String title;

	InitCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		Path folder = context.resolvePath(dir);
		if (PlaybookStore.isPlaybook(folder)) {
			throw new CliException(folder + " already holds a playbook; choose another folder.");
		}
		OpenPlaybook open = NewPlaybook.create(context.store(), folder, empty, title);
		// A playbook folder is a git repository from the start; the first version is the author's to save.
		try (var repo = PlaybookRepository.open(folder)) {
			// created (branch main) and configured by open
		}
		var stats = new PlaybookQueries(open.playbook()).stats();
		out().printf("Created playbook '%s' in %s (%d techniques, %d phrases, %d scenarios)."
				+ " Save its first version with 'parley commit -m ...'.%n",
				open.playbook().getTitle(), folder, stats.get("techniques"), stats.get("phrases"),
				stats.get("scenarios"));
		return ParleyCli.OK;
	}
}
