package parley.cli.commands;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.curation.CurationState;
import parley.core.service.EntryFilter;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley list}: entries, filtered by type, tag and status. */
@Command(name = "list", description = "List entries (techniques, phrases, scenarios, sources).")
final class ListCommand extends PlaybookCommand {

	@Option(names = "--type", paramLabel = "TYPE", description = "technique, phrase, scenario or source.")
	String type;

	@Option(names = "--tag", paramLabel = "TAG", description = "Only entries with this tag.")
	String tag;

	@Option(names = "--status", paramLabel = "STATUS", description = "draft, in-review, approved, changed-since-approval or retired.")
	String status;

	ListCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		EntryType entryType = null;
		if (type != null) {
			entryType = EntryType.parse(type);
			if (entryType == null) {
				throw new CliException("unknown --type '" + type + "'; use technique, phrase, scenario or source",
						ParleyCli.USAGE);
			}
		}
		CurationState state = null;
		if (status != null) {
			state = CurationState.parse(status);
			if (state == null) {
				throw new CliException("unknown --status '" + status + "'; use " + Stream.of(CurationState.values())
						.map(CurationState::key).collect(Collectors.joining(", ")), ParleyCli.USAGE);
			}
		}
		CurationState wanted = state;
		List<Entry> entries = new PlaybookQueries(playbook().playbook()).list(new EntryFilter(entryType, tag, null))
				.stream().filter(e -> wanted == null || CurationState.of(e) == wanted).toList();
		var out = out();
		if (json()) {
			JsonArray array = new JsonArray();
			entries.forEach(e -> array.add(Json.summary(e)));
			out.println(Json.GSON.toJson(array));
			return ParleyCli.OK;
		}
		Table table = new Table("TYPE", "STATUS", "TITLE", "ID");
		for (Entry entry : entries) {
			table.row(EntryType.of(entry.eClass()).key(), CurationState.of(entry).key(), entry.getTitle(),
					entry.getId().substring(0, Math.min(8, entry.getId().length())));
		}
		table.print(out);
		out.printf("%d %s%n", entries.size(), entries.size() == 1 ? "entry" : "entries");
		return ParleyCli.OK;
	}
}
