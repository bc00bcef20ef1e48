package parley.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;

/**
 * Reads Markdown (CommonMark) documents: a YAML front matter block of simple {@code key: value} lines gives the
 * metadata (title, author, publisher/site/source, date/published, url/canonical/link), otherwise the first level-1
 * heading is the title. Headings, paragraphs, list items (with their nesting depth) and block quotations become
 * blocks of plain text: inline markup is flattened, quotes and other characters are kept as written.
 */
final class MarkdownArticles {

	/** Deeper nesting than this is read as flat text (keeps the tree walk's stack bounded). */
	private static final int MAX_DEPTH = 64;

	private MarkdownArticles() {
	}

	static Article read(String name, byte[] bytes) throws ArticleException {
		String text = Texts.utf8(name, bytes);
		Map<String, String> front = new HashMap<>();
		text = FrontMatter.split(text, front);
		Node document = Parser.builder().build().parse(text);
		List<Block> blocks = new ArrayList<>();
		blocks(document, blocks, 0, 0, false);
		String title = first(front, "title");
		if (title == null) {
			title = blocks.stream().filter(b -> b.kind() == Kind.HEADING && b.level() == 1).map(Block::text)
					.findFirst().orElse(null);
		}
		Article.Metadata metadata = new Article.Metadata(title, first(front, "author", "authors", "by"),
				first(front, "publisher", "site", "source"), Texts.isoDate(first(front, "date", "published")),
				first(front, "url", "canonical", "link"));
		return new Article(name, metadata, blocks);
	}

	private static String first(Map<String, String> front, String... keys) {
		for (String key : keys) {
			String value = Texts.nonBlank(front.get(key));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The blocks of {@code parent}'s children; {@code listDepth} counts the enclosing lists. */
	private static void blocks(Node parent, List<Block> out, int depth, int listDepth, boolean quoted) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (depth >= MAX_DEPTH) {
				add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, text(node));
			} else if (node instanceof Heading heading) {
				add(out, quoted ? Kind.QUOTE : Kind.HEADING, quoted ? 0 : heading.getLevel(), text(node));
			} else if (node instanceof Paragraph) {
				add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, text(node));
			} else if (node instanceof BlockQuote) {
				blocks(node, out, depth + 1, listDepth, true);
			} else if (node instanceof BulletList || node instanceof OrderedList) {
				blocks(node, out, depth + 1, listDepth + 1, quoted);
			} else if (node instanceof ListItem) {
				item(node, out, depth, listDepth, quoted);
			} else if (node instanceof FencedCodeBlock code) {
				add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, code.getLiteral());
			} else if (node instanceof IndentedCodeBlock code) {
				add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, code.getLiteral());
			} else if (!(node instanceof HtmlBlock)) {
				blocks(node, out, depth + 1, listDepth, quoted); // thematic breaks and the like: nothing to read
			}
		}
	}

	/** A list item: its own paragraphs are one item; nested lists and quotations follow as their own blocks. */
	private static void item(Node item, List<Block> out, int depth, int listDepth, boolean quoted) {
		StringBuilder own = new StringBuilder();
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Paragraph || child instanceof Heading) {
				own.append(own.isEmpty() ? "" : " ").append(text(child));
			}
		}
		add(out, quoted ? Kind.QUOTE : Kind.LIST_ITEM, quoted ? 0 : Math.max(1, listDepth), own.toString());
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			if (!(child instanceof Paragraph || child instanceof Heading)) {
				blocksOf(child, out, depth + 1, listDepth, quoted);
			}
		}
	}

	/** The blocks of one child of a list item other than its own text: a nested list, a quotation, code. */
	private static void blocksOf(Node node, List<Block> out, int depth, int listDepth, boolean quoted) {
		if (node instanceof BulletList || node instanceof OrderedList) {
			blocks(node, out, depth + 1, listDepth + 1, quoted);
		} else if (node instanceof BlockQuote) {
			blocks(node, out, depth + 1, listDepth, true);
		} else if (node instanceof FencedCodeBlock code) {
			add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, code.getLiteral());
		} else if (node instanceof IndentedCodeBlock code) {
			add(out, quoted ? Kind.QUOTE : Kind.PARAGRAPH, 0, code.getLiteral());
		}
	}

	private static void add(List<Block> out, Kind kind, int level, String text) {
		String flat = Texts.collapse(text);
		if (flat != null && !flat.isEmpty()) {
			out.add(new Block(kind, level, flat));
		}
	}

	/** The plain text of a node: literals of text and code spans, line breaks as spaces, markup dropped. */
	private static String text(Node node) {
		StringBuilder text = new StringBuilder();
		// iterative walk: inline nesting (emphasis in links in emphasis ...) can be deep in hostile input
		Node current = node.getFirstChild();
		while (current != null) {
			if (current instanceof Text t) {
				text.append(t.getLiteral());
			} else if (current instanceof Code code) {
				text.append(code.getLiteral());
			} else if (current instanceof SoftLineBreak || current instanceof HardLineBreak) {
				text.append(' ');
			} else if (current instanceof FencedCodeBlock code) {
				text.append(code.getLiteral()).append(' ');
			} else if (current instanceof IndentedCodeBlock code) {
				text.append(code.getLiteral()).append(' ');
			}
			if (current.getFirstChild() != null && !(current instanceof HtmlInline)) {
				current = current.getFirstChild();
				continue;
			}
			while (current != null && current != node && current.getNext() == null) {
				current = current.getParent();
				if (current instanceof Paragraph || current instanceof Heading) {
					text.append(' ');
				}
			}
			current = current == null || current == node ? null : current.getNext();
		}
		return text.toString();
	}

	/** A minimal reader of YAML front matter: {@code key: value} lines between {@code ---} lines at the start. */
	static final class FrontMatter {

		private FrontMatter() {
		}

		/** The text after the front matter (all of it if there is none); the keys, lower case, go to {@code into}. */
		static String split(String text, Map<String, String> into) {
			if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
				return text;
			}
			int lineStart = text.indexOf('\n') + 1;
			while (lineStart < text.length()) {
				int end = text.indexOf('\n', lineStart);
				int next = end < 0 ? text.length() : end + 1;
				String line = text.substring(lineStart, end < 0 ? text.length() : end).stripTrailing();
				if (line.equals("---") || line.equals("...")) {
					return text.substring(next);
				}
				int colon = line.indexOf(':');
				if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
					into.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
							unquote(line.substring(colon + 1).strip()));
				}
				lineStart = next;
			}
			into.clear(); // no closing line: not front matter after all
			return text;
		}

		private static String unquote(String value) {
			if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
					|| value.startsWith("'") && value.endsWith("'"))) {
				return value.substring(1, value.length() - 1);
			}
			return value;
		}
	}
}
