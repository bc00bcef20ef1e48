package parley.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the article import: the fuzzer's bytes are an HTML page read by {@link ArticleReaders}. Expected
 * for every input: an {@link Article} with well-formed blocks, or an {@link ArticleException} naming the file;
 * never another exception or more than two seconds ({@link ArticleFuzzing}). Seeds: an article page with Open Graph metadata, navigation and a nested list; a page without article or main; broken markup.
 */
class HtmlArticlesFuzzTest {

	private static final String FILE = "fuzz/article.html";

	@FuzzTest(maxDuration = "30s")
	void read(byte[] data) {
		ArticleFuzzing.check(FILE, data, ArticleFuzzing.NO_PARSER);
	}
}
