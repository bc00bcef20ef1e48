package parley.core.curation;

/**
 * A curation step that may not happen; the message names the entry, says why, and what to do instead.
 * Subclasses mark the failures a front end treats differently.
 */
public class CurationException extends Exception {

	private static final long serialVersionUID = 1L;

	public CurationException(String message) {
		super(message);
	}

	/** The step is not allowed from the entry's current state (approving a draft, say). */
	public static final class IllegalTransition extends CurationException {
		private static final long serialVersionUID = 1L;

		public IllegalTransition(String message) {
			super(message);
		}
	}

	/** The playbook requires four eyes and the approver last edited the entry: someone else must approve it. */
	public static final class FourEyes extends CurationException {
		private static final long serialVersionUID = 1L;

		public FourEyes(String message) {
			super(message);
		}
	}
}
