package parley.cli.commands;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.Version;
import parley.vcs.workflow.SaveVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley commit -m MSG}: save the playbook as a new version (a git commit). */
@Command(name = "commit", description = "Save the playbook as a new version, with a message saying what changed.")
final class CommitCommand extends PlaybookCommand {

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "MSG", description = "What changed and why.")
	String message;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who made the change (default: $PARLEY_AUTHOR, else git's user.name and user.email).")
	String author;

	CommitCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		// A playbook that does not load (a broken file, say) is not saved as a version. In a repository only the
		// files this version would take must be parsed (the others are as the last version has them); a folder
		// that is not one yet is loaded whole before a repository is made for it (every file is new).
		boolean versioned = PlaybookRepository.exists(folder());
		if (!versioned) {
			playbook();
		}
		try (var repo = repository()) {
			if (versioned) {
				context.parseOnly(repo.folder(), repo.changedFiles());
			}
			Version v = SaveVersion.save(repo, message, author, null);
			if (v == null || !json()) {
				out().println(SaveVersion.summary(v));
			} else {
				out().println(Json.GSON.toJson(v));
			}
			return ParleyCli.OK;
		}
	}
}
