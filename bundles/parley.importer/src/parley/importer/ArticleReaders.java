package parley.importer;

import java.nio.file.Path;

/**
 * Reads a document into an {@link Article}, choosing the reader by the file's name (.md/.markdown, .html/.htm,
 * .txt, .docx).
 */
public final class ArticleReaders {

	/** The largest document read, in bytes. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	private ArticleReaders() {
	}

	/** Reads {@code file}; {@code name} is how messages name it. */
	public static Article read(Path file, String name) throws ArticleException {
		throw new ArticleException(name, "not yet");
	}

	/** Reads a document's bytes; {@code name} decides the format and names it in messages. */
	public static Article read(String name, byte[] bytes) throws ArticleException {
		throw new ArticleException(name, "not yet");
	}
}
