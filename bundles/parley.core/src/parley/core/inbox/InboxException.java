package parley.core.inbox;

/** A candidate cannot be found or settled as asked; the message says why and what to do. Nothing changed. */
public class InboxException extends Exception {

	private static final long serialVersionUID = 1L;

	public InboxException(String message) {
		super(message);
	}
}
