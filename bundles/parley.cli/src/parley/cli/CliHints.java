package parley.cli;

import parley.core.store.NotAPlaybookException;
import parley.core.store.PlaybookLayout;

/**
 * The command line's own next steps for failures of the layers below, which word their messages for every front
 * end and name no command or option (issue 12): here a failure learns which {@code parley} command or option helps.
 */
final class CliHints {

	private CliHints() {
	}

	/** What to run next for {@code failure}, or null when its message says all there is to do. */
	static String of(Throwable failure) {
		if (failure instanceof NotAPlaybookException missing) {
			return switch (missing.reason()) {
			case MISSING, NOT_A_PLAYBOOK -> "Create one with 'parley init " + missing.folder()
					+ "', or point --playbook at an existing playbook folder.";
			case NOT_A_FOLDER -> "Point --playbook at the folder that holds " + PlaybookLayout.ROOT_FILE + ".";
			case ROOT_MISSING -> java.nio.file.Files.isDirectory(missing.folder().resolve(".git"))
					? "('parley init' does not apply here.)"
					: "('parley init' does not apply here; 'parley init --empty --title TITLE OTHER-FOLDER' writes a new "
							+ PlaybookLayout.ROOT_FILE + " to copy, if no backup holds it.)";
			case ROOT_NOT_A_FILE -> null;
			};
		}
		return null;
	}

	/** {@code message} followed by the hint for {@code failure}, if there is one. */
	static String withHint(String message, Throwable failure) {
		String hint = of(failure);
		return hint == null ? message : message + " " + hint;
	}
}
