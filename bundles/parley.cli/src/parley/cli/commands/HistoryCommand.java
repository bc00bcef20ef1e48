package parley.cli.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.vcs.VcsException;
import parley.vcs.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley history [ID-or-title]}: the playbook's versions, or those that changed one entry. */
@Command(name = "history", description = "List saved versions, newest first; with an entry, only the versions that changed it and"
		+ " who submitted, approved or retired it in each.")
final class HistoryCommand extends PlaybookCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Parameters(arity = "0..*", paramLabel = "ID-or-title", description = "An entry (id, id prefix or title).")
	List<String> words;

	HistoryCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		Entry entry = words == null || words.isEmpty() ? null
				: EntryArgument.resolve(new PlaybookQueries(playbook().playbook()), words);
		try (var repo = repository()) {
			List<Version> versions = repo.history(entry == null ? null : entry.getId());
			if (json()) {
				out().println(Json.GSON.toJson(versions));
				return ParleyCli.OK;
			}
			if (versions.isEmpty()) {
				out().println(entry == null ? "No versions yet; save one with 'parley commit -m MESSAGE'."
						: "No saved version changed '" + entry.getTitle() + "'.");
			}
			for (Version v : versions) {
				out().printf("%s  %s  %s%s%n    %s%n", v.shortId(), WHEN.format(v.time()), v.author(),
						v.releases().isEmpty() ? "" : "  (release " + String.join(", ", v.releases()) + ")",
						v.message().replace("\n", "\n    "));
				printCuration(v, entry);
			}
			return ParleyCli.OK;
		}
	}

	/** "    approved by Ben Osei" for an entry's history; "    curation: 2 approved, 1 retired" for the playbook's. */
	private void printCuration(Version v, Entry entry) {
		String curation = v.describeCuration(entry == null ? null : entry.getId());
		if (!curation.isEmpty()) {
			out().printf("    %s%s%n", entry == null ? "curation: " : "", curation);
		}
	}
}
