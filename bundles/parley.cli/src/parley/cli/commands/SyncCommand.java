package parley.cli.commands;

import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.vcs.SyncResult;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parley sync [REMOTE]}: exchange versions with the shared playbook, merging on the model. */
@Command(name = "sync", description = { "Exchange versions with the shared playbook (default remote: origin).",
		"Changes to different entries, or to different fields of one entry, merge by themselves; the same field"
				+ " changed on both sides becomes a conflict to settle with 'parley resolve'. Saved versions are"
				+ " never lost: a failed connection leaves everything as it was." })
final class SyncCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Parameters(index = "0", arity = "0..1", paramLabel = "REMOTE", defaultValue = "origin")
	String remote;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who makes the merge version, if one is needed.")
	String author;

	@Option(names = "--abort", description = "Give up a merge that is waiting for conflicts: back to your last saved version.")
	boolean abort;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		try (var repo = VcsSupport.repository(open)) {
			if (abort) {
				repo.abortMerge();
				context.out().println("Merge given up; the playbook is as in your last saved version.");
				return ParleyCli.OK;
			}
			SyncResult result = repo.sync(remote, VcsSupport.author(author, repo));
			var out = context.out();
			switch (result.outcome()) {
			case UP_TO_DATE -> out.println("Already in step with " + remote + ".");
			case PUSHED -> out.println("Sent your versions to " + remote + ".");
			case PULLED -> out.println("Took the new versions from " + remote + ".");
			case MERGED -> out.println("Merged the versions from " + remote + " with yours and sent the result.");
			case CONFLICTS -> {
				out.println("Merged what could be merged; " + result.conflicts().size()
						+ " field(s) were changed differently on both sides:");
				ConflictsCommand.print(out, result.conflicts());
				out.println("Settle each with 'parley resolve ID FIELD --mine|--theirs|--value V', then 'parley commit -m ...'"
						+ " and 'parley sync'.");
				return ParleyCli.FAILED;
			}
			}
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
