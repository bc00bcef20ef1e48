package parley.vcs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a version or a release: a name and an e-mail address (may be empty), written
 * {@code "Name <email>"} wherever a person types one (the {@code PARLEY_AUTHOR} variable, an option).
 *
 * @param name  the name, never blank
 * @param email the e-mail address, never null (empty when unknown)
 */
public record Author(String name, String email) {

	/** The one form an author is written in: a name, then an address in angle brackets. */
	private static final Pattern NAME_EMAIL = Pattern.compile("\\s*(.+?)\\s*<([^>]+)>\\s*");

	public Author {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an author needs a name");
		}
		name = name.strip();
		email = email == null ? "" : email.strip();
	}

	/** {@code "Name <email>"} read as an author; empty when the text has another form. */
	public static Optional<Author> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = NAME_EMAIL.matcher(text);
		return m.matches() ? Optional.of(new Author(m.group(1), m.group(2))) : Optional.empty();
	}

	/** As it is written: {@code "Name <email>"}. */
	public String format() {
		return name + " <" + email + ">";
	}

	@Override
	public String toString() {
		return format();
	}
}
