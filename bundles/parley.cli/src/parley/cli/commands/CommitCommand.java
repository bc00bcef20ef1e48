package parley.cli.commands;

import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.vcs.VcsException;
import parley.vcs.Version;
import parley.vcs.workflow.SaveVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code parley commit -m MSG}: save the playbook as a new version (a git commit). */
@Command(name = "commit", description = "Save the playbook as a new version, with a message saying what changed.")
final class CommitCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "MSG", description = "What changed and why.")
	String message;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who made the change (default: $PARLEY_AUTHOR, else git's user.name and user.email).")
	String author;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		try (var repo = VcsSupport.repository(open)) {
			Version v = SaveVersion.save(repo, message, author, null);
			if (v == null || !options.json) {
				context.out().println(SaveVersion.summary(v));
			} else {
				context.out().println(Json.GSON.toJson(v));
			}
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
