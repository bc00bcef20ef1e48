package parley.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.testsupport.Playbooks;

/**
 * Hostile import files (issue 14, "Hostile files"; docs/INTERCHANGE.md "Limits of an import"): too big, nested too
 * deep, not UTF-8. Each is refused with a problem that says where and what to do, before it is parsed, and without
 * a stack overflow. The fuzz targets ({@code *ImportFuzzTest} in parley.core's src/test/java) try everything else.
 */
class TestHostileImportFiles {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
	private static final JsonImport.Options OPTIONS = new JsonImport.Options(false, false);

	@TempDir
	Path tmp;

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsDecoded() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		byte[] huge = new byte[JsonImport.MAX_BYTES + 1]; // zero bytes: decoding and parsing would each fail later
		long start = System.nanoTime();
		ImportException json = assertThrows(ImportException.class, () -> JsonImport.plan(open.playbook(), "big.json",
				huge, OPTIONS, CLOCK));
		assertEquals("big.json:1:1: the file is 65 MB, more than the 64 MB an import reads; split the playbook or"
				+ " import fewer files at once", json.problems().get(0).toString());
		ImportException csv = assertThrows(ImportException.class, () -> PlaybookCsv.plan(open.playbook(), "in/",
				Map.of("tags.csv", huge), OPTIONS, CLOCK));
		assertEquals("in/tags.csv:1:1: the file is 65 MB, more than the 64 MB an import reads; split the playbook or"
				+ " import fewer files at once", csv.problems().get(0).toString());
		assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "refused without reading the bytes");
	}

	@Test
	void aFolderOverTheLimitTogetherIsRefused() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		byte[] half = new byte[JsonImport.MAX_BYTES / 2 + 1];
		ImportException md = assertThrows(ImportException.class, () -> PlaybookMarkdown.plan(open.playbook(), "docs/",
				Map.of("tags/a.md", half, "tags/b.md", half), OPTIONS, CLOCK));
		assertEquals("docs/:1:1: the folder's 2 files together are 65 MB, more than the 64 MB an import reads; split"
				+ " the playbook or import fewer files at once", md.problems().get(0).toString());
	}

	@Test
	void deepNestingIsAPositionedErrorNotAStackOverflow() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		ImportException arrays = assertThrows(ImportException.class, () -> JsonImport.plan(open.playbook(), "deep.json",
				utf8(deep), OPTIONS, CLOCK));
		assertEquals("deep.json:1:66: not valid JSON: nested more than 64 levels deep; this is not a Parley export",
				arrays.problems().get(0).toString());
		String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
		ImportException nested = assertThrows(ImportException.class, () -> JsonImport.plan(open.playbook(), "deep.json",
				utf8(objects), OPTIONS, CLOCK));
		assertEquals(1, nested.problems().size());
		assertTrue(nested.problems().get(0).message().contains("nested more than 64 levels deep"), nested.getMessage());
		ImportException front = assertThrows(ImportException.class, () -> PlaybookMarkdown.plan(open.playbook(), "docs/",
				Map.of("tags/deep.md", utf8("---\ntitle: \"Deep\"\ncolour: " + deep + "\n---\n")), OPTIONS, CLOCK));
		assertTrue(front.getMessage().contains("docs/tags/deep.md:3:74: the value of 'colour' is not valid JSON: nested"
				+ " more than 64 levels deep"), front.getMessage());
	}

	@Test
	void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		byte[] sheet = { 'i', 'd', ',', 't', 'i', 't', 'l', 'e', '\r', '\n', ',', 'C', (byte) 0xE9, 'l', 'i', 'n', 'e' };
		ImportException csv = assertThrows(ImportException.class, () -> PlaybookCsv.plan(open.playbook(), "in/",
				Map.of("tags.csv", sheet), OPTIONS, CLOCK));
		assertEquals("in/tags.csv:2:3: bytes that are not UTF-8; save the file as UTF-8", csv.problems().get(0).toString());
		byte[] file = { '-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', '"', (byte) 0xC3, '(', '"', '\n' };
		ImportException md = assertThrows(ImportException.class, () -> PlaybookMarkdown.plan(open.playbook(), "docs/",
				Map.of("tags/x.md", file), OPTIONS, CLOCK));
		assertEquals("docs/tags/x.md:2:9: bytes that are not UTF-8; save the file as UTF-8", md.problems().get(0).toString());
	}
}
