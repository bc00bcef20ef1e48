package parley.vcs.workflow;

import java.util.regex.Pattern;

import parley.vcs.Author;
import parley.vcs.InvalidInputException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;

/**
 * Release: names the latest saved version (an annotated tag) with notes listing what changed since the
 * previous release. One rule for a name: letters, digits, '.', '_' and '-', starting with a letter or digit.
 */
public final class MakeRelease {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private MakeRelease() {
	}

	/** Refuses a name that is not a release name. */
	public static String checkName(String name) throws InvalidInputException {
		String given = name == null ? "" : name.strip();
		if (!NAME.matcher(given).matches()) {
			throw new InvalidInputException(InvalidInputException.Input.RELEASE_NAME,
					"a release name uses letters, digits, '.', '_' and '-' (like v1.2), not '" + given + "'");
		}
		return given;
	}

	/**
	 * Makes the release {@code name} with a headline ({@code message}; the name when blank).
	 *
	 * @return the release notes
	 */
	public static String release(PlaybookRepository repository, String name, String message, Author author)
			throws VcsException {
		String checked = checkName(name);
		return repository.release(checked, message == null || message.isBlank() ? checked : message, author);
	}

	/** What is said when the release is made. */
	public static String summary(String name) {
		return "Released " + name + ".";
	}
}
