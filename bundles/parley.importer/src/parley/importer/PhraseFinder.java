package parley.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.model.playbook.CandidateKind;
import parley.model.playbook.PhraseKind;

/**
 * Finds candidate phrases in one block: quotations of at least two words that read as speech (they have a cue word
 * before them, a first or second person pronoun, or end in {@code . ? !}). One-word quotations are scare quotes and
 * quotations introduced by "ponder", "wonder" or "ask yourself" are the reader's thoughts; neither is a phrase.
 * <p>
 * The nearest cue between the previous quotation in the sentence (or the sentence's start) and the quotation decides
 * its kind: "instead of", "rather than", "avoid saying", "never say", "don't say", "don't tell them", "compared to"
 * make it an avoid phrase; "try saying", "say", "ask", "tell them", "such as", "phrases like", "for example" make it
 * recommended. A quotation at the very start of a sentence may take its cue from the end of the sentence before.
 * Without a cue, a quotation joined to the one before by "or", "and" or a comma takes that one's kind; otherwise it
 * is recommended. An avoid phrase is paired with the nearest recommended quotation of its sentence, or with the first
 * one of the next sentence when that sentence starts "Instead", "Rather", "Try" or "Say".
 */
final class PhraseFinder {

	/** A phrase found, where it starts in its block, and the recommended quotation paired with it (or null). */
	record Found(int offset, CandidateDraft draft, Found replacement) {
	}

	private static final Pattern CUE = Pattern.compile("(?iu)\\b(?:(?<avoid>instead of|rather than|avoid saying|avoid"
			+ "|never say|never tell|don[’']t say|do not say|don[’']t tell|do not tell|stop saying|compared to|not say)"
			+ "|(?<thought>ponder|wonder|ask yourself|think to yourself)"
			+ "|(?<recommended>try saying|try|saying|says?|said|ask|asking|tell them|tell the customer|such as"
			+ "|phrases? like|reply|respond with|for example|e\\.g))\\b");
	private static final Pattern PRONOUN = Pattern.compile(
			"(?iu)\\b(i|i[’']m|i[’']ll|i[’']d|i[’']ve|me|my|we|we[’']re|we[’']ll|us|our|you|you[’']re|your|let[’']s)\\b");
	private static final Pattern CONNECTOR = Pattern.compile("(?iu)^[\\s,;]*(or|and|,)?[\\s,;]*$");
	private static final Pattern INSTEAD = Pattern.compile("(?iu)^\\W*(instead|rather|try|say)\\b");

	/** The most quotations of one sentence looked at; real sentences have a handful. */
	static final int MAX_PER_SENTENCE = 20;

	/** The most words a quotation has to be taken for wording rather than a cited passage. */
	static final int MAX_WORDS = 30;

	private PhraseFinder() {
	}

	/** The phrases of {@code block}'s text in order, each avoid phrase with its replacement. */
	static List<Found> find(String block) {
		List<Quotes.Span> quotes = Quotes.find(block);
		List<Sentences.Span> sentences = Sentences.split(block, quotes);
		List<List<Quoted>> bySentence = new ArrayList<>();
		int first = 0;
		for (int s = 0; s < sentences.size(); s++) {
			int end = first;
			while (end < quotes.size() && quotes.get(end).start() < sentences.get(s).end()) {
				end++;
			}
			List<Quotes.Span> inSentence = quotes.subList(first, end);
			bySentence.add(classify(block, sentences, s, inSentence.subList(0, Math.min(inSentence.size(), MAX_PER_SENTENCE))));
			first = end;
		}
		List<Found> found = new ArrayList<>();
		for (int s = 0; s < bySentence.size(); s++) {
			for (Quoted quoted : bySentence.get(s)) {
				if (quoted.kind == PhraseKind.AVOID) {
					Quoted partner = partner(bySentence, s, quoted, block, sentences);
					Found replacement = null;
					if (partner != null) {
						partner.paired = true;
						replacement = new Found(partner.span.start(), partner.draft(block, null), null);
					}
					found.add(new Found(quoted.span.start(), quoted.draft(block, replacement), replacement));
				}
			}
		}
		for (List<Quoted> sentence : bySentence) {
			for (Quoted quoted : sentence) {
				if (quoted.kind == PhraseKind.RECOMMENDED && !quoted.paired) {
					found.add(new Found(quoted.span.start(), quoted.draft(block, null), null));
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return found;
	}

	/** A quotation taken for a phrase, with its sentence and kind. */
	private static final class Quoted {
		final Quotes.Span span;
		final String sentence;
		final PhraseKind kind;
		boolean paired;

		Quoted(Quotes.Span span, String sentence, PhraseKind kind) {
			this.span = span;
			this.sentence = sentence;
			this.kind = kind;
		}

		CandidateDraft draft(String block, Found replacement) {
			String wording = wording(span.inner());
			return new CandidateDraft(CandidateKind.PHRASE, title(wording), wording, sentence, block, kind,
					replacement == null ? null : replacement.draft());
		}
	}

	/** The phrases among {@code quotes}, the quotations of sentence {@code s}, with their kinds. */
	private static List<Quoted> classify(String block, List<Sentences.Span> sentences, int s, List<Quotes.Span> quotes) {
		Sentences.Span sentence = sentences.get(s);
		List<Quoted> phrases = new ArrayList<>();
		int segmentStart = sentence.start();
		PhraseKind previous = null;
		for (Quotes.Span quote : quotes) {
			String segment = block.substring(segmentStart, quote.start());
			segmentStart = quote.end();
			MatchResult cue = lastCue(segment);
			if (cue == null && previous == null && TextArticles.words(segment) < 3 && s > 0) {
				String before = sentences.get(s - 1).of(block);
				cue = lastCue(before.substring(Math.max(0, before.length() - 80)));
			}
			PhraseKind kind;
			if (cue != null && cue.group("thought") != null) {
				previous = null;
				continue;
			} else if (cue != null) {
				kind = cue.group("avoid") != null ? PhraseKind.AVOID : PhraseKind.RECOMMENDED;
			} else if (previous != null && CONNECTOR.matcher(segment).matches()) {
				kind = previous;
			} else {
				kind = PhraseKind.RECOMMENDED;
			}
			String inner = quote.inner();
			int words = TextArticles.words(inner);
			boolean speech = cue != null || PRONOUN.matcher(inner).find() || inner.matches("(?s).*[.?!]$");
			if (words < 2 || words > MAX_WORDS || !speech) {
				previous = null;
				continue;
			}
			phrases.add(new Quoted(quote, sentence.of(block), kind));
			previous = kind;
		}
		return phrases;
	}

	/** The last cue in {@code text}, or null. */
	private static MatchResult lastCue(String text) {
		Matcher cue = CUE.matcher(text);
		MatchResult last = null;
		while (cue.find()) {
			last = cue.toMatchResult();
		}
		return last;
	}

	/** The recommended quotation an avoid one is paired with, or null. */
	private static Quoted partner(List<List<Quoted>> bySentence, int s, Quoted avoid, String block,
			List<Sentences.Span> sentences) {
		Quoted best = null;
		for (Quoted candidate : bySentence.get(s)) {
			if (candidate.kind == PhraseKind.RECOMMENDED && !candidate.paired && (best == null
					|| distance(candidate, avoid) < distance(best, avoid))) {
				best = candidate;
			}
		}
		if (best == null && s + 1 < bySentence.size() && !bySentence.get(s + 1).isEmpty()
				&& INSTEAD.matcher(sentences.get(s + 1).of(block)).find()) {
			Quoted first = bySentence.get(s + 1).get(0);
			best = first.kind == PhraseKind.RECOMMENDED && !first.paired ? first : null;
		}
		return best;
	}

	private static int distance(Quoted a, Quoted b) {
		return Math.abs(a.span.start() - b.span.start());
	}

	/** The quoted wording without a trailing comma or semicolon. */
	static String wording(String inner) {
		return inner.replaceAll("[\\s,;:]+$", "");
	}

	/** The wording shortened to at most six words, without a closing full stop. */
	static String title(String wording) {
		String[] words = wording.split("\\s+");
		if (words.length <= 6) {
			return wording.replaceAll("[\\s,;:.]+$", "");
		}
		return String.join(" ", java.util.Arrays.copyOf(words, 6)).replaceAll("[\\s,;:.]+$", "") + "…";
	}

	/** The wording as compared for duplicates: lower case, straight quotes, no end punctuation, single spaces. */
	static String normalise(String wording) {
		return wording.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("[“”]", "\"")
				.replaceAll("[\\p{Punct}…\\s]+$", "").replaceAll("\\s+", " ").strip();
	}
}
