package parley.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a document into an {@link Article}, choosing the reader by the file's name (.md/.markdown, .html/.htm,
 * .txt, .docx). Every reader refuses hostile or unreadable input with an {@link ArticleException} that names the
 * file and says what to do; files larger than {@link #MAX_BYTES} are refused before they are decoded.
 */
public final class ArticleReaders {

	/** The largest document read, in bytes. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	/** The kinds of document read, for messages. */
	static final String SUPPORTED = "Markdown (.md, .markdown), HTML (.html, .htm), plain text (.txt), Word (.docx)";

	private ArticleReaders() {
	}

	/** Reads {@code file}; {@code name} is how messages name it. */
	public static Article read(Path file, String name) throws ArticleException {
		readerFor(name); // an unsupported kind is refused before the file is opened
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw tooLarge(name, size);
			}
			return read(name, Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			throw new ArticleException(name, "no such file; check the path.", e);
		} catch (IOException e) {
			throw new ArticleException(name, "cannot be read (" + e.getMessage() + "); check that it is a readable file.", e);
		}
	}

	/** Reads a document's bytes; {@code name} decides the format and names it in messages. */
	public static Article read(String name, byte[] bytes) throws ArticleException {
		Reader reader = readerFor(name);
		if (bytes.length > MAX_BYTES) {
			throw tooLarge(name, bytes.length);
		}
		return reader.read(name, bytes);
	}

	/** One format's reader. */
	private interface Reader {
		Article read(String name, byte[] bytes) throws ArticleException;
	}

	private static Reader readerFor(String name) throws ArticleException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
			return MarkdownArticles::read;
		}
		if (lower.endsWith(".html") || lower.endsWith(".htm")) {
			return HtmlArticles::read;
		}
		if (lower.endsWith(".txt")) {
			return TextArticles::read;
		}
		if (lower.endsWith(".docx")) {
			return DocxArticles::read;
		}
		throw new ArticleException(name, "is not a kind of document Parley imports; supported: " + SUPPORTED
				+ ". Save it in one of these formats (Word .doc as .docx, PDF as text or HTML).");
	}

	private static ArticleException tooLarge(String name, long size) {
		return new ArticleException(name, "is too large to import (" + size + " bytes; the limit is " + MAX_BYTES
				+ " bytes, " + MAX_BYTES / (1024 * 1024) + " MB). Split it or import only the part you need.");
	}
}
