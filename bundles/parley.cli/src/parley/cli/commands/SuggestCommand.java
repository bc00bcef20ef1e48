package parley.cli.commands;

import java.util.List;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.search.SearchException;
import parley.search.SearchLimits;
import parley.search.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley suggest PREFIX}: completions of titles and phrase wordings, as a search box offers them. */
@Command(name = "suggest", description = "Complete what you have typed so far from titles and phrase wordings"
		+ " (a word anywhere in a title counts; one typo is forgiven).")
final class SuggestCommand extends PlaybookCommand {

	@Parameters(arity = "1..*", paramLabel = "PREFIX", description = "What has been typed so far.")
	List<String> words;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "8", description = "How many (default ${DEFAULT-VALUE}, at most " + SearchLimits.MAX_LIMIT + ").")
	int limit;

	SuggestCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		if (limit < 1 || limit > SearchLimits.MAX_LIMIT) {
			throw new CliException("--limit must be between 1 and " + SearchLimits.MAX_LIMIT + ", not " + limit,
					ParleyCli.USAGE);
		}
		try (var search = search()) { // the playbook is loaded only if the index needs it
			List<Suggestion> suggestions = search.suggest(String.join(" ", words), limit);
			if (json()) {
				out().println(Json.GSON.toJson(suggestions));
			} else {
				for (Suggestion s : suggestions) {
					out().printf("%s  [%s, %s]%n", s.text(), s.type(), s.id().substring(0, 8));
				}
			}
			return ParleyCli.OK;
		}
	}
}
