package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/** The plain-text reader: blocks, metadata, encoding and size checks. */
class TextArticlesTest {

	private static Article read(String text) throws ArticleException {
		return TextArticles.read("note.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void linesBecomeHeadingsParagraphsAndItems() throws ArticleException {
		Article article = read("""
				Calls go better when you slow down. Here is how.
				Breathe Before You Answer
				A slow breath gives you a second to choose your words.
				- Count to three
				  * Then speak
				2. Smile while talking
				• Keep notes
				""");
		List<Block> blocks = article.blocks();
		assertEquals(List.of(Block.paragraph("Calls go better when you slow down. Here is how."),
				Block.heading(2, "Breathe Before You Answer"),
				Block.paragraph("A slow breath gives you a second to choose your words."), Block.item(1, "Count to three"),
				Block.item(2, "Then speak"), Block.item(1, "Smile while talking"), Block.item(1, "Keep notes")), blocks);
		assertNull(article.metadata().title(), "a leading paragraph is no title");
	}

	@Test
	void questionsAndLinesEndingInPunctuationAreParagraphs() throws ArticleException {
		Article article = read("Why does it matter?\nShort and done.\nWait for it:\nYou may leave. Read the rules first\n");
		assertTrue(article.blocks().stream().allMatch(b -> b.kind() == Kind.PARAGRAPH));
	}

	@Test
	void navigationLinesAreLeftOut() throws ArticleException {
		Article article = read("First paragraph here.\nRelated Blog: Ten Other Things\nRead more: elsewhere\nLast one.\n");
		assertEquals(List.of("First paragraph here.", "Last one."),
				article.blocks().stream().map(Block::text).toList());
	}

	@Test
	void hardWrappedParagraphsAreJoined() throws ArticleException {
		Article article = read("When a caller is upset, let them\nfinish before you reply.\n");
		assertEquals(List.of(Block.paragraph("When a caller is upset, let them finish before you reply.")),
				article.blocks());
	}

	@Test
	void leadingFieldsAreMetadata() throws ArticleException {
		Article article = read("""
				Title: Handling Complaints
				By Dana Reyes
				Publisher: Help Desk Weekly
				Date: 2024-03-01
				URL: https://example.org/complaints

				Complaints are gifts.
				""");
		assertEquals(new Article.Metadata("Handling Complaints", "Dana Reyes", "Help Desk Weekly", "2024-03-01",
				"https://example.org/complaints"), article.metadata());
		assertEquals(List.of(Block.paragraph("Complaints are gifts.")), article.blocks());
	}

	@Test
	void aFirstHeadingOfSeveralWordsIsTheTitle() throws ArticleException {
		Article article = read("\uFEFFCalm Calls: A Short Guide\n\nStay calm.\n");
		assertEquals("Calm Calls: A Short Guide", article.metadata().title());
		assertEquals(Block.heading(1, "Calm Calls: A Short Guide"), article.blocks().get(0));
		assertNull(read("Featured\nText follows here.\n").metadata().title(), "one word is no title");
	}

	@Test
	void invalidUtf8IsRefusedWithAHint() {
		byte[] latin1 = "Caf\u00e9 talk".getBytes(StandardCharsets.ISO_8859_1);
		ArticleException e = assertThrows(ArticleException.class, () -> TextArticles.read("cafe.txt", latin1));
		assertTrue(e.getMessage().startsWith("cafe.txt: "), e.getMessage());
		assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
	}

	@Test
	void tooLargeIsRefused() {
		byte[] big = new byte[(int) ArticleReaders.MAX_BYTES + 1];
		ArticleException e = assertThrows(ArticleException.class, () -> TextArticles.read("big.txt", big));
		assertEquals("big.txt", e.file());
	}
}
