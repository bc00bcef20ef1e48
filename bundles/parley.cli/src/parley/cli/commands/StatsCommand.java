package parley.cli.commands;

import java.util.Map;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import picocli.CommandLine.Command;

/** {@code parley stats}: how many of everything. */
@Command(name = "stats", description = "Count entries by type, phrase kind and status.")
final class StatsCommand extends PlaybookCommand {

	StatsCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		var open = playbook();
		Map<String, Integer> stats = new PlaybookQueries(open.playbook()).stats();
		var out = out();
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("playbook", open.playbook().getTitle());
			o.addProperty("folder", open.folder().toString());
			stats.forEach(o::addProperty);
			out.println(Json.GSON.toJson(o));
			return ParleyCli.OK;
		}
		out.println(open.playbook().getTitle() + " (" + open.folder() + ")");
		Table table = new Table("WHAT", "COUNT");
		stats.forEach((key, value) -> table.row(key, String.valueOf(value)));
		table.print(out);
		return ParleyCli.OK;
	}
}
