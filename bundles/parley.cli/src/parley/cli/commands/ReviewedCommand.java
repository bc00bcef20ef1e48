package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley reviewed ID... [-m NOTE]}: mark approved entries reviewed today (their periodic review). */
@Command(name = "reviewed", description = "Mark approved entries reviewed today: they still hold, nothing else changes.")
final class ReviewedCommand extends CurationCommand {

	@Option(names = { "-m", "--message" }, paramLabel = "NOTE", description = "A note kept with the review.")
	String note;

	ReviewedCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.markReviewed(note);
	}
}
