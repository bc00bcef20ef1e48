package parley.cli.commands;

import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.search.SearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code parley reindex}: rebuild the search index from the playbook files. */
@Command(name = "reindex", description = "Rebuild the search index (a cache in .parley/index) from the playbook.")
final class ReindexCommand implements Callable<Integer> {

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		try (var search = context.search(open)) {
			long start = System.nanoTime();
			search.reindex();
			context.out().printf("Indexed %d entries in %d ms.%n", search.indexedEntries(),
					(System.nanoTime() - start) / 1_000_000);
			return ParleyCli.OK;
		} catch (SearchException e) {
			throw new CliException(e);
		}
	}
}
