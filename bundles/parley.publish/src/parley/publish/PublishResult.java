package parley.publish;

import java.nio.file.Path;

/**
 * A finished export.
 *
 * @param file    the PDF written
 * @param pages   its page count
 * @param entries how many entries it presents
 * @param bytes   its size
 * @param millis  how long the export took
 * @param unapproved how many of its entries are not approved (each marked DRAFT)
 */
public record PublishResult(Path file, int pages, int entries, long bytes, long millis, int unapproved) {

	/** A result with no unapproved entries. */
	public PublishResult(Path file, int pages, int entries, long bytes, long millis) {
		this(file, pages, entries, bytes, millis, 0);
	}

	/** Pages per second, for the progress line and the benchmark. */
	public double pagesPerSecond() {
		return millis == 0 ? pages : pages * 1000.0 / millis;
	}
}
