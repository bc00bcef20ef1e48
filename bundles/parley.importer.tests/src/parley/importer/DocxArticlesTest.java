package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/** Word documents: metadata, blocks by style, and hostile archives (zip bombs, external entities). */
class DocxArticlesTest {

	private static final String CORE = DocxFiles.core("Calm at the counter", "Dana Whitfield", "2025-03-14T09:30:00Z");
	private static final String APP = DocxFiles.app("Riverside Library Services");

	@Test
	void readsCorePropertiesCompanyAndBlocksByStyle() throws Exception {
		String body = DocxFiles.p("Title", "Calm at the counter")
				+ DocxFiles.p(null, "Most complaints start small and grow when nobody listens.")
				+ DocxFiles.p("Heading1", "Listen first")
				+ DocxFiles.item(0, "Let the visitor finish.")
				+ DocxFiles.item(1, "Do not interrupt, even to help.")
				+ DocxFiles.p("Heading2", "Then name the problem")
				+ DocxFiles.p("Quote", "\u201cSo the card was charged twice \u2014 let me fix that.\u201d");
		Article article = ArticleReaders.read("counter.docx",
				DocxFiles.docx(DocxFiles.document(body), CORE, APP));

		assertEquals(new Article.Metadata("Calm at the counter", "Dana Whitfield", "Riverside Library Services",
				"2025-03-14", null), article.metadata());
		assertEquals(List.of(Block.heading(1, "Calm at the counter"),
				Block.paragraph("Most complaints start small and grow when nobody listens."),
				Block.heading(1, "Listen first"), Block.item(1, "Let the visitor finish."),
				Block.item(2, "Do not interrupt, even to help."), Block.heading(2, "Then name the problem"),
				new Block(Kind.QUOTE, 0, "\u201cSo the card was charged twice \u2014 let me fix that.\u201d")),
				article.blocks());
	}

	@Test
	void takesTheTitleFromTheFirstHeadingWhenThePropertiesHaveNone() throws Exception {
		String body = DocxFiles.p("Heading1", "Closing the call") + DocxFiles.p(null, "Summarise what happens next.");
		Article article = ArticleReaders.read("closing.docx", DocxFiles.docx(DocxFiles.document(body),
				DocxFiles.core("", "", "2024-11-02T18:00:00Z"), DocxFiles.app("")));
		assertEquals(new Article.Metadata("Closing the call", null, null, "2024-11-02", null), article.metadata());
	}

	@Test
	void refusesAFileThatIsNotAZipArchive() {
		ArticleException e = assertThrows(ArticleException.class,
				() -> ArticleReaders.read("notes.docx", "just some text".getBytes(StandardCharsets.UTF_8)));
		assertTrue(e.getMessage().startsWith("notes.docx: "), e.getMessage());
		assertTrue(e.getMessage().contains(".docx"), e.getMessage());
	}

	@Test
	void refusesAZipThatIsNotAWordDocument() throws Exception {
		byte[] zip = DocxFiles.zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)));
		ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read("other.docx", zip));
		assertTrue(e.getMessage().contains("save it again as .docx"), e.getMessage());
	}

	@Test
	void refusesAZipBombThatUnpacksToMoreThanTheLimit() throws Exception {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("word/media/huge.bin", new byte[70 * 1024 * 1024]);
		ArticleException e = assertThrows(ArticleException.class,
				() -> ArticleReaders.read("bomb.docx", DocxFiles.zip(parts)));
		assertTrue(e.getMessage().startsWith("bomb.docx: was refused"), e.getMessage());
		assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
	}

	@Test
	void refusesAnArchiveThatInflatesFarBeyondItsSize() throws Exception {
		byte[] docx = DocxFiles.docx(DocxFiles.document(DocxFiles.p(null, " ".repeat(5 * 1024 * 1024))), CORE, APP);
		ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read("spaces.docx", docx));
		assertTrue(e.getMessage().contains("times its size"), e.getMessage());
	}

	@Test
	void refusesAnArchiveWithTooManyParts() throws Exception {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		for (int i = 0; i <= DocxLimits.MAX_ENTRIES; i++) {
			parts.put("part" + i + ".xml", new byte[0]);
		}
		ArticleException e = assertThrows(ArticleException.class,
				() -> ArticleReaders.read("many.docx", DocxFiles.zip(parts)));
		assertTrue(e.getMessage().contains("more than " + DocxLimits.MAX_ENTRIES + " parts"), e.getMessage());
	}

	@Test
	void neverIncludesALocalFileNamedByAnExternalEntityInTheDocument(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \""
				+ secret.toUri() + "\">]><w:document xmlns:w=\"" + DocxFiles.W + "\"><w:body>"
				+ DocxFiles.p(null, "&x;") + "</w:body></w:document>";
		assertNoSecret("xxe.docx", DocxFiles.docx(document, CORE, APP));
	}

	@Test
	void neverIncludesALocalFileNamedByAnExternalEntityInTheProperties(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		String core = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE cp:coreProperties [<!ENTITY x SYSTEM \""
				+ secret.toUri() + "\">]>" + DocxFiles.core("&x;", "Eve", "2025-01-01T00:00:00Z")
						.replaceFirst("^<\\?xml[^>]*\\?>", "");
		assertNoSecret("xxe-core.docx", DocxFiles.docx(DocxFiles.document(DocxFiles.p(null, "Hello")), core, APP));
	}

	@Test
	void refusesOrIgnoresEntityExpansion() throws Exception {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"laugh\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\"" + DocxFiles.W
				+ "\"><w:body>" + DocxFiles.p(null, "&a9;") + "</w:body></w:document>";
		byte[] docx = DocxFiles.docx(document, CORE, APP);
		try {
			Article article = ArticleReaders.read("laughs.docx", docx);
			assertFalse(article.plainText().contains("laughlaugh"), "entities were expanded");
		} catch (ArticleException refused) {
			assertTrue(refused.getMessage().startsWith("laughs.docx: "), refused.getMessage());
		}
	}

	/** Fuzzing finding: an entry's unknown extra field makes commons-compress load commons-lang3 (NoClassDefFoundError). */
	@Test
	void refusesABrokenEntryWithAnUnknownExtraField() {
		byte[] zip = java.util.HexFormat.of().parseHex(
				"504b03040000000000000000000000000000000000000000000000000800000000000800000000000000000000000800000000000000000000100008000000000008000000000000000000000008000000000000000000001000");
		ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read("extra.docx", zip));
		assertTrue(e.getMessage().startsWith("extra.docx: "), e.getMessage());
	}

	@Test
	void refusesOrReadsDeeplyNestedTablesWithoutOverflowingTheStack() throws Exception {
		int depth = 15_000; // under a megabyte unpacked: past DocxLimits, into POI
		String open = "<w:tbl><w:tr><w:tc>";
		String close = "<w:p/></w:tc></w:tr></w:tbl>";
		String body = open.repeat(depth) + DocxFiles.p(null, "innermost") + close.repeat(depth);
		byte[] docx = DocxFiles.docx(DocxFiles.document(body), CORE, APP);
		try {
			ArticleReaders.read("nested.docx", docx);
		} catch (ArticleException refused) {
			assertTrue(refused.getMessage().startsWith("nested.docx: "), refused.getMessage());
		}
	}

	private static void assertNoSecret(String name, byte[] docx) throws IOException {
		try {
			Article article = ArticleReaders.read(name, docx);
			assertFalse(article.plainText().contains("TOP-SECRET"), "the entity's file was read");
			assertFalse(String.valueOf(article.metadata()).contains("TOP-SECRET"), "the entity's file was read");
		} catch (ArticleException refused) {
			assertTrue(refused.getMessage().startsWith(name + ": "), refused.getMessage());
			assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
		}
	}
}
