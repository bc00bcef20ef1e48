package parley.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the article import: the fuzzer's bytes are a plain-text file read by {@link ArticleReaders}
 * (leading metadata lines, headings told from paragraphs by their shape, bulleted and numbered items, strict
 * UTF-8). Expected for every input: an {@link Article} with well-formed blocks, or an {@link ArticleException}
 * naming the file; never another exception or more than two seconds ({@link ArticleFuzzing}). Seeds: an article
 * with a title, a byline, headings, a numbered list and quoted speech; text without blank lines; invalid UTF-8.
 */
class TextArticlesFuzzTest {

	private static final String FILE = "fuzz/article.txt";

	@FuzzTest(maxDuration = "30s")
	void read(byte[] data) {
		ArticleFuzzing.check(FILE, data, ArticleFuzzing.NO_PARSER);
	}
}
