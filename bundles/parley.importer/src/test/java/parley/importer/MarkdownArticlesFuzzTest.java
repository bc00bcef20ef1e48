package parley.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the article import: the fuzzer's bytes are a Markdown file (front matter and CommonMark body) read by {@link ArticleReaders}. Expected
 * for every input: an {@link Article} with well-formed blocks, or an {@link ArticleException} naming the file;
 * never another exception or more than two seconds ({@link ArticleFuzzing}). Seeds: an article with front matter, headings, nested lists and a quotation; one without front matter; unclosed front matter.
 */
class MarkdownArticlesFuzzTest {

	private static final String FILE = "fuzz/article.md";

	@FuzzTest(maxDuration = "30s")
	void read(byte[] data) {
		ArticleFuzzing.check(FILE, data, ArticleFuzzing.NO_PARSER);
	}
}
