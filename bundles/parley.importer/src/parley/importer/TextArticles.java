package parley.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.importer.Article.Block;
import parley.importer.Article.Metadata;

/**
 * Reads a plain-text article (UTF-8) into an {@link Article}: one block a line, as text copied from a web page comes.
 * <ul>
 * <li>A line starting with {@code -}, {@code *}, {@code •} or a number and {@code .} or {@code )} is a list item;
 * its indentation (two spaces or a tab a level) gives its level.</li>
 * <li>A short line (at most {@value #HEADING_MAX_WORDS} words) that starts with a capital or a digit, holds one
 * sentence and does not end in punctuation is a heading (level 2). Questions are read as paragraphs.</li>
 * <li>A line starting in lower case continues the block before it when that block does not end a sentence
 * (hard-wrapped text); a heading so continued becomes a paragraph.</li>
 * <li>Navigation lines such as {@code Related Blog: ...}, {@code Read more: ...} or {@code See also: ...} are left
 * out: they are links to other pages, not part of the article.</li>
 * <li>Leading {@code Title:}, {@code Author:} (or {@code By Name}), {@code Publisher:}, {@code Date:} and
 * {@code URL:} lines are metadata, not blocks. Without a {@code Title:} line, a first line that is a heading of at
 * least three words is the title (and stays as a level 1 heading); otherwise the title is left unknown.</li>
 * </ul>
 */
public final class TextArticles {

	/** The most words a heading line has. */
	static final int HEADING_MAX_WORDS = 16;

	private static final Pattern ITEM = Pattern.compile("^([ \\t]*)(?:[-*•‣◦▪]|\\d{1,3}[.)])[ \\t]+(\\S.*)$");
	private static final Pattern FIELD = Pattern.compile(
			"^(title|author|authors|publisher|date|published|url|source)\\s*:\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern BYLINE = Pattern.compile("^[Bb]y\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,5})$");
	private static final Pattern NAVIGATION = Pattern.compile(
			"^(related( blog| post| article| reading)?|read more|read also|see also|you may also like|recommended( reading)?)\\s*:.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

	private TextArticles() {
	}

	/**
	 * Reads {@code bytes} as a plain-text article.
	 *
	 * @param name how messages and the article name the file
	 * @throws ArticleException if it is larger than {@link ArticleReaders#MAX_BYTES} or not valid UTF-8
	 */
	public static Article read(String name, byte[] bytes) throws ArticleException {
		if (bytes.length > ArticleReaders.MAX_BYTES) {
			throw new ArticleException(name, "is larger than " + ArticleReaders.MAX_BYTES / (1024 * 1024)
					+ " MB; split it or import only the article's text.");
		}
		String text = decode(name, bytes);
		List<String> lines = text.lines().map(String::stripTrailing).toList();
		int start = 0;
		String[] fields = new String[5];
		while (start < lines.size()) {
			String line = lines.get(start).strip();
			if (!line.isEmpty() && !readField(line, fields)) {
				break;
			}
			start++;
		}
		List<Block> blocks = blocks(lines.subList(start, lines.size()));
		if (fields[0] == null && !blocks.isEmpty() && blocks.get(0).kind() == Block.Kind.HEADING
				&& words(blocks.get(0).text()) >= 3) {
			fields[0] = blocks.get(0).text();
			blocks.set(0, Block.heading(1, fields[0]));
		}
		return new Article(name, new Metadata(fields[0], fields[1], fields[2], fields[3], fields[4]), blocks);
	}

	/** Strict UTF-8, without a leading byte order mark. */
	private static String decode(String name, byte[] bytes) throws ArticleException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		String text;
		try {
			text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new ArticleException(name, "is not valid UTF-8 text; open it in an editor and save it as UTF-8.", e);
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Stores a leading metadata line in {@code fields} (title, author, publisher, date, url); false if it is none. */
	private static boolean readField(String line, String[] fields) {
		Matcher byline = BYLINE.matcher(line);
		if (byline.matches()) {
			return store(fields, 1, byline.group(1));
		}
		Matcher field = FIELD.matcher(line);
		if (!field.matches()) {
			return false;
		}
		String value = field.group(2).strip();
		return switch (field.group(1).toLowerCase(Locale.ROOT)) {
		case "title" -> store(fields, 0, value);
		case "author", "authors" -> store(fields, 1, value);
		case "publisher" -> store(fields, 2, value);
		case "date", "published" -> store(fields, 3, value);
		default -> value.matches("(?i)https?://\\S+") && store(fields, 4, value);
		};
	}

	private static boolean store(String[] fields, int index, String value) {
		if (fields[index] != null) {
			return false;
		}
		fields[index] = value;
		return true;
	}

	private static List<Block> blocks(List<String> lines) {
		BlockBuilder builder = new BlockBuilder();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || NAVIGATION.matcher(line).matches()) {
				continue;
			}
			Matcher item = ITEM.matcher(raw);
			if (item.matches()) {
				builder.start(Block.Kind.LIST_ITEM, 1 + indentation(item.group(1)) / 2, item.group(2));
			} else if (builder.continuesWith(line)) {
				builder.append(line);
			} else {
				builder.start(isHeading(line) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, 0, line);
			}
		}
		return builder.finish();
	}

	/** Collects blocks, keeping the last one open for the lines that continue it. */
	private static final class BlockBuilder {
		private final List<Block> blocks = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private Block.Kind kind;
		private int level;

		void start(Block.Kind newKind, int newLevel, String line) {
			close();
			kind = newKind;
			level = newLevel;
			text.append(line);
		}

		/** A lower-case line after a block that has not ended its sentence (hard-wrapped text). */
		boolean continuesWith(String line) {
			return kind != null && Character.isLowerCase(line.codePointAt(0)) && !endsSentence(text);
		}

		/** Continues the open block; a heading so continued becomes a paragraph. */
		void append(String line) {
			text.append(' ').append(line);
			if (kind == Block.Kind.HEADING) {
				kind = Block.Kind.PARAGRAPH;
			}
		}

		private void close() {
			if (kind != null) {
				blocks.add(switch (kind) {
				case HEADING -> Block.heading(2, text.toString());
				case LIST_ITEM -> Block.item(level, text.toString());
				default -> Block.paragraph(text.toString());
				});
			}
			text.setLength(0);
			kind = null;
		}

		List<Block> finish() {
			close();
			return blocks;
		}
	}

	private static int indentation(String whitespace) {
		int columns = 0;
		for (char c : whitespace.toCharArray()) {
			columns += c == '\t' ? 2 : 1;
		}
		return columns;
	}

	/** Whether {@code line} reads as a heading: short, capitalised, not ending in punctuation. */
	static boolean isHeading(String line) {
		int first = line.codePointAt(0);
		return line.length() <= 140 && words(line) <= HEADING_MAX_WORDS
				&& (Character.isUpperCase(first) || Character.isDigit(first)) && !endsInPunctuation(line)
				&& !SENTENCE_BREAK.matcher(line).find();
	}

	private static boolean endsInPunctuation(CharSequence text) {
		return ".!?:;,…".indexOf(lastBeforeClosers(text)) >= 0;
	}

	private static boolean endsSentence(CharSequence text) {
		return ".!?:…".indexOf(lastBeforeClosers(text)) >= 0;
	}

	/** The last character of {@code text} before any closing quotes and brackets; a space if there is none. */
	private static char lastBeforeClosers(CharSequence text) {
		int i = text.length() - 1;
		while (i >= 0 && "\"”’')]".indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 ? text.charAt(i) : ' ';
	}

	static int words(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
	}
}
