package parley.vcs.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import parley.vcs.Author;
import parley.vcs.InvalidInputException;
import parley.vcs.PlaybookRepository;
import parley.vcs.UnapprovedContentException;
import parley.vcs.VcsException;

/**
 * Release: names the latest saved version (an annotated tag) with notes listing what was approved and retired
 * and what changed since the previous release, behind the release gate. One rule for a name: letters, digits, '.', '_' and '-', starting with a letter or digit.
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
	 * Makes the release {@code name} with a headline ({@code message}; the name when blank). The release gate
	 * applies: a version holding entries that are not approved as they stand, or are due for review, is released
	 * only with {@code allowUnapproved} (the notes then name them).
	 *
	 * @return the release notes
	 * @throws UnapprovedContentException when the gate refuses; {@link UnapprovedContentException#blockers()}
	 *                                    lists what holds the release back
	 */
	public static String release(PlaybookRepository repository, String name, String message, Author author,
			boolean allowUnapproved, Clock clock) throws VcsException {
		String checked = checkName(name);
		return repository.release(checked, message == null || message.isBlank() ? checked : message, author,
				allowUnapproved, LocalDate.now(clock));
	}

	/** What would hold a release of the latest version back today (empty: nothing; release freely). */
	public static List<String> blockers(PlaybookRepository repository, Clock clock) throws VcsException {
		return repository.releaseBlockers(LocalDate.now(clock));
	}

	/**
	 * What the release should be warned of without holding it back (entries repeating their sources' wording),
	 * described; empty when nothing.
	 */
	public static String warnings(PlaybookRepository repository) throws VcsException {
		return repository.releaseWarnings();
	}

	/** What is said when the release is made. */
	public static String summary(String name) {
		return "Released " + name + ".";
	}
}
