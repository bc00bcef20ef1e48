package parley.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import parley.core.curation.CuratedContent;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;

/**
 * Techniques, phrases and scenarios are written in the playbook's own words: no text field of an entry (title,
 * summary, rationale, steps, pitfalls, wording, usage, situation, signals, outcome, a scenario step's instruction)
 * repeats {@value #RUN} or more consecutive words of the imported text of a source the entry cites (a warning).
 *
 * <p>Words are compared normalised: lower case, letters and digits only, apostrophes (straight or curly) dropped
 * inside a word, every other character a word break; so a copy with changed case or punctuation is still found.
 * Each cited source's text is cut into {@value #RUN}-word shingles once per run (and kept while its text stays
 * the same), so a large playbook citing a few sources validates in one pass over its entries.
 */
public final class OwnWordsRule implements ValidationRule {

	/** How many consecutive words of a source make a copy. */
	public static final int RUN = 8;

	/** The longest passage quoted in a message, in characters. */
	private static final int QUOTE = 120;

	/**
	 * One passage of an entry that repeats its source.
	 *
	 * @param entry   the technique, phrase or scenario
	 * @param element where the text is: the entry, or one of its scenario steps
	 * @param field   the text field
	 * @param source  the cited source whose words are repeated
	 * @param words   how many consecutive words are repeated (the longest run in that field)
	 * @param passage the repeated passage, as the entry writes it
	 */
	public record Copy(Entry entry, EObject element, EAttribute field, Source source, int words, String passage) {

		/** "repeats 12 words of 'Source' word for word: "…"; rewrite it in your own words". */
		public String message() {
			return "repeats " + words + " words of '" + source.getTitle() + "' word for word: \"" + quote(passage)
					+ "\"; rewrite it in your own words";
		}
	}

	/** Shingle sets by source text, kept from the last run (texts seen again are not cut again). */
	private volatile Map<String, Set<String>> cache = Map.of();

	@Override
	public String id() {
		return "own-words";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		for (Copy copy : find(playbook)) {
			problems.warning(copy.element(), copy.field(), copy.message());
		}
	}

	/** Every field of a technique, phrase or scenario that repeats a cited source, in playbook order. */
	public List<Copy> find(Playbook playbook) {
		Map<String, Set<String>> previous = cache;
		Map<String, Set<String>> current = new HashMap<>();
		Map<Source, Set<String>> bySource = new HashMap<>();
		List<Copy> copies = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		entries.addAll(playbook.getTechniques());
		entries.addAll(playbook.getPhrases());
		entries.addAll(playbook.getScenarios());
		for (Entry entry : entries) {
			Map<Source, Set<String>> cited = new LinkedHashMap<>();
			for (Source source : entry.getSources()) {
				if (source.eIsProxy()) {
					continue;
				}
				Set<String> shingles = bySource.computeIfAbsent(source, s -> {
					String text = s.getImportedText();
					if (text == null || text.isBlank()) {
						return Set.of();
					}
					Set<String> known = current.get(text);
					if (known == null) {
						known = previous.get(text);
						if (known == null) {
							known = shingles(text);
						}
						current.put(text, known);
					}
					return known;
				});
				if (!shingles.isEmpty()) {
					cited.put(source, shingles);
				}
			}
			if (cited.isEmpty()) {
				continue;
			}
			check(entry, entry, cited, copies);
			if (entry instanceof Scenario scenario) {
				for (Step step : scenario.getSteps()) {
					check(entry, step, cited, copies);
				}
			}
		}
		cache = current;
		return copies;
	}

	/** Each text field of {@code element} against each cited source: its longest repeated run, if any. */
	private static void check(Entry entry, EObject element, Map<Source, Set<String>> cited, List<Copy> copies) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class || !CuratedContent.covers(attribute)) {
				continue;
			}
			Object value = element.eGet(attribute);
			List<?> values = attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
			List<Words> texts = new ArrayList<>();
			for (Object text : values) {
				if (text instanceof String string) {
					Words words = Words.of(string);
					if (words.size() >= RUN) {
						texts.add(words);
					}
				}
			}
			if (texts.isEmpty()) {
				continue;
			}
			for (Map.Entry<Source, Set<String>> source : cited.entrySet()) {
				Set<String> shingles = source.getValue();
				String best = null;
				int bestWords = 0;
				for (Words words : texts) {
					int i = 0;
					while (i + RUN <= words.size()) {
						if (!shingles.contains(words.shingle(i))) {
							i++;
							continue;
						}
						int last = i;
						while (last + 1 + RUN <= words.size() && shingles.contains(words.shingle(last + 1))) {
							last++;
						}
						int length = last - i + RUN;
						if (length > bestWords) {
							bestWords = length;
							best = words.original(i, last + RUN - 1);
						}
						i = last + 1;
					}
				}
				if (best != null) {
					copies.add(new Copy(entry, element, attribute, source.getKey(), bestWords, best));
				}
			}
		}
	}

	/** Every {@value #RUN}-word shingle of a text, as normalised words joined by single spaces. */
	static Set<String> shingles(String text) {
		Words words = Words.of(text);
		Set<String> shingles = new HashSet<>(Math.max(16, words.size() * 2));
		for (int i = 0; i + RUN <= words.size(); i++) {
			shingles.add(words.shingle(i));
		}
		return shingles;
	}

	/** A passage for a message: whitespace collapsed, the middle cut out when long. */
	static String quote(String passage) {
		String flat = passage.strip().replaceAll("\\s+", " ");
		if (flat.length() <= QUOTE) {
			return flat;
		}
		int half = QUOTE / 2;
		int head = flat.lastIndexOf(' ', half);
		int tail = flat.indexOf(' ', flat.length() - half);
		return flat.substring(0, head < 0 ? half : head) + " … " + flat.substring(tail < 0 ? flat.length() - half : tail + 1);
	}

	/** The normalised words of a text with where each stands in it. */
	static final class Words {
		private final String text;
		private final List<String> words = new ArrayList<>();
		private final List<int[]> spans = new ArrayList<>();

		private Words(String text) {
			this.text = text;
		}

		static Words of(String text) {
			Words result = new Words(text);
			StringBuilder word = new StringBuilder();
			int start = -1;
			int i = 0;
			while (i < text.length()) {
				int c = text.codePointAt(i);
				int next = i + Character.charCount(c);
				if (Character.isLetterOrDigit(c)) {
					if (start < 0) {
						start = i;
					}
					word.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
				} else if (!(isApostrophe(c) && start >= 0)) {
					result.end(word, start, i);
					start = -1;
				}
				i = next;
			}
			result.end(word, start, text.length());
			return result;
		}

		private static boolean isApostrophe(int c) {
			return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
		}

		private void end(StringBuilder word, int start, int end) {
			if (word.length() > 0) {
				words.add(word.toString());
				spans.add(new int[] { start, end });
				word.setLength(0);
			}
		}

		int size() {
			return words.size();
		}

		String shingle(int from) {
			return String.join(" ", words.subList(from, from + RUN));
		}

		/** The original text from word {@code first} to word {@code last}, both included. */
		String original(int first, int last) {
			int end = spans.get(last)[1];
			while (end > spans.get(last)[0] && isApostrophe(text.codePointBefore(end))) {
				end--;
			}
			return text.substring(spans.get(first)[0], end);
		}
	}
}
