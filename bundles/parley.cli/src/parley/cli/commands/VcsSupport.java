package parley.cli.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.PersonIdent;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.store.OpenPlaybook;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;

/** Shared by the versioning commands: opening the repository and deciding who the author is. */
final class VcsSupport {
	private static final Pattern NAME_EMAIL = Pattern.compile("\\s*(.+?)\\s*<([^>]+)>\\s*");

	private VcsSupport() {
	}

	static PlaybookRepository repository(OpenPlaybook open) {
		try {
			return PlaybookRepository.open(open.folder());
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}

	/**
	 * The author: --author "Name <email>", else $PARLEY_AUTHOR, else git's user.name/user.email, else the
	 * login name.
	 */
	static PersonIdent author(String option, PlaybookRepository repository) {
		String given = option != null ? option : System.getenv("PARLEY_AUTHOR");
		if (given != null && !given.isBlank()) {
			Matcher m = NAME_EMAIL.matcher(given);
			if (!m.matches()) {
				throw new CliException("the author must look like 'Name <email>', not '" + given + "'", ParleyCli.USAGE);
			}
			return new PersonIdent(m.group(1), m.group(2));
		}
		return repository.defaultAuthor();
	}
}
