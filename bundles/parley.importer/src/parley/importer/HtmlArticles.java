package parley.importer;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/**
 * Reads HTML documents with jsoup. Metadata from {@code <title>}, Open Graph and article {@code <meta>} tags,
 * {@code <time datetime>} and {@code <link rel=canonical>}; the text from the main content ({@code <article>} or
 * {@code <main>}, else the body) without navigation, headers, footers, asides, scripts, styles and forms.
 * Nothing is fetched: the document is parsed from its bytes, links are not followed and HTML has no external
 * entities (jsoup knows only the named character references of HTML).
 */
final class HtmlArticles {

	private static final Set<String> SKIPPED = Set.of("nav", "header", "footer", "aside", "script", "style", "form",
			"noscript", "template", "svg", "math", "iframe", "object", "button", "select", "textarea", "head");
	private static final Set<String> LISTS = Set.of("ul", "ol");
	private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "ul",
			"ol", "div", "section", "article", "main", "table", "tr", "td", "th", "tbody", "thead", "dl", "dt", "dd",
			"figure", "figcaption", "pre", "hr", "br", "body", "details", "summary", "address", "center");
	/** Deeper nesting than this is read as flat text (keeps the tree walk's stack bounded). */
	private static final int MAX_DEPTH = 64;

	private HtmlArticles() {
	}

	static Article read(String name, byte[] bytes) throws ArticleException {
		Document document = Jsoup.parse(Texts.utf8(name, bytes), "");
		Content content = new Content();
		Element root = document.selectFirst("article");
		if (root == null) {
			root = document.selectFirst("main");
		}
		if (root == null) {
			root = document.body();
		}
		content.container(root, 0, 0);
		content.flush();
		return new Article(name, metadata(document, content.blocks), content.blocks);
	}

	private static Article.Metadata metadata(Document document, List<Block> blocks) {
		String title = first(Texts.nonBlank(document.title()), meta(document, "meta[property=og:title]"),
				meta(document, "meta[name=twitter:title]"), blocks.stream()
						.filter(b -> b.kind() == Kind.HEADING && b.level() == 1).map(Block::text).findFirst()
						.orElse(null));
		String author = first(meta(document, "meta[name=author]"), meta(document, "meta[property=article:author]"),
				text(document.selectFirst("[rel=author]")));
		String publisher = first(meta(document, "meta[property=og:site_name]"),
				meta(document, "meta[name=publisher]"), meta(document, "meta[property=article:publisher]"));
		String published = first(meta(document, "meta[property=article:published_time]"),
				attribute(document.selectFirst("time[datetime]"), "datetime"), meta(document, "meta[name=date]"),
				meta(document, "meta[name=dc.date]"), meta(document, "meta[name=DC.date.issued]"));
		String url = first(attribute(document.selectFirst("link[rel=canonical][href]"), "href"),
				meta(document, "meta[property=og:url]"));
		return new Article.Metadata(title, author, publisher, Texts.isoDate(published), url);
	}

	private static String meta(Document document, String query) {
		return attribute(document.selectFirst(query), "content");
	}

	private static String attribute(Element element, String attribute) {
		return element == null ? null : Texts.nonBlank(element.attr(attribute));
	}

	private static String text(Element element) {
		return element == null ? null : Texts.nonBlank(element.text());
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The blocks of the main content, and the loose inline text between them. */
	private static final class Content {

		final List<Block> blocks = new java.util.ArrayList<>();
		private final StringBuilder loose = new StringBuilder();

		/** The children of a container element; {@code lists} counts the enclosing lists. */
		void container(Element parent, int depth, int lists) {
			for (Node node : parent.childNodes()) {
				if (node instanceof TextNode text) {
					loose.append(text.getWholeText());
				} else if (node instanceof Element element) {
					element(element, depth, lists);
				}
			}
		}

		private void element(Element element, int depth, int lists) {
			String tag = element.normalName();
			if (SKIPPED.contains(tag)) {
				return;
			}
			if (!BLOCKS.contains(tag)) {
				loose.append(inline(element, false)); // a, em, span ... in running text
				return;
			}
			flush();
			if (depth >= MAX_DEPTH) {
				add(Kind.PARAGRAPH, 0, inline(element, false));
			} else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
				add(Kind.HEADING, tag.charAt(1) - '0', inline(element, false));
			} else if (tag.equals("p")) {
				add(Kind.PARAGRAPH, 0, inline(element, false));
			} else if (tag.equals("li")) {
				add(Kind.LIST_ITEM, Math.max(1, lists), inline(element, true));
				for (Element nested : element.children()) {
					nestedLists(nested, depth + 1, lists);
				}
			} else if (tag.equals("blockquote")) {
				quote(element);
			} else if (LISTS.contains(tag)) {
				container(element, depth + 1, lists + 1);
			} else {
				container(element, depth + 1, lists);
			}
			flush();
		}

		/** The lists inside a list item (possibly inside a div of it), one level deeper. */
		private void nestedLists(Element element, int depth, int lists) {
			if (SKIPPED.contains(element.normalName()) || depth >= MAX_DEPTH) {
				return;
			}
			if (LISTS.contains(element.normalName())) {
				container(element, depth + 1, lists + 1);
			} else {
				for (Element child : element.children()) {
					nestedLists(child, depth + 1, lists);
				}
			}
		}

		/** A quotation: one block per paragraph in it, or its whole text. */
		private void quote(Element element) {
			List<Element> paragraphs = element.select("p");
			if (paragraphs.isEmpty()) {
				add(Kind.QUOTE, 0, inline(element, false));
			} else {
				for (Element paragraph : paragraphs) {
					add(Kind.QUOTE, 0, inline(paragraph, false));
				}
			}
		}

		/** Loose text gathered since the last block, as a paragraph. */
		void flush() {
			add(Kind.PARAGRAPH, 0, loose.toString());
			loose.setLength(0);
		}

		private void add(Kind kind, int level, String text) {
			String flat = Texts.collapse(text);
			if (!flat.isEmpty()) {
				blocks.add(new Block(kind, level, flat));
			}
		}

		/** The text of an element without skipped elements (and without nested lists when asked). */
		private static String inline(Element element, boolean withoutLists) {
			StringBuilder text = new StringBuilder();
			org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
				@Override
				public FilterResult head(Node node, int depth) {
					if (node instanceof TextNode t) {
						text.append(t.getWholeText());
					} else if (node instanceof Element e && e != element) {
						String tag = e.normalName();
						if (SKIPPED.contains(tag) || withoutLists && LISTS.contains(tag)) {
							return FilterResult.SKIP_ENTIRELY;
						}
						if (BLOCKS.contains(tag)) {
							text.append(' ');
						}
					}
					return FilterResult.CONTINUE;
				}
			}, element);
			return text.toString();
		}
	}
}
