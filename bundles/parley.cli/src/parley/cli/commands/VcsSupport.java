package parley.cli.commands;

import parley.cli.CliException;
import parley.core.store.OpenPlaybook;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;

/**
 * Shared by the versioning commands: opening the repository and deciding who the author is (the rule is
 * {@link Authors}'s: --author, else $PARLEY_AUTHOR, else git's configuration).
 */
final class VcsSupport {

	private VcsSupport() {
	}

	static PlaybookRepository repository(OpenPlaybook open) {
		try {
			return PlaybookRepository.open(open.folder());
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}

	/** The author: --author "Name &lt;email&gt;", else $PARLEY_AUTHOR, else git's user.name/user.email, else the login name. */
	static Author author(String option, PlaybookRepository repository) {
		try {
			return Authors.resolve(option, null, repository);
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
