package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley reopen ID... [-m NOTE]}: bring retired entries back as drafts. */
@Command(name = "reopen", description = "Bring retired entries back as drafts.")
final class ReopenCommand extends CurationCommand {

	@Option(names = { "-m", "--message" }, paramLabel = "NOTE", description = "Why they come back.")
	String note;

	ReopenCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.reopen(note);
	}
}
