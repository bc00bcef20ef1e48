package parley.cli.commands;

import java.io.PrintWriter;
import java.util.List;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.vcs.Conflict;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;

/** {@code parley conflicts}: the fields a merge left for people to decide, with both values. */
@Command(name = "conflicts", description = "List the conflicts of a merge in progress, with both values.")
final class ConflictsCommand extends PlaybookCommand {

	ConflictsCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		try (var repo = repository()) {
			List<Conflict> conflicts = repo.conflicts();
			if (json()) {
				out().println(Json.GSON.toJson(conflicts));
			} else if (conflicts.isEmpty()) {
				out().println("No conflicts.");
			} else {
				print(out(), conflicts);
			}
			return ParleyCli.OK;
		}
	}

	static void print(PrintWriter out, List<Conflict> conflicts) {
		for (Conflict c : conflicts) {
			out.println("  " + c.id() + "  " + c.title() + "  field: " + c.field());
			out.println("      mine:   " + c.mine());
			out.println("      theirs: " + c.theirs());
			if (c.base() != null) {
				out.println("      before: " + c.base());
			}
		}
	}
}
