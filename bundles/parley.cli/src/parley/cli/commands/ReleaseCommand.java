package parley.cli.commands;

import java.time.Clock;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.UnapprovedContentException;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;
import parley.vcs.workflow.MakeRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley release NAME -m MSG}: name the latest version (an annotated git tag with release notes). */
@Command(name = "release", description = "Name the latest saved version as a release (e.g. v1.2); the release notes"
		+ " list what was approved, retired and changed since the previous release. Refuses while the version holds"
		+ " unapproved entries or overdue reviews, unless --allow-unapproved.")
final class ReleaseCommand extends PlaybookCommand {

	@Parameters(index = "0", paramLabel = "NAME", description = "The release name, e.g. v1.2.")
	String name;

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "MSG", description = "A headline for the release notes.")
	String message;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who makes the release.")
	String author;

	@Option(names = "--allow-unapproved", description = "Release even though the version holds entries that are not"
			+ " approved as they stand or are due for review (the release notes name them).")
	boolean allowUnapproved;

	ReleaseCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		MakeRelease.checkName(name);
		playbook(); // loads as before (only history, diff and sync read git alone)
		try (var repo = repository()) {
			String warnings = MakeRelease.warnings(repo);
			if (!warnings.isEmpty()) {
				err().println("warning: " + warnings);
			}
			String notes;
			try {
				notes = MakeRelease.release(repo, name, message, Authors.resolve(author, null, repo), allowUnapproved,
						Clock.systemDefaultZone());
			} catch (UnapprovedContentException e) {
				throw new CliException(e.getMessage().replace("release anyway and say so",
						"release anyway with --allow-unapproved") + "\n(See what waits with 'parley review'.)",
						ParleyCli.FAILED);
			}
			out().println(MakeRelease.summary(name));
			out().println();
			out().print(notes);
			return ParleyCli.OK;
		}
	}
}
