package parley.cli.commands;

import java.util.List;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley diff [FROM] [TO]}: what changed, entry by entry and field by field. */
@Command(name = "diff", description = { "Show what changed between two versions, entry by entry and field by field.",
		"Without arguments: the playbook now against the last saved version. With FROM: the playbook now against"
				+ " FROM. With FROM and TO: between the two. Versions are ids from 'parley history', release names,"
				+ " or HEAD, HEAD~1 ..." })
final class DiffCommand extends PlaybookCommand {

	@Parameters(index = "0", arity = "0..1", paramLabel = "FROM")
	String from;

	@Parameters(index = "1", arity = "0..1", paramLabel = "TO")
	String to;

	DiffCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		try (var repo = repository()) {
			if (!repo.hasVersions()) {
				throw new CliException("there is no saved version to compare with; save one with 'parley commit -m MESSAGE'");
			}
			List<EntityChange> changes = repo.diff(from == null ? "HEAD" : from, to);
			if (json()) {
				out().println(Json.GSON.toJson(changes));
			} else {
				out().print(SemanticDiff.describe(changes));
			}
			return ParleyCli.OK;
		}
	}
}
