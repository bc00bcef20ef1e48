package parley.importer;

import java.util.List;

/**
 * A document as the importer sees it: its metadata and its text as a flat list of blocks in reading order.
 *
 * @param file     the file name it was read from (for messages and the inbox)
 * @param metadata what the document says about itself; fields it does not give are null
 * @param blocks   headings, paragraphs, list items and quotations in document order
 */
public record Article(String file, Metadata metadata, List<Block> blocks) {

	public Article {
		blocks = List.copyOf(blocks);
	}

	/** What a document says about itself (front matter, {@code <meta>}, core properties). Null where not given. */
	public record Metadata(String title, String author, String publisher, String published, String url) {

		public static final Metadata NONE = new Metadata(null, null, null, null, null);

		/** These values, each replaced by {@code other}'s where {@code other} has one (options over the file). */
		public Metadata overriddenBy(Metadata other) {
			return new Metadata(pick(other.title, title), pick(other.author, author), pick(other.publisher, publisher),
					pick(other.published, published), pick(other.url, url));
		}

		private static String pick(String preferred, String fallback) {
			return preferred != null && !preferred.isBlank() ? preferred.strip() : fallback;
		}
	}

	/** One block of text. */
	public record Block(Kind kind, int level, String text) {

		/** What a block is. */
		public enum Kind {
			/** A heading; {@link Block#level()} is 1 for the top level. */
			HEADING,
			/** A paragraph of running text. */
			PARAGRAPH,
			/** One item of a bulleted or numbered list; {@link Block#level()} is its nesting depth, from 1. */
			LIST_ITEM,
			/** A block quotation. */
			QUOTE
		}

		public Block {
			text = text == null ? "" : text.strip();
		}

		public static Block heading(int level, String text) {
			return new Block(Kind.HEADING, level, text);
		}

		public static Block paragraph(String text) {
			return new Block(Kind.PARAGRAPH, 0, text);
		}

		public static Block item(int level, String text) {
			return new Block(Kind.LIST_ITEM, level, text);
		}
	}

	/** The document's text, one block a line (what a Source keeps as its imported text). */
	public String plainText() {
		StringBuilder text = new StringBuilder();
		for (Block block : blocks) {
			if (!block.text().isEmpty()) {
				text.append(block.text()).append('\n');
			}
		}
		return text.toString();
	}
}
