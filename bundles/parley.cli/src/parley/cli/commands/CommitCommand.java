package parley.cli.commands;

import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.vcs.VcsException;
import parley.vcs.Version;
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
			Version v = repo.commit(message, VcsSupport.author(author, repo));
			if (v == null) {
				context.out().println("Nothing changed since the last version; nothing to save.");
				return ParleyCli.OK;
			}
			if (options.json) {
				context.out().println(Json.GSON.toJson(v));
			} else {
				context.out().printf("Saved version %s: %s (%d %s changed)%n", v.shortId(), v.message().lines().findFirst().orElse(""),
						v.entities().size(), v.entities().size() == 1 ? "entry" : "entries");
			}
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
