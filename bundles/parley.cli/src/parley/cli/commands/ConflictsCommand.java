package parley.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.vcs.Conflict;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code parley conflicts}: the fields a merge left for people to decide, with both values. */
@Command(name = "conflicts", description = "List the conflicts of a merge in progress, with both values.")
final class ConflictsCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		try (var repo = VcsSupport.repository(open)) {
			List<Conflict> conflicts = repo.conflicts();
			if (options.json) {
				context.out().println(Json.GSON.toJson(conflicts));
			} else if (conflicts.isEmpty()) {
				context.out().println("No conflicts.");
			} else {
				print(context.out(), conflicts);
			}
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
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
