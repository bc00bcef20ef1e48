package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/** Markdown documents: front matter or first heading as metadata, blocks of plain text. */
class MarkdownArticlesTest {

	private static Article read(String name, String markdown) throws ArticleException {
		return ArticleReaders.read(name, markdown.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsFrontMatterAndBlocksAsPlainText() throws Exception {
		Article article = read("lowering-the-temperature.md", """
				---
				title: "Lowering the temperature"
				author: Priya Nandakumar
				site: The Front Desk Journal
				date: 2025-02-07T08:15:00+01:00
				canonical: https://example.org/front-desk/lowering-the-temperature
				tags: [service, calm]
				---
				# Lowering the temperature

				When a caller is *angry*, the first job is **not** to solve the problem but to show
				you heard it. Say `I hear you` only if you mean it.

				## Three habits

				1. Slow your own voice down.
				   - Breathe out before you answer.
				2. Repeat the facts back.

				> \u201cYou\u2019re right, that should not have happened.\u201d
				> It costs nothing to say.

				See [the checklist](https://example.org/checklist) for more.
				""");

		assertEquals(new Article.Metadata("Lowering the temperature", "Priya Nandakumar", "The Front Desk Journal",
				"2025-02-07", "https://example.org/front-desk/lowering-the-temperature"), article.metadata());
		assertEquals(List.of(Block.heading(1, "Lowering the temperature"),
				Block.paragraph("When a caller is angry, the first job is not to solve the problem but to show you "
						+ "heard it. Say I hear you only if you mean it."),
				Block.heading(2, "Three habits"), Block.item(1, "Slow your own voice down."),
				Block.item(2, "Breathe out before you answer."), Block.item(1, "Repeat the facts back."),
				new Block(Kind.QUOTE, 0,
						"\u201cYou\u2019re right, that should not have happened.\u201d It costs nothing to say."),
				Block.paragraph("See the checklist for more.")), article.blocks());
	}

	@Test
	void takesTheFirstLevelOneHeadingAsTitleWithoutFrontMatter() throws Exception {
		Article article = read("notes.markdown", """
				Intro line before any heading.

				# Saying no kindly

				## Offer what you can
				Text.
				""");
		assertEquals(new Article.Metadata("Saying no kindly", null, null, null, null), article.metadata());
		assertEquals(Block.paragraph("Intro line before any heading."), article.blocks().get(0));
	}

	@Test
	void keepsADateThatDoesNotParseAsWritten() throws Exception {
		Article article = read("a.md", "---\npublished: early spring 2024\nsource: Team wiki\nlink: https://w/x\n---\nBody\n");
		assertEquals(new Article.Metadata(null, null, "Team wiki", "early spring 2024", "https://w/x"),
				article.metadata());
	}

	@Test
	void normalisesWrittenDates() throws Exception {
		assertEquals("2024-03-05", read("a.md", "---\ndate: 5 March 2024\n---\nx").metadata().published());
		assertEquals("2024-03-05", read("a.md", "---\ndate: March 5, 2024\n---\nx").metadata().published());
		assertEquals("2024-03-05", read("a.md", "---\ndate: '2024-03-05'\n---\nx").metadata().published());
	}

	@Test
	void readsAnUnclosedFrontMatterAsText() throws Exception {
		Article article = read("open.md", "---\ntitle: never closed\n");
		assertEquals(null, article.metadata().author());
		assertEquals("title: never closed", article.blocks().get(0).text());
	}

	@Test
	void readsDeeplyNestedQuotationsWithoutOverflowingTheStack() throws Exception {
		Article article = read("deep.md", ">".repeat(100_000) + " deep\n");
		assertEquals(1, article.blocks().size());
		Block quote = article.blocks().get(0);
		assertEquals(Kind.QUOTE, quote.kind());
		assertTrue(quote.text().endsWith("deep"), "the quoted text is kept");
	}
}
