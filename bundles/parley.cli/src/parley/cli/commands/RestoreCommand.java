package parley.cli.commands;

import java.util.List;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.VcsException;
import parley.vcs.workflow.RestoreVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley restore [ID-or-title] --from VERSION}: bring back an entry, or the whole playbook. */
@Command(name = "restore", description = { "Bring back one entry (or, without an entry, the whole playbook) as it was"
		+ " in a version. This is a new change: review it with 'parley diff', save it with 'parley commit';"
		+ " history is never rewritten.", "An entry deleted since can be named by its id (see 'parley history')." })
final class RestoreCommand extends PlaybookCommand {

	@Parameters(arity = "0..*", paramLabel = "ID-or-title", description = "The entry (id, or title as it is now).")
	List<String> words;

	@Option(names = "--from", required = true, paramLabel = "VERSION", description = "A version id, release name, or HEAD~N.")
	String from;

	@Option(names = "--discard-unversioned", description = "Replace saved changes that are in no version yet (they are"
			+ " lost). Without it, restore refuses and names them: save a version first with 'parley commit'.")
	boolean discardUnversioned;

	RestoreCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		// Only an entry named by its title needs the model; a whole version is read from git and written as files.
		boolean whole = words == null || words.isEmpty();
		var open = whole ? null : playbook();
		try (var repo = repository()) {
			RestoreVersion.Target target = whole ? null : RestoreVersion.target(open.playbook(), String.join(" ", words));
			RestoreVersion.Restored restored = RestoreVersion.onDisk(repo, target, from, discardUnversioned);
			out().println(restored.summary() + " Review with 'parley diff', save with 'parley commit -m ...'.");
			for (String s : restored.skipped()) {
				err().println("parley: not restored, the linked entry no longer exists: " + s);
			}
			return ParleyCli.OK;
		}
	}
}
