package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley submit ID... [--reviewer NAME] [-m NOTE]}: send drafts (or entries changed since approval) to review. */
@Command(name = "submit", description = "Send entries to review: drafts, or approved entries changed since their approval.")
final class SubmitCommand extends CurationCommand {

	@Option(names = "--reviewer", paramLabel = "NAME", description = "Who should review them.")
	String reviewer;

	@Option(names = { "-m", "--message" }, paramLabel = "NOTE", description = "A note for the reviewer.")
	String note;

	SubmitCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.submit(reviewer, note);
	}
}
