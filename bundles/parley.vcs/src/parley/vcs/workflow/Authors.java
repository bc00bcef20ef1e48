package parley.vcs.workflow;

import parley.vcs.Author;
import parley.vcs.InvalidInputException;
import parley.vcs.PlaybookRepository;

/**
 * Who makes a version or a release, decided the same way everywhere: the author given for this one
 * operation (an option), else {@code $PARLEY_AUTHOR}, else the author set in the preferences (workbench),
 * else git's {@code user.name}/{@code user.email}, else the login name. Given text must be written
 * {@code "Name <email>"}; anything else is refused, never silently replaced by another author.
 */
public final class Authors {

	/** The environment variable that names the author ({@code "Name <email>"}). */
	public static final String ENVIRONMENT = "PARLEY_AUTHOR";

	private Authors() {
	}

	/**
	 * The author, from {@code option} (may be null), {@code $PARLEY_AUTHOR}, {@code preferred} (may be null), or
	 * the repository's git configuration.
	 *
	 * @throws InvalidInputException when the option or the variable is given but not {@code "Name <email>"}
	 */
	public static Author resolve(String option, Author preferred, PlaybookRepository repository)
			throws InvalidInputException {
		return resolve(option, System.getenv(ENVIRONMENT), preferred, repository);
	}

	/** As {@link #resolve(String, Author, PlaybookRepository)}, with the variable's value given. */
	public static Author resolve(String option, String environment, Author preferred, PlaybookRepository repository)
			throws InvalidInputException {
		for (String given : new String[] { option, environment }) {
			if (given != null && !given.isBlank()) {
				return parse(given);
			}
		}
		return preferred != null ? preferred : repository.defaultAuthor();
	}

	/** The one rule for an author someone wrote: {@code "Name <email>"}, else refused. */
	public static Author parse(String text) throws InvalidInputException {
		return Author.parse(text).orElseThrow(() -> new InvalidInputException(InvalidInputException.Input.AUTHOR,
				"the author must look like 'Name <email>', not '" + text + "'"));
	}

	/** The author set in preferences as a name and an e-mail address; null when no name is set. */
	public static Author preferred(String name, String email) {
		return name == null || name.isBlank() ? null : new Author(name, email);
	}
}
