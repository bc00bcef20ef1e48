package parley.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.importer.Article.Block;
import parley.importer.Article.Block.Kind;
import parley.model.playbook.CandidateKind;

/**
 * Finds candidate techniques in an article's structure.
 * <ul>
 * <li>A heading followed by a paragraph of at least {@value #MIN_CONTEXT_WORDS} words is a technique: its title is the
 * heading tidied, its text the paragraph's first sentences, its context the paragraph. Headings that are not advice
 * are skipped: the article's title, page furniture ("Featured", "Subscribe", "Related ...", "About ...",
 * "Conclusion", "Introduction", "Speak Your Mind" ...) and questions that are not advice ("Why does it matter?").</li>
 * <li>A list item is a technique when what introduces its list is advice: the heading or lead-in sentence before it
 * names tips, strategies, steps, ways to, things you can do, do's and don'ts, ... An advice heading whose section
 * holds a list is not a technique itself. The paragraphs that directly
 * follow each item of a list belong to the item (numbered sections); a short item followed by a paragraph takes the
 * paragraph's first sentences as its text and the paragraph as context. An item that reads as a heading and is
 * followed by a paragraph is a technique whatever introduces it: a numbered section ("3) Take Notes").</li>
 * </ul>
 */
final class TechniqueFinder {

	/** A technique found and the index of the block it was found in. */
	record Found(int block, CandidateDraft draft) {
	}

	/** The longest heading taken for a technique, in characters; the most of a list item a title is made from. */
	static final int MAX_TITLE_LENGTH = 200;

	/** The fewest words of the paragraph after a heading for the heading to be a technique. */
	static final int MIN_CONTEXT_WORDS = 12;

	private static final Pattern ADVICE = Pattern.compile("(?iu)\\b(tips?|strateg(y|ies)|steps|how to|ways? to"
			+ "|do[’']?s\\b|dos and don[’']?ts|things (you can|to) (do|say|try)|techniques|best practices|habits"
			+ "|rules|phrases|what to say|ideas)\\b");
	private static final Set<String> NOT_ADVICE = Set.of("featured", "subscribe", "share", "share this", "comments",
			"recent comments", "recent posts", "related", "related posts", "related articles", "introduction", "intro",
			"conclusion", "in conclusion", "summary", "final thoughts", "wrapping up", "the bottom line", "bottom line",
			"key takeaways", "takeaways", "references", "sources", "resources", "further reading", "contact",
			"contact us", "leave a reply", "leave a comment", "speak your mind", "newsletter", "table of contents",
			"contents", "faq", "faqs", "frequently asked questions", "advertisement", "tags", "categories",
			"popular posts", "overview", "background");
	private static final Pattern NOT_ADVICE_START = Pattern.compile(
			"(?iu)^(about|related|get the latest|sign up|follow us|share this|subscribe to|posted|written by|"
					+ "read more|more from|join)\\b.*");
	private static final Pattern NUMBERING = Pattern.compile(
			"(?iu)^(\\d{1,3}[.):]|#\\d+[.:]?|(step|tip|rule|strategy|way|technique)\\s*#?\\d+\\s*[.:)-]?)\\s*");
	private static final Pattern ORDINAL = Pattern.compile(
			"(?iu)^(first and foremost|first|second|third|next|then|finally|lastly|above all|most importantly),\\s+");
	private static final Pattern WHY = Pattern.compile("(?iu)^why\\s+(.+?)\\s+(matters|is important|works|helps)$");

	private TechniqueFinder() {
	}

	/** The techniques of {@code article} in document order. */
	static List<Found> find(Article article) {
		List<Block> blocks = article.blocks();
		List<Found> found = new ArrayList<>();
		boolean adviceHeading = false;
		boolean adviceLead = false;
		boolean afterItem = false;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
			switch (block.kind()) {
			case HEADING -> {
				adviceHeading = isAdvice(block);
				adviceLead = false;
				afterItem = false;
				if (isTechniqueHeading(block.text(), article.metadata().title(), next)
						&& !(adviceHeading && sectionHasList(blocks, i))) {
					found.add(new Found(i, technique(block.text(), next)));
				}
			}
			case LIST_ITEM -> {
				if (adviceHeading || adviceLead || isSection(block, article, next)) {
					found.add(new Found(i, item(block.text(), next)));
				}
				afterItem = true;
			}
			default -> {
				// a paragraph after an item explains the item; any other introduces what follows
				if (!afterItem) {
					adviceLead = isAdvice(block);
				}
			}
			}
		}
		return found;
	}

	private static boolean isTechniqueHeading(String heading, String articleTitle, Block next) {
		if (heading.length() > MAX_TITLE_LENGTH) {
			return false;
		}
		String key = heading.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+$", "");
		if (key.isEmpty() || heading.equals(articleTitle) || NOT_ADVICE.contains(key)
				|| NOT_ADVICE_START.matcher(key).matches() || heading.endsWith("?") && !ADVICE.matcher(key).find()) {
			return false;
		}
		return next != null && next.kind() == Kind.PARAGRAPH && TextArticles.words(next.text()) >= MIN_CONTEXT_WORDS;
	}

	/** Whether the section of the heading at {@code index} (up to the next heading) holds a list. */
	private static boolean sectionHasList(List<Block> blocks, int index) {
		for (int i = index + 1; i < blocks.size() && blocks.get(i).kind() != Kind.HEADING; i++) {
			if (blocks.get(i).kind() == Kind.LIST_ITEM) {
				return true;
			}
		}
		return false;
	}

	/** Whether a list item is a section title in list form: a heading-like line explained by a paragraph. */
	private static boolean isSection(Block item, Article article, Block next) {
		return TextArticles.isHeading(item.text()) && isTechniqueHeading(item.text(), article.metadata().title(), next);
	}

	private static CandidateDraft technique(String heading, Block paragraph) {
		return new CandidateDraft(CandidateKind.TECHNIQUE, tidy(heading), Sentences.lead(paragraph.text()),
				paragraph.text(), heading, null, null);
	}

	private static CandidateDraft item(String text, Block next) {
		boolean explained = next != null && next.kind() == Kind.PARAGRAPH;
		boolean brief = isShort(text);
		String advice = brief && explained ? Sentences.lead(next.text()) : text;
		return new CandidateDraft(CandidateKind.TECHNIQUE, tidy(itemTitle(text)), advice,
				explained ? next.text() : null, text, null, null);
	}

	/**
	 * Whether a block would introduce a list as advice (for a paragraph: its last sentence). A list item is advice
	 * when the nearest heading above it is, or the paragraph before its list (earlier items and the paragraphs that
	 * explain them skipped).
	 */
	private static boolean isAdvice(Block introduction) {
		String text = introduction.text();
		if (introduction.kind() != Kind.HEADING) {
			List<Sentences.Span> sentences = Sentences.split(text, Quotes.find(text));
			text = sentences.isEmpty() ? text : sentences.get(sentences.size() - 1).of(text);
		}
		return ADVICE.matcher(text).find();
	}

	/** A title from a list item: its text up to the first sentence end, colon or dash. */
	private static String itemTitle(String item) {
		String text = item.length() > MAX_TITLE_LENGTH ? item.substring(0, MAX_TITLE_LENGTH) : item;
		String title = text.split("(?<=[.!?])\\s|:\\s|\\s[–—-]\\s", 2)[0];
		return isShort(title) ? title : String.join(" ", List.of(title.split("\\s+")).subList(0, 10)) + "…";
	}

	/** A heading or item as a title: without numbering, a leading "First," or trailing punctuation; "Why X Matters" is X. */
	static String tidy(String heading) {
		String title = NUMBERING.matcher(heading.strip()).replaceFirst("");
		title = ORDINAL.matcher(title).replaceFirst("");
		Matcher why = WHY.matcher(title.replaceAll("[\\s:.;,]+$", ""));
		if (why.matches()) {
			title = why.group(1);
		}
		title = title.replaceAll("[\\s:.;,]+$", "");
		return title.isEmpty() ? heading.strip() : Character.toUpperCase(title.charAt(0)) + title.substring(1);
	}

	/** Whether {@code text} is short enough to be a title as it is (ten words or fewer). */
	private static boolean isShort(String text) {
		return TextArticles.words(text) <= 10;
	}
}
