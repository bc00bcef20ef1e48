package parley.cli.commands;

import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.JsonObject;

import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code parley stats}: how many of everything. */
@Command(name = "stats", description = "Count entries by type, phrase kind and status.")
final class StatsCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Override
	public Integer call() {
		var open = root.context().open(options.playbook);
		Map<String, Integer> stats = new PlaybookQueries(open.playbook()).stats();
		var out = root.context().out();
		if (options.json) {
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
