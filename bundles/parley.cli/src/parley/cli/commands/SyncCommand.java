package parley.cli.commands;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;
import parley.vcs.workflow.SyncPlaybook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley sync [REMOTE]}: exchange versions with the shared playbook, merging on the model. */
@Command(name = "sync", description = { "Exchange versions with the shared playbook (default remote: origin).",
		"Changes to different entries, or to different fields of one entry, merge by themselves; the same field"
				+ " changed on both sides becomes a conflict to settle with 'parley resolve'. Saved versions are"
				+ " never lost: a failed connection leaves everything as it was." })
final class SyncCommand extends PlaybookCommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "REMOTE", defaultValue = "origin")
	String remote;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who makes the merge version, if one is needed.")
	String author;

	@Option(names = "--abort", description = "Give up a merge that is waiting for conflicts: back to your last saved version.")
	boolean abort;

	SyncCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		try (var repo = repository()) {
			var out = out();
			if (abort) {
				SyncPlaybook.abort(repo);
				out.println(SyncPlaybook.ABORTED);
				return ParleyCli.OK;
			}
			SyncPlaybook.Synced synced = SyncPlaybook.sync(repo, remote, Authors.resolve(author, null, repo));
			out.println(synced.summary());
			if (synced.outcome() == SyncResult.Outcome.CONFLICTS) {
				ConflictsCommand.print(out, synced.result().conflicts());
				out.println("Settle each with 'parley resolve ID FIELD --mine|--theirs|--value V', then 'parley commit -m ...'"
						+ " and 'parley sync'.");
				return ParleyCli.FAILED;
			}
			return ParleyCli.OK;
		}
	}
}
