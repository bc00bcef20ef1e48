package parley.ui;

import parley.vcs.InvalidInputException;
import parley.vcs.MergeInProgressException;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;

/**
 * The workbench's words for a versioning failure: {@code parley.vcs} says what happened; this adds where in
 * the workbench the person goes next, chosen by the failure's type (the command line has its own words).
 */
public final class VersionHints {

	private VersionHints() {
	}

	/** The message to show for a failure. */
	public static String message(VcsException failure) {
		String said = failure.getMessage() == null ? failure.toString() : failure.getMessage();
		if (failure instanceof MergeInProgressException e) {
			return e.readable() ? said + " Open Versions > Merge conflicts…, settle them and finish (or abort) the merge."
					: said + " Give the merge up with Abort in Versions > Merge conflicts….";
		}
		if (failure instanceof UnversionedChangesException e && e.unversioned().isEmpty()) {
			return said + " Use Versions > Save version….";
		}
		if (failure instanceof InvalidInputException e && e.input() == InvalidInputException.Input.AUTHOR) {
			return Character.toUpperCase(said.charAt(0)) + said.substring(1) + " (the PARLEY_AUTHOR variable); fix or unset it.";
		}
		return said;
	}
}
