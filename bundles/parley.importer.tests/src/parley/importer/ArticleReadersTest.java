package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a reader by the file's name, and the refusals every format shares. */
class ArticleReadersTest {

	@Test
	void refusesAnUnsupportedKindNamingTheFileAndTheSupportedKinds() {
		ArticleException e = assertThrows(ArticleException.class,
				() -> ArticleReaders.read("report.pdf", new byte[] { 1, 2, 3 }));
		assertTrue(e.getMessage().startsWith("report.pdf: "), e.getMessage());
		for (String kind : new String[] { ".md", ".markdown", ".html", ".htm", ".txt", ".docx" }) {
			assertTrue(e.getMessage().contains(kind), e.getMessage());
		}
		assertEquals("report.pdf", e.file());
	}

	@Test
	void choosesTheReaderByExtensionIgnoringCase() throws Exception {
		byte[] markdown = "# Heading\n".getBytes(StandardCharsets.UTF_8);
		assertEquals("Heading", ArticleReaders.read("NOTES.MD", markdown).metadata().title());
		byte[] html = "<h1>Heading</h1>".getBytes(StandardCharsets.UTF_8);
		assertEquals("Heading", ArticleReaders.read("page.HTM", html).metadata().title());
	}

	@Test
	void refusesBytesOverTheLimitBeforeDecoding() {
		byte[] big = new byte[(int) ArticleReaders.MAX_BYTES + 1];
		ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read("big.md", big));
		assertTrue(e.getMessage().startsWith("big.md: is too large"), e.getMessage());
	}

	@Test
	void refusesAFileOverTheLimitWithoutReadingIt(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("huge.html");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(ArticleReaders.MAX_BYTES + 1); // sparse: nothing to read
		}
		ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read(file, "huge.html"));
		assertTrue(e.getMessage().contains("too large"), e.getMessage());
	}

	@Test
	void readsAFileFromDisk(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("a.md");
		Files.writeString(file, "# On disk\n");
		assertEquals("On disk", ArticleReaders.read(file, "a.md").metadata().title());
	}

	@Test
	void reportsAMissingFile(@TempDir Path dir) {
		ArticleException e = assertThrows(ArticleException.class,
				() -> ArticleReaders.read(dir.resolve("gone.md"), "gone.md"));
		assertTrue(e.getMessage().startsWith("gone.md: no such file"), e.getMessage());
	}

	@Test
	void reportsInvalidUtf8WithTheByteOffsetAndWhatToDo() {
		byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
		for (String name : new String[] { "cafe.md", "cafe.html" }) {
			ArticleException e = assertThrows(ArticleException.class, () -> ArticleReaders.read(name, latin1));
			assertTrue(e.getMessage().startsWith(name + ": is not valid UTF-8"), e.getMessage());
			assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
			assertTrue(e.getMessage().contains("save it as UTF-8"), e.getMessage());
		}
	}

	@Test
	void ignoresAByteOrderMark() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', ' ', 'T' };
		assertEquals("T", ArticleReaders.read("bom.md", bom).metadata().title());
	}
}
