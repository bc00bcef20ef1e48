package parley.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/** HTML documents: metadata from the head, blocks from the main content only. */
class HtmlArticlesTest {

	private static Article read(String name, String html) throws ArticleException {
		return ArticleReaders.read(name, html.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsMetadataAndTheArticleWithoutNavigationOrScripts() throws Exception {
		Article article = read("queue.html", """
				<!DOCTYPE html>
				<html lang="en"><head>
				<title>When the queue gets loud</title>
				<meta property="og:title" content="When the queue gets loud (og)">
				<meta name="author" content="Tomas Okafor">
				<meta property="og:site_name" content="Service Notes">
				<meta property="article:published_time" content="2024-10-21T16:40:00-04:00">
				<link rel="canonical" href="https://example.org/notes/queue">
				<script>var tracking = "ignore me";</script>
				</head><body>
				<nav><a href="/">Home</a> <a href="/about">About</a></nav>
				<header><p>Subscribe to our newsletter</p></header>
				<article>
				  <h1>When the queue gets loud</h1>
				  <p>A long wait turns <em>patient</em> people into <strong>impatient</strong> ones.
				     Tell them how long it will take.</p>
				  <h2>What helps</h2>
				  <ul>
				    <li>Walk the line and say hello.
				      <ul><li>Make eye contact.</li></ul>
				    </li>
				    <li>Give a realistic time &amp; stick to it.</li>
				  </ul>
				  <blockquote><p>&ldquo;Thanks for waiting &mdash; I know it&rsquo;s been a while.&rdquo;</p></blockquote>
				  <aside>Related: ten tips for queues</aside>
				  <form><input name="q"><button>Search</button></form>
				</article>
				<footer>&copy; Service Notes</footer>
				</body></html>
				""");

		assertEquals(new Article.Metadata("When the queue gets loud", "Tomas Okafor", "Service Notes", "2024-10-21",
				"https://example.org/notes/queue"), article.metadata());
		assertEquals(List.of(Block.heading(1, "When the queue gets loud"),
				Block.paragraph("A long wait turns patient people into impatient ones. Tell them how long it will take."),
				Block.heading(2, "What helps"), Block.item(1, "Walk the line and say hello."),
				Block.item(2, "Make eye contact."), Block.item(1, "Give a realistic time & stick to it."),
				new Block(Kind.QUOTE, 0, "\u201cThanks for waiting \u2014 I know it\u2019s been a while.\u201d")),
				article.blocks());
	}

	@Test
	void fallsBackToTheBodyMetaDateTimeAndOgUrl() throws Exception {
		Article article = read("plain.htm", """
				<html><head><meta property="og:title" content="Apologies that work">
				<meta property="og:url" content="https://example.org/apologies">
				<meta name="date" content="2023-06-30"></head>
				<body><nav>Menu</nav><div>Loose text in a div.<p>A paragraph.</p></div>
				<p>Posted <time datetime="2023-07-01">July 1</time></p></body></html>
				""");
		assertEquals(new Article.Metadata("Apologies that work", null, null, "2023-07-01",
				"https://example.org/apologies"), article.metadata());
		assertEquals(List.of(Block.paragraph("Loose text in a div."), Block.paragraph("A paragraph."),
				Block.paragraph("Posted July 1")), article.blocks());
	}

	@Test
	void takesTheMainElementWhenThereIsNoArticle() throws Exception {
		Article article = read("m.html", "<body><header>Top</header><main><h1>Inside</h1></main><p>Outside</p></body>");
		assertEquals(List.of(Block.heading(1, "Inside")), article.blocks());
		assertEquals("Inside", article.metadata().title());
	}

	@Test
	void resolvesNoExternalEntityAndFetchesNothing() throws Exception {
		Article article = read("x.html", """
				<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<html><body><p>&x;</p><img src="file:///etc/passwd"><iframe src="http://example.invalid/"></iframe></body></html>
				""");
		assertFalse(article.plainText().contains("root:"), article.plainText());
	}

	@Test
	void readsDeeplyNestedElementsWithoutOverflowingTheStack() throws Exception {
		Article article = read("deep.html", "<div>".repeat(20_000) + "<p>deep</p>");
		assertEquals("deep", article.plainText().strip());
	}
}
