package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley reject ID... -m NOTE}: send entries in review back to draft, saying what to change. */
@Command(name = "reject", description = "Send entries in review back to draft, with a note saying what to change.")
final class RejectCommand extends CurationCommand {

	@Option(names = { "-m", "--message" }, required = true, paramLabel = "NOTE", description = "What to change (required).")
	String note;

	RejectCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.sendBack(note);
	}
}
