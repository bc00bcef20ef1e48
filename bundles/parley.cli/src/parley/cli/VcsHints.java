package parley.cli;

import parley.vcs.InvalidInputException;
import parley.vcs.MergeInProgressException;
import parley.vcs.NoSuchVersionException;
import parley.vcs.RemoteRejectedException;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;

/**
 * The command line's words for a versioning failure: {@code parley.vcs} says what happened without naming
 * commands or options; this adds which command or option the person uses next, chosen by the failure's type.
 */
final class VcsHints {

	private VcsHints() {
	}

	/** The message to print for a failure (the failure's own message when no hint applies). */
	static String message(Exception failure) {
		String said = failure.getMessage();
		if (failure instanceof NoSuchVersionException e) {
			return "There is no version '" + e.revision() + "'; use a commit id from 'parley history', a release name,"
					+ " or HEAD, HEAD~1 ...";
		}
		if (failure instanceof MergeInProgressException e) {
			return e.readable() ? "A merge is waiting for conflicts to be resolved; see 'parley conflicts', then"
					+ " 'parley resolve', then 'parley commit'."
					: said + " To give the merge up: 'parley sync --abort'.";
		}
		if (failure instanceof RemoteRejectedException e && e.remoteMoved()) {
			return "The shared playbook got new versions while you were syncing; run 'parley sync' again to merge them.";
		}
		if (failure instanceof UnversionedChangesException e) {
			return e.unversioned().isEmpty()
					? "The playbook has changes that are not saved as a version; save them with 'parley commit -m ...'"
							+ " (or undo them with 'parley restore --from HEAD') before syncing."
					: said.replace(UnversionedChangesException.KEEP_OR_DISCARD, "Nothing was restored. Keep them with"
							+ " 'parley commit -m ...' first, or restore again with --discard-unversioned.");
		}
		if (failure instanceof InvalidInputException e) {
			return switch (e.input()) {
			case MESSAGE -> said.replaceFirst("\\.$", "; give one with -m.");
			case VALUE -> said.replace("keep yours or take theirs", "choose --mine or --theirs");
			case AUTHOR, RELEASE_NAME -> said;
			};
		}
		return said;
	}

	/** The exit code: a value that cannot be used is a usage error. */
	static int exitCode(Exception failure) {
		return failure instanceof InvalidInputException e && (e.input() == InvalidInputException.Input.AUTHOR
				|| e.input() == InvalidInputException.Input.RELEASE_NAME) ? ParleyCli.USAGE : ParleyCli.FAILED;
	}

	/**
	 * What stands behind the printed message: the failure itself when the message still says what it said,
	 * else its cause (so the failure's own wording is not printed again as a cause).
	 */
	static Throwable cause(Exception failure, String message) {
		if (!(failure instanceof VcsException) || failure.getMessage() == null || message.contains(failure.getMessage())) {
			return failure;
		}
		return failure.getCause();
	}
}
