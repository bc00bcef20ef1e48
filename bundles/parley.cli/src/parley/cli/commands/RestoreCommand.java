package parley.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parley restore [ID-or-title] --from VERSION}: bring back an entry, or the whole playbook. */
@Command(name = "restore", description = { "Bring back one entry (or, without an entry, the whole playbook) as it was"
		+ " in a version. This is a new change: review it with 'parley diff', save it with 'parley commit';"
		+ " history is never rewritten.", "An entry deleted since can be named by its id (see 'parley history')." })
final class RestoreCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Parameters(arity = "0..*", paramLabel = "ID-or-title", description = "The entry (id, or title as it is now).")
	List<String> words;

	@Option(names = "--from", required = true, paramLabel = "VERSION", description = "A version id, release name, or HEAD~N.")
	String from;

	@Option(names = "--discard-unversioned", description = "Replace saved changes that are in no version yet (they are"
			+ " lost). Without it, restore refuses and names them: save a version first with 'parley commit'.")
	boolean discardUnversioned;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		try (var repo = VcsSupport.repository(open)) {
			if (words == null || words.isEmpty()) {
				repo.restorePlaybook(from, discardUnversioned);
				context.out().println("Restored the whole playbook as it was in " + from
						+ ". Review with 'parley diff', save with 'parley commit -m ...'.");
				return ParleyCli.OK;
			}
			String wanted = String.join(" ", words);
			List<Entry> matches = new PlaybookQueries(open.playbook()).find(wanted);
			String id = matches.size() == 1 ? matches.get(0).getId() : wanted.strip();
			List<String> skipped = repo.restoreEntry(id, from, discardUnversioned);
			context.out().println("Restored " + (matches.size() == 1 ? "'" + matches.get(0).getTitle() + "'" : id)
					+ " as it was in " + from + ". Review with 'parley diff', save with 'parley commit -m ...'.");
			for (String s : skipped) {
				context.err().println("parley: not restored, the linked entry no longer exists: " + s);
			}
			return ParleyCli.OK;
		} catch (parley.vcs.UnversionedChangesException e) {
			throw new CliException(e.getMessage().replace("Save a version first to keep them, or choose to discard them.",
					"Nothing was restored. Keep them with 'parley commit -m ...' first, or restore again with"
							+ " --discard-unversioned."));
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
