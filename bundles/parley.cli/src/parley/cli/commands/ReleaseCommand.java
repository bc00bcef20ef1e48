package parley.cli.commands;

import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.vcs.VcsException;
import parley.vcs.workflow.MakeRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parley release NAME -m MSG}: name the latest version (an annotated git tag with release notes). */
@Command(name = "release", description = "Name the latest saved version as a release (e.g. v1.2); the release notes"
		+ " list what changed since the previous release.")
final class ReleaseCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Parameters(index = "0", paramLabel = "NAME", description = "The release name, e.g. v1.2.")
	String name;

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "MSG", description = "A headline for the release notes.")
	String message;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who makes the release.")
	String author;

	@Override
	public Integer call() {
		try {
			MakeRelease.checkName(name);
		} catch (VcsException e) {
			throw new CliException(e);
		}
		var context = root.context();
		var open = context.open(options.playbook);
		try (var repo = VcsSupport.repository(open)) {
			String notes = MakeRelease.release(repo, name, message, VcsSupport.author(author, repo));
			context.out().println(MakeRelease.summary(name));
			context.out().println();
			context.out().print(notes);
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
