package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley approve ID... [-m NOTE]}: approve entries in review, or approve again entries changed since. */
@Command(name = "approve", description = "Approve entries in review, or approve again entries changed since their approval.")
final class ApproveCommand extends CurationCommand {

	@Option(names = { "-m", "--message" }, paramLabel = "NOTE", description = "A note kept with the approval.")
	String note;

	ApproveCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.approve(note);
	}
}
