package parley.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Articles to import in tests of the import inbox's front ends (written for the tests, in no one else's words). */
public final class Articles {

	private Articles() {
	}

	/** The source title of {@link #NIGHT_SHIFT}. */
	public static final String NIGHT_SHIFT_TITLE = "Calm Lines for Night Shifts";
	/** Its two list items under an advice heading: technique candidates. */
	public static final String GREET = "Greet the caller by name once you have it";
	public static final String NEXT = "Say what you will do next before you do it";
	/** Its avoid-phrase (paired with {@link #INSTEAD}). */
	public static final String AVOID = "That is not my department";
	public static final String INSTEAD = "Let me find the right person for this";

	/**
	 * A Markdown article with front matter (title, author, publisher, date, address), an advice heading over a
	 * list and an "instead of ... say ..." pair.
	 */
	public static final String NIGHT_SHIFT = """
			---
			title: Calm Lines for Night Shifts
			author: Dana Example
			publisher: Example Support Weekly
			date: 2025-03-14
			url: https://example.org/night-shift-calm
			---
			# Calm Lines for Night Shifts

			Night callers are often tired and short of patience, and the agent is too.

			## Three Tips for the Late Shift

			- Greet the caller by name once you have it
			- Say what you will do next before you do it

			## Wording that helps

			Instead of "That is not my department", say "Let me find the right person for this".
			""";

	/** Writes {@link #NIGHT_SHIFT} as {@code dir/name} and returns its path. */
	public static Path nightShift(Path dir, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, NIGHT_SHIFT, StandardCharsets.UTF_8);
		return file;
	}
}
