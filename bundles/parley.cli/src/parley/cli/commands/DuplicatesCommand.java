package parley.cli.commands;

import java.util.List;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.search.DuplicatePair;
import parley.search.SearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley duplicates}: pairs of phrases with nearly the same wording, for curators to merge. */
@Command(name = "duplicates", description = "Report phrases whose wordings are near duplicates (share of common"
		+ " words after stemming, 0-1).")
final class DuplicatesCommand extends PlaybookCommand {

	@Option(names = "--threshold", paramLabel = "X", defaultValue = "0.6", description = "Minimum similarity (default ${DEFAULT-VALUE}).")
	double threshold;

	DuplicatesCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		if (threshold <= 0 || threshold > 1) {
			throw new CliException("--threshold must be above 0 and at most 1", ParleyCli.USAGE);
		}
		try (var search = search()) { // the playbook is loaded only if the index needs it
			List<DuplicatePair> pairs = search.duplicatePhrases(threshold);
			if (json()) {
				out().println(Json.GSON.toJson(pairs));
				return ParleyCli.OK;
			}
			for (DuplicatePair pair : pairs) {
				out().printf("%.2f  %s  [%s]%n      %s  [%s]%n", pair.similarity(), pair.first().title(),
						pair.first().id().substring(0, 8), pair.second().title(), pair.second().id().substring(0, 8));
			}
			out().printf("%d near-duplicate %s at similarity %.2f or more%n", pairs.size(),
					pairs.size() == 1 ? "pair" : "pairs", threshold);
			return ParleyCli.OK;
		}
	}
}
