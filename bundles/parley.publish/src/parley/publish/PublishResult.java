package parley.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished export.
 *
 * @param file    the PDF written
 * @param pages   its page count
 * @param entries how many entries it presents
 * @param bytes   its size
 * @param millis  how long the export took
 * @param unapproved how many of its entries are not approved (each marked DRAFT)
 * @param warnings   what the reader should know about the document, one line each: characters that could not
 *                   be printed because no font has them (entry, field, characters); empty when all is well
 */
public record PublishResult(Path file, int pages, int entries, long bytes, long millis, int unapproved,
		List<String> warnings) {

	public PublishResult {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** A result without warnings. */
	public PublishResult(Path file, int pages, int entries, long bytes, long millis, int unapproved) {
		this(file, pages, entries, bytes, millis, unapproved, List.of());
	}

	/** A result with no unapproved entries and no warnings. */
	public PublishResult(Path file, int pages, int entries, long bytes, long millis) {
		this(file, pages, entries, bytes, millis, 0);
	}

	/** Pages per second, for the progress line and the benchmark. */
	public double pagesPerSecond() {
		return millis == 0 ? pages : pages * 1000.0 / millis;
	}
}
