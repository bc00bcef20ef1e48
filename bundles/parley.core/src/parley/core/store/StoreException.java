package parley.core.store;

/**
 * A playbook folder could not be read or written. Subclasses name the failures a caller can act on;
 * every message says which file is concerned and what the user can do.
 */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
