package parley.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the article import: the fuzzer's bytes are a Word .docx file (a zip archive) read by {@link ArticleReaders}. Expected
 * for every input: an {@link Article} with well-formed blocks, or an {@link ArticleException} naming the file;
 * never another exception or more than two seconds ({@link ArticleFuzzing}). Seeds: a small document with core and extended properties, a title, headings, list items and a quotation; one without properties.
 */
class DocxArticlesFuzzTest {

	private static final String FILE = "fuzz/article.docx";

	@FuzzTest(maxDuration = "30s")
	void read(byte[] data) {
		ArticleFuzzing.check(FILE, data, ArticleFuzzing.POI);
	}
}
