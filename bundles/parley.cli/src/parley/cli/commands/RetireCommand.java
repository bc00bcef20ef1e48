package parley.cli.commands;

import parley.cli.CliContext;
import parley.core.curation.CurationSteps;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley retire ID... [--replaced-by ID] [-m NOTE]}: retire entries, optionally naming their replacement. */
@Command(name = "retire", description = "Retire entries, optionally naming the entry of the same type that replaces them.")
final class RetireCommand extends CurationCommand {

	@Option(names = "--replaced-by", paramLabel = "ID", description = "The entry (id, id prefix or title) that replaces them.")
	String replacedBy;

	@Option(names = { "-m", "--message" }, paramLabel = "NOTE", description = "Why they are retired.")
	String note;

	RetireCommand(CliContext context) {
		super(context);
	}

	@Override
	CurationSteps.Step step(PlaybookQueries queries) {
		return CurationSteps.retire(replacedBy == null ? null : entry(queries, "--replaced-by", replacedBy), note);
	}
}
