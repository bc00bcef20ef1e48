package parley.search;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import parley.core.store.OpenPlaybook;
import parley.search.lucene.LuceneSearchService;

/**
 * Where front ends get a {@link SearchService}: the implementation (Lucene, in {@code parley.search.lucene})
 * is not exported. Each service keeps its index, a cache in the playbook's local state, in step with the
 * playbook files: created when missing, rebuilt when damaged or from another version, brought up to date
 * when the files changed since it was committed (another process saved).
 */
public final class SearchServices {

	private SearchServices() {
	}

	/**
	 * Opens the search over a playbook open for editing, creating, repairing or updating its index as
	 * needed.
	 *
	 * @param notices told, in a sentence, about anything done that a user may notice (a rebuild, a
	 *                temporary index)
	 */
	public static LiveSearchService open(OpenPlaybook playbook, Consumer<String> notices) throws SearchException {
		return LuceneSearchService.open(playbook, notices);
	}

	/**
	 * Opens the search over a playbook folder without loading its model when the index is up to date: the
	 * model is loaded (through {@code model}) only when the index must be built, brought up to date
	 * (the files changed since it was committed, or a save was interrupted) or repaired. Errors of the model
	 * come first, as if it had been loaded before the index was opened. For read-only use (a command line
	 * search); for editing, use {@link #open(OpenPlaybook, Consumer)}.
	 *
	 * @param model loads the playbook in {@code folder}; its unchecked exceptions pass through unchanged
	 */
	public static SearchService open(Path folder, Supplier<OpenPlaybook> model, Consumer<String> notices)
			throws SearchException {
		return LuceneSearchService.open(folder, model, notices);
	}
}
