package parley.core.interchange;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.store.PlaybookLayout;

/**
 * Fuzz target of issue 14, the Markdown import: the fuzzer's bytes are a folder with one Markdown file (front
 * matter and body), as {@code parley import markdown --dry-run} reads it, planned against the starter playbook by
 * {@link PlaybookMarkdown#plan}. When the first line of the input is a file's path ({@code playbook.md},
 * {@code phrases/x.md}) the rest is that file, otherwise the whole input is {@code techniques/fuzzed.md}. Expected
 * for every input: as {@link JsonImportFuzzTest}, problems naming the file, line and column. Seeds: small files
 * of each type, broken front matter.
 */
class MarkdownImportFuzzTest {

	private static final String FOLDER = "fuzz/";

	@FuzzTest(maxDuration = "30s")
	void plan(byte[] data) throws Exception {
		Map<String, byte[]> files = ImportFuzzing.folder(data, "techniques/fuzzed.md", MarkdownImportFuzzTest::isPath);
		ImportFuzzing.check("planning a Markdown import", FOLDER, live -> PlaybookMarkdown.plan(live, FOLDER, files,
				new JsonImport.Options(data.length % 2 == 1, data.length % 3 == 1), ImportFuzzing.CLOCK));
	}

	/** {@code playbook.md} or a {@code .md} file right in a type's folder, as the CLI reads them. */
	static boolean isPath(String name) {
		if (name.equals("playbook.md")) {
			return true;
		}
		int slash = name.indexOf('/');
		return slash > 0 && name.endsWith(".md") && name.indexOf('/', slash + 1) < 0 && name.length() > slash + 4
				&& PlaybookLayout.KINDS.stream().anyMatch(k -> k.folder().equals(name.substring(0, slash)));
	}

	@AfterAll
	static void tearDown() throws IOException {
		ImportFuzzing.tearDown();
	}
}
