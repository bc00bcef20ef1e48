package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley comment ID... -m TEXT}: add a note to the review comments of entries. */
@Command(name = "comment", description = "Add a review comment to entries (in any state).")
final class CommentCommand extends CurationCommand {

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "TEXT", description = "The comment.")
	String text;

	CommentCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.comment(text);
	}
}
