package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import parley.fuzzchecks.FuzzChecks;
import parley.importer.Article.Block;

/**
 * What the article reader fuzz targets share: for any bytes, {@link ArticleReaders#read(String, byte[])} gives an
 * {@link Article} or an {@link ArticleException} naming the file, within two seconds, never another exception.
 */
final class ArticleFuzzing {

	/** Markdown and HTML refusals are the readers' own (no cause below them is a parser's report). */
	static final Predicate<Throwable> NO_PARSER = cause -> false;
	/**
	 * A Word refusal wraps what Apache POI or the zip reader reported about the archive; those causes are the
	 * parser's report of the bad input (the reader catches every failure of POI and refuses the file).
	 */
	static final Predicate<Throwable> POI = cause -> true;

	private ArticleFuzzing() {
	}

	static void check(String name, byte[] data, Predicate<Throwable> report) {
		FuzzChecks.Outcome<Article> outcome = FuzzChecks.bounded("reading " + name,
				() -> ArticleReaders.read(name, data));
		if (outcome.error() != null) {
			FuzzChecks.assertClearError(outcome.error(), ArticleException.class, report, name);
			return;
		}
		Article article = outcome.value();
		assertEquals(name, article.file());
		assertNotNull(article.metadata());
		for (Block block : article.blocks()) {
			assertTrue(!block.text().isEmpty(), () -> "an empty block: " + block);
			switch (block.kind()) {
			case HEADING -> assertTrue(block.level() >= 1 && block.level() <= 6, () -> "heading level: " + block);
			case LIST_ITEM -> assertTrue(block.level() >= 1, () -> "list level: " + block);
			default -> assertEquals(0, block.level(), () -> "level of " + block);
			}
		}
		article.plainText();
	}
}
