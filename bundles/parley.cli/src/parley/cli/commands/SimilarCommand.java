package parley.cli.commands;

import java.util.List;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley similar ID-or-title}: the entries whose wording is most like this one's. */
@Command(name = "similar", description = "List the entries most similar to one entry (id, id prefix or title).")
final class SimilarCommand extends PlaybookCommand {

	@Parameters(arity = "1..*", paramLabel = "ID-or-title", description = "The entry.")
	List<String> words;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "10",
			description = "How many (default ${DEFAULT-VALUE}, at most " + SearchLimits.MAX_LIMIT + ").")
	int limit;

	SimilarCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		if (limit < 1 || limit > SearchLimits.MAX_LIMIT) {
			throw new CliException("--limit must be between 1 and " + SearchLimits.MAX_LIMIT + ", not " + limit,
					ParleyCli.USAGE);
		}
		var open = playbook();
		Entry entry = EntryArgument.resolve(new PlaybookQueries(open.playbook()), words);
		try (var search = context.search(open)) {
			List<Hit> hits = search.similar(entry.getId(), limit);
			if (json()) {
				out().println(Json.GSON.toJson(hits));
			} else {
				out().println("Entries like '" + entry.getTitle() + "':");
				int rank = 0;
				for (Hit hit : hits) {
					out().printf("%3d. %s  [%s, %s]%n", ++rank, hit.title(), hit.type(), hit.id().substring(0, 8));
				}
			}
			return ParleyCli.OK;
		}
	}
}
