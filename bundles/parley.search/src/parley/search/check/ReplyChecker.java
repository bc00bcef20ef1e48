package parley.search.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.search.SearchException;
import parley.search.lucene.ReplyAnalysis;

/**
 * Checks a draft reply against a playbook's phrases: the spans that say what an avoid-phrase says (exactly,
 * inflected, with a small typo, or reworded: other word order, filler words, the playbook's synonyms) and the
 * recommended phrases (or close paraphrases) present.
 * <p>
 * How: every phrase is analysed once, as search analyses a query (standard tokens, lower case, the playbook's
 * synonyms, Porter stems) but keeping stop words, into a pattern of tokens. Content words weigh by how rare they
 * are among the playbook's phrases (inverse document frequency); function words ("you", "to", "that") weigh
 * little; a negation ("not", "n't", "never", "no") is a content word. A draft is analysed the same way; for every
 * draft word that matches a content word of a pattern, the window after it (the phrase's length plus a slop) is
 * matched greedily: content words anywhere in the window, function words near them. A window counts when it
 * covers enough of the content words (all of them for a phrase with one or two, else 60% of their weight); its
 * confidence is the weighted
 * coverage (exact word 1, same stem 0.95, synonym 0.85, typo 0.8), lowered for words out of order, for filler
 * words, and when the draft's negation disagrees with the phrase's: a negation before or in the span of a phrase
 * without one ("I'd never tell you to calm down"), or a phrase's negation missing or negating another word in the
 * draft ("not our department" against "our department ... won't need to ring"). Recommended
 * phrases are matched sentence by sentence; placeholders ("[action]") widen the slop. Overlapping findings of the
 * same kind keep the most confident.
 * <p>
 * Immutable after construction and safe to use from any thread; {@link #check} holds no EMF object (findings carry
 * ids, titles and texts), so a front end can check off its UI thread.
 */
public final class ReplyChecker {

	/** What a finding is about. */
	public enum Kind {
		/** An avoid-phrase said: replace the span. */
		AVOID,
		/** A recommended phrase (or a close paraphrase) present. */
		GOOD
	}

	/** A phrase or technique as a finding names it. */
	public record Ref(String id, String title, String text) {
	}

	/**
	 * One finding: the span {@code [start, end)} of the checked text (char offsets), the phrase it says, the
	 * recommended replacements (for an avoid-phrase), the techniques concerned, and a confidence in [0, 1].
	 */
	public record Finding(Kind kind, int start, int end, String span, Ref phrase, List<Ref> replacements,
			List<Ref> techniques, double confidence) {
	}

	/** The default threshold front ends report findings at. */
	public static final double DEFAULT_MIN_CONFIDENCE = 0.6;

	/** Below this a window is not a finding at all. */
	private static final double FLOOR = 0.35;
	private static final double FUNCTION_WEIGHT = 0.15;
	/** A negation decides what a phrase says, but tells little about which phrase it is. */
	private static final double NEGATION_WEIGHT = 0.6;
	/** Share of a phrase's content (by weight) a window must cover, for phrases of three content words or more. */
	private static final double CONTENT_NEEDED = 0.6;
	private static final int TYPO_MIN_LENGTH = 5;
	private static final String NEG = "\u00ac";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]");
	private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?\u2014\u2013]");
	private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "nope");
	private static final Set<String> FUNCTION_WORDS = functionWords();

	private final Analyzer analyzer;
	private final List<Pattern0> patterns = new ArrayList<>();
	/** Content term -> the patterns that have it. */
	private final Map<String, List<Pattern0>> byTerm = new HashMap<>();
	/** Surface of a longer pattern word -> its own stem: what a typo may be of. */
	private final Map<String, String> typoTargets = new HashMap<>();
	private final Map<String, Set<String>> typoCache = new ConcurrentHashMap<>();
	private final int phraseCount;

	private record Tok(String surface, String stem, Set<String> terms, int start, int end, boolean neg,
			boolean function) {
	}

	private record Candidate(Finding finding, int contentMatched) {
	}

	private record Pattern0(Kind kind, Ref phrase, List<Ref> replacements, List<Ref> techniques, Tok[] toks,
			double[] weights, int contentCount, int slop, int placeholders) {
	}

	private ReplyChecker(Playbook playbook, Analyzer analyzer) {
		this.analyzer = analyzer;
		List<Phrase> phrases = playbook.getPhrases().stream().filter(p -> p.getStatus() != Status.RETIRED)
				.filter(p -> p.getText() != null && !p.getText().isBlank()).toList();
		this.phraseCount = phrases.size();
		record Part(Phrase phrase, String text, int placeholders, List<Tok> toks) {
		}
		List<Part> parts = new ArrayList<>();
		Map<String, Integer> df = new HashMap<>();
		for (Phrase phrase : phrases) {
			Set<String> seen = new HashSet<>();
			List<String> texts = phrase.getKind() == PhraseKind.AVOID ? List.of(phrase.getText())
					: Arrays.asList(SENTENCE_END.split(phrase.getText().strip()));
			for (String text : texts) {
				int placeholders = (int) PLACEHOLDER.matcher(text).results().count();
				List<Tok> toks = analyse(PLACEHOLDER.matcher(text).replaceAll(" "));
				toks.stream().filter(t -> !t.function()).forEach(t -> seen.add(t.stem()));
				parts.add(new Part(phrase, text, placeholders, toks));
			}
			seen.forEach(s -> df.merge(s, 1, Integer::sum));
		}
		double maxIdf = Math.log(1 + phraseCount);
		for (Part part : parts) {
			Tok[] toks = part.toks().toArray(Tok[]::new);
			int content = (int) part.toks().stream().filter(t -> !t.function()).count();
			boolean good = part.phrase().getKind() != PhraseKind.AVOID;
			if (content == 0 || (good && content < 2)) {
				continue;
			}
			double[] weights = new double[toks.length];
			for (int i = 0; i < toks.length; i++) {
				if (toks[i].function()) {
					weights[i] = 1;
				} else if (toks[i].neg()) {
					weights[i] = NEGATION_WEIGHT;
				} else {
					double idf = Math.log(1 + (double) phraseCount / df.getOrDefault(toks[i].stem(), 1));
					weights[i] = Math.max(0.5, Math.min(1, idf / maxIdf * 1.25));
				}
			}
			Pattern0 pattern = new Pattern0(good ? Kind.GOOD : Kind.AVOID, ref(part.phrase()),
					part.phrase().getReplacements().stream().filter(r -> r.getStatus() != Status.RETIRED)
							.map(ReplyChecker::ref).toList(),
					part.phrase().getTechniques().stream().map(ReplyChecker::ref).toList(), toks, weights, content,
					2 + toks.length / 3 + 3 * part.placeholders(), part.placeholders());
			patterns.add(pattern);
			for (Tok tok : toks) {
				if (!tok.function()) {
					for (String term : tok.terms()) {
						List<Pattern0> list = byTerm.computeIfAbsent(term, k -> new ArrayList<>());
						if (list.isEmpty() || list.get(list.size() - 1) != pattern) {
							list.add(pattern);
						}
					}
					if (tok.surface().length() >= TYPO_MIN_LENGTH - 1 && !tok.neg()) {
						typoTargets.put(tok.surface(), tok.stem());
					}
				}
			}
		}
	}

	/**
	 * A checker for a playbook, with the synonym list of its folder (none when {@code folder} is null).
	 *
	 * @throws SearchException when the synonym list cannot be read
	 */
	public static ReplyChecker of(Playbook playbook, Path folder) throws SearchException {
		return new ReplyChecker(playbook, ReplyAnalysis.analyzer(ReplyAnalysis.synonyms(folder)));
	}

	/** How many phrases (not retired) the checker knows. */
	public int phraseCount() {
		return phraseCount;
	}

	/** The findings in {@code text} at or above {@code minConfidence}, by start offset. */
	public List<Finding> check(String text, double minConfidence) {
		return check(text).stream().filter(f -> f.confidence() >= minConfidence).toList();
	}

	/** Every finding in {@code text} (confidence above a low floor), by start offset. */
	public List<Finding> check(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Tok[] draft = analyse(text).toArray(Tok[]::new);
		Map<Pattern0, Set<Integer>> anchors = new HashMap<>();
		for (int i = 0; i < draft.length; i++) {
			if (draft[i].function()) {
				continue;
			}
			for (String term : draft[i].terms()) {
				for (Pattern0 p : byTerm.getOrDefault(term, List.of())) {
					anchors.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(i);
				}
			}
		}
		int[] sentence = new int[draft.length];
		for (int i = 1; i < draft.length; i++) {
			boolean end = SENTENCE_BREAK.matcher(text.substring(draft[i - 1].end(), draft[i].start())).find();
			sentence[i] = sentence[i - 1] + (end ? 1 : 0);
		}
		List<Finding> candidates = new ArrayList<>();
		for (Map.Entry<Pattern0, Set<Integer>> e : anchors.entrySet()) {
			// of the windows of one phrase that overlap, the most complete one (then the most confident) counts
			List<Candidate> windows = new ArrayList<>();
			for (int anchor : e.getValue()) {
				Candidate c = match(text, draft, sentence, e.getKey(), anchor);
				if (c != null) {
					windows.add(c);
				}
			}
			windows.sort(Comparator.comparingInt(Candidate::contentMatched).reversed()
					.thenComparing(Comparator.comparingDouble((Candidate c) -> c.finding().confidence()).reversed())
					.thenComparingInt(c -> c.finding().start()));
			List<Finding> best = new ArrayList<>();
			for (Candidate c : windows) {
				if (best.stream().noneMatch(b -> overlap(b, c.finding()))) {
					best.add(c.finding());
				}
			}
			candidates.addAll(best);
		}
		candidates.sort(Comparator.comparingDouble(Finding::confidence).reversed()
				.thenComparingInt(Finding::start).thenComparing(f -> f.phrase().id()));
		List<Finding> kept = new ArrayList<>();
		for (Finding f : candidates) {
			if (kept.stream().noneMatch(k -> k.kind() == f.kind() && mostlyOverlap(k, f))) {
				kept.add(f);
			}
		}
		kept.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
		return List.copyOf(kept);
	}

	/** Whether two spans share more than half of the shorter one (two phrases may share a word at their ends). */
	private static boolean mostlyOverlap(Finding a, Finding b) {
		int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
		return shared * 2 > Math.min(a.end() - a.start(), b.end() - b.start());
	}

	private static boolean overlap(Finding a, Finding b) {
		return a.start() < b.end() && b.start() < a.end();
	}

	private Candidate match(String text, Tok[] draft, int[] sentence, Pattern0 p, int anchor) {
		Tok[] toks = p.toks();
		int from = anchor;
		int to = Math.min(draft.length, anchor + toks.length + p.slop());
		int[] at = new int[toks.length];
		double[] quality = new double[toks.length];
		Arrays.fill(at, -1);
		// only the words around the window can be used: a long text costs no more per window than a short one
		int base = Math.max(0, from - toks.length - 2);
		int limit = Math.min(draft.length, to + toks.length + 2);
		boolean[] used = new boolean[limit - base];
		int lo = Integer.MAX_VALUE;
		int hi = -1;
		int contentMatched = 0;
		for (int k = 0; k < toks.length; k++) {
			if (toks[k].function()) {
				continue;
			}
			int best = -1;
			double bestQ = 0;
			for (int j = from; j < to; j++) {
				if (!used[j - base]) {
					double q = quality(toks[k], draft[j], true);
					if (q > bestQ) {
						best = j;
						bestQ = q;
					}
				}
			}
			if (best >= 0) {
				at[k] = best;
				quality[k] = bestQ;
				used[best - base] = true;
				lo = Math.min(lo, best);
				hi = Math.max(hi, best);
				contentMatched++;
			}
		}
		if (contentMatched == 0) {
			return null;
		}
		if (p.contentCount() <= 2 ? contentMatched < p.contentCount()
				: coveredWeight(p, at) < CONTENT_NEEDED * coveredWeight(p, null)) {
			return null;
		}
		// function words near the content words, as many before and after them as the phrase has, in their sentences
		int before = 0;
		while (before < toks.length && toks[before].function()) {
			before++;
		}
		int after = 0;
		while (after < toks.length && toks[toks.length - 1 - after].function()) {
			after++;
		}
		int fLo = Math.max(base, lo - before - 1);
		int fHi = Math.min(limit - 1, hi + after + 1);
		Set<Integer> sentences = new HashSet<>();
		for (int k = 0; k < toks.length; k++) {
			if (at[k] >= 0) {
				sentences.add(sentence[at[k]]);
			}
		}
		for (int k = 0; k < toks.length; k++) {
			if (!toks[k].function()) {
				continue;
			}
			for (int j = fLo; j <= fHi; j++) {
				if (!used[j - base] && sentences.contains(sentence[j])) {
					double q = quality(toks[k], draft[j], false);
					if (q > 0) {
						at[k] = j;
						quality[k] = q;
						used[j - base] = true;
						break;
					}
				}
			}
		}
		double content = 0;
		double contentTotal = 0;
		double function = 0;
		double functionTotal = 0;
		int spanLo = Integer.MAX_VALUE;
		int spanHi = -1;
		int matched = 0;
		boolean negMatched = false;
		boolean patternNeg = false;
		for (int k = 0; k < toks.length; k++) {
			if (toks[k].function()) {
				functionTotal += p.weights()[k];
				function += p.weights()[k] * quality[k];
			} else {
				contentTotal += p.weights()[k];
				content += p.weights()[k] * quality[k];
			}
			patternNeg |= toks[k].neg();
			if (at[k] >= 0) {
				matched++;
				negMatched |= toks[k].neg() && sameScope(toks, draft, at, k);
				spanLo = Math.min(spanLo, at[k]);
				spanHi = Math.max(spanHi, at[k]);
			}
		}
		// the fewer content words a phrase has, the more its function words tell it from a passing mention
		double functionWeight = p.contentCount() == 1 ? 0.5 : p.contentCount() == 2 ? 0.25 : FUNCTION_WEIGHT;
		double confidence = (1 - functionWeight) * content / contentTotal
				+ functionWeight * (functionTotal == 0 ? 1 : function / functionTotal);
		// order of the content words
		int previous = -1;
		int inversions = 0;
		for (int k = 0; k < toks.length; k++) {
			if (!toks[k].function() && at[k] >= 0) {
				if (at[k] < previous) {
					inversions++;
				}
				previous = at[k];
			}
		}
		if (inversions > 0) {
			confidence *= 0.92;
		}
		int filler = Math.max(0, spanHi - spanLo + 1 - matched - 3 * p.placeholders());
		confidence *= Math.max(0.75, 1 - 0.03 * filler);
		if (patternNeg && !negMatched) {
			confidence *= 0.5;
		} else if (!patternNeg && negatedNear(text, draft, spanLo, spanHi)) {
			confidence *= 0.5;
		}
		if (confidence < FLOOR) {
			return null;
		}
		int start = draft[spanLo].start();
		int end = draft[spanHi].end();
		return new Candidate(new Finding(p.kind(), start, end, text.substring(start, end), p.phrase(),
				p.replacements(), p.techniques(), Math.round(confidence * 1000) / 1000.0), contentMatched);
	}

	/** The weight of the content words matched ({@code at} null: of all of them). */
	private static double coveredWeight(Pattern0 p, int[] at) {
		double sum = 0;
		for (int k = 0; k < p.toks().length; k++) {
			if (!p.toks()[k].function() && (at == null || at[k] >= 0)) {
				sum += p.weights()[k];
			}
		}
		return sum;
	}

	/**
	 * Whether the draft's negation matched to pattern word {@code k} negates what the phrase's does: the next content
	 * word after it is the one matched to the phrase's next content word ("not our department" is not "our
	 * department ... won't need").
	 */
	private static boolean sameScope(Tok[] toks, Tok[] draft, int[] at, int k) {
		int next = k + 1;
		while (next < toks.length && toks[next].function()) {
			next++;
		}
		if (next == toks.length) {
			return true;
		}
		if (at[next] < 0) {
			return false;
		}
		int j = at[k] + 1;
		while (j < draft.length && draft[j].function()) {
			j++;
		}
		return j == at[next];
	}

	/**
	 * Whether a negation sits inside the span or just before it in the same clause ("I'd never ask you to calm
	 * down"), which says the opposite of a phrase without one.
	 */
	private static boolean negatedNear(String text, Tok[] draft, int lo, int hi) {
		for (int j = lo; j <= hi; j++) {
			if (draft[j].neg()) {
				return true;
			}
		}
		for (int j = lo - 1; j >= Math.max(0, lo - 3); j--) {
			if (CLAUSE_END.matcher(text.substring(draft[j].end(), draft[j + 1].start())).find()) {
				return false;
			}
			if (draft[j].neg()) {
				return true;
			}
		}
		return false;
	}

	/** How well a draft word stands for a pattern word: 1 same word, 0.95 same stem, 0.85 synonym, 0.8 typo. */
	private double quality(Tok want, Tok got, boolean content) {
		if (want.surface().equals(got.surface())) {
			return 1;
		}
		if (want.stem().equals(got.stem())) {
			return 0.95;
		}
		if (!content) {
			return 0;
		}
		if (want.neg() && got.neg()) {
			return 0.95;
		}
		for (String term : want.terms()) {
			if (got.terms().contains(term)) {
				return 0.85;
			}
		}
		if (got.surface().length() >= TYPO_MIN_LENGTH - 1 && typos(got.surface()).contains(want.stem())) {
			return 0.8;
		}
		return 0;
	}

	/** The stems of pattern words that {@code surface} is one edit (or one swap) away from. */
	private Set<String> typos(String surface) {
		Set<String> cached = typoCache.get(surface);
		if (cached != null) {
			return cached;
		}
		Set<String> found = new HashSet<>();
		if (!typoTargets.containsKey(surface)) {
			LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
			for (Map.Entry<String, String> target : typoTargets.entrySet()) {
				String word = target.getKey();
				if (surface.length() < TYPO_MIN_LENGTH || word.length() < TYPO_MIN_LENGTH) {
					// a short word only by swapping two letters ("ture"), else "tone" would be "done"
					if (word.length() == surface.length() && sorted(word).equals(sorted(surface))
							&& word.charAt(0) == surface.charAt(0) && distance.getDistance(word, surface) >= 0.7f) {
						found.add(target.getValue());
					}
				} else if (Math.abs(word.length() - surface.length()) <= 1 && word.charAt(0) == surface.charAt(0)) {
					int shorter = Math.min(word.length(), surface.length());
					float similarity = distance.getDistance(word, surface);
					if (Math.round((1 - similarity) * shorter) <= 1) {
						found.add(target.getValue());
					}
				}
			}
		}
		if (typoCache.size() > 100_000) {
			typoCache.clear();
		}
		typoCache.put(surface, Set.copyOf(found));
		return found;
	}

	private static String sorted(String word) {
		char[] chars = word.toCharArray();
		Arrays.sort(chars);
		return new String(chars);
	}

	/** The text's words: stems and synonyms grouped by the word they stand for (its start offset). */
	private List<Tok> analyse(String text) {
		TreeMap<Integer, String[]> words = new TreeMap<>(); // start -> {stem, end}
		Map<Integer, Set<String>> synonyms = new HashMap<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				int start = offset.startOffset();
				if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
					synonyms.computeIfAbsent(start, k -> new HashSet<>()).add(term.toString());
				} else if (!words.containsKey(start)) {
					words.put(start, new String[] { term.toString(), String.valueOf(offset.endOffset()) });
				}
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string reader does not fail
		}
		List<Tok> toks = new ArrayList<>(words.size());
		for (Map.Entry<Integer, String[]> w : words.entrySet()) {
			int start = w.getKey();
			int end = Integer.parseInt(w.getValue()[1]);
			String surface = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
			String stem = w.getValue()[0];
			boolean neg = NEGATIONS.contains(surface);
			String base = surface;
			int apostrophe = surface.indexOf('\'');
			if (apostrophe > 0) {
				String head = surface.substring(0, apostrophe);
				if (surface.endsWith("n't") || surface.endsWith("n'")) {
					neg = true;
					head = surface.substring(0, surface.lastIndexOf("n'"));
					base = switch (head) {
					case "ca" -> "can";
					case "wo" -> "will";
					case "sha" -> "shall";
					case "ai" -> "is";
					default -> head;
					};
				} else {
					base = head;
				}
				stem = base;
			} else if (surface.equals("cannot")) {
				base = "can";
				stem = "can";
			}
			Set<String> terms = new HashSet<>(synonyms.getOrDefault(start, Set.of()));
			terms.add(stem);
			if (neg) {
				stem = NEG;
				terms = Set.of(NEG);
			}
			toks.add(new Tok(surface, stem, Set.copyOf(terms), start, end, neg, !neg && FUNCTION_WORDS.contains(base)));
		}
		return toks;
	}

	private static Ref ref(Phrase phrase) {
		return new Ref(phrase.getId(), phrase.getTitle(), phrase.getText());
	}

	private static Ref ref(Technique technique) {
		return new Ref(technique.getId(), technique.getTitle(), null);
	}

	private static Set<String> functionWords() {
		Set<String> words = new HashSet<>();
		EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(w instanceof char[] c ? new String(c) : w.toString()));
		words.removeAll(NEGATIONS);
		words.addAll(List.of("i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us",
				"our", "ours", "he", "him", "his", "she", "her", "them", "its", "am", "were", "been", "being", "do",
				"does", "did", "have", "has", "had", "can", "could", "would", "should", "shall", "may", "might",
				"must", "so", "just", "really", "very", "well", "okay", "ok", "oh", "now", "here", "what", "which",
				"who", "whom", "how", "about", "from", "too", "also", "all", "any", "some", "each", "every", "let",
				"please", "quite", "bit", "actually", "honestly", "basically", "simply", "i'm", "s", "d", "ll", "re",
				"ve", "m", "t", "than", "because", "while"));
		return Set.copyOf(words);
	}
}
