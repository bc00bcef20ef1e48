package parley.importer;

/**
 * A document could not be imported: unreadable, too large, not the format its name says, hostile. The message
 * names the file and says what to do. Nothing was changed when it is thrown.
 */
public class ArticleException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;

	public ArticleException(String file, String message) {
		super(file + ": " + message);
		this.file = file;
	}

	public ArticleException(String file, String message, Throwable cause) {
		super(file + ": " + message, cause);
		this.file = file;
	}

	/** The file the problem is in, as given. */
	public String file() {
		return file;
	}
}
