package parley.cli.commands;


import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.store.StoreException;
import parley.search.SearchException;
import picocli.CommandLine.Command;

/** {@code parley reindex}: rebuild the search index from the playbook files. */
@Command(name = "reindex", description = "Rebuild the search index (a cache in .parley/index) from the playbook.")
final class ReindexCommand extends PlaybookCommand {

	ReindexCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		try (var search = context.search(playbook())) {
			long start = System.nanoTime();
			search.reindex();
			out().printf("Indexed %d entries in %d ms.%n", search.indexedEntries(),
					(System.nanoTime() - start) / 1_000_000);
			return ParleyCli.OK;
		}
	}
}
