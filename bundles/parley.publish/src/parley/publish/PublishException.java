package parley.publish;

/** An export that could not be done; the message says why and what to do, and names the file or field. */
public class PublishException extends Exception {

	private static final long serialVersionUID = 1L;

	public PublishException(String message) {
		super(message);
	}

	public PublishException(String message, Throwable cause) {
		super(message, cause);
	}
}
