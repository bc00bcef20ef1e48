package parley.vcs.workflow;

import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.Version;

/**
 * Save a version: the playbook folder as it is on disk (the caller saves unsaved edits first) becomes a
 * version with a message and an author ({@link Authors}). A blank message is refused
 * ({@link parley.vcs.InvalidInputException}); nothing changed since the last version is not a failure.
 */
public final class SaveVersion {

	/** What is said when nothing changed since the last version. */
	public static final String NOTHING_CHANGED = "Nothing changed since the last version; nothing to save.";

	private SaveVersion() {
	}

	/**
	 * Saves the version; {@code authorOption} and {@code preferred} as in {@link Authors#resolve}.
	 *
	 * @return the version, or null when nothing changed since the last one
	 */
	public static Version save(PlaybookRepository repository, String message, String authorOption, Author preferred)
			throws VcsException {
		Author author = Authors.resolve(authorOption, preferred, repository);
		return repository.commit(message, author);
	}

	/** One line saying what was saved (or {@link #NOTHING_CHANGED} for null). */
	public static String summary(Version version) {
		if (version == null) {
			return NOTHING_CHANGED;
		}
		int n = version.entities().size();
		return String.format("Saved version %s: %s (%d %s changed)", version.shortId(),
				version.message().lines().findFirst().orElse(""), n, n == 1 ? "entry" : "entries");
	}
}
