package parley.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import parley.core.service.EntryType;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.search.Suggestion;

/**
 * Completions as you type, from titles and phrase wordings, with Lucene's {@link FuzzySuggester} (one typo
 * allowed after the first letter). Every word start of a text is an input, so "listen" completes
 * "Active listening" as well as texts that begin with it.
 */
final class Suggestions {

	/** How many word starts of one text become inputs (long phrase wordings are cut). */
	private static final int MAX_STARTS = 8;

	private final FuzzySuggester suggester;

	private Suggestions(FuzzySuggester suggester) {
		this.suggester = suggester;
	}

	static Suggestions build(Playbook playbook) throws IOException {
		List<Input> inputs = new ArrayList<>();
		for (Entry entry : all(playbook)) {
			String type = EntryType.of(entry.eClass()).key();
			long weight = switch (type) {
			case "scenario" -> 40;
			case "technique" -> 30;
			case "phrase" -> 20;
			default -> 10;
			};
			addStarts(inputs, entry.getTitle(), entry.getTitle(), entry.getId(), type, weight);
			if (entry instanceof Phrase phrase) {
				addStarts(inputs, phrase.getText(), phrase.getText(), entry.getId(), type, weight - 5);
			}
		}
		FuzzySuggester suggester = new FuzzySuggester(new ByteBuffersDirectory(), "parley-suggest", Analyzers.plain());
		suggester.build(new InputArrayIterator(inputs));
		return new Suggestions(suggester);
	}

	List<Suggestion> lookup(String prefix, int limit) throws IOException {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		List<Lookup.LookupResult> results = suggester.lookup(prefix.strip(), false, limit * 4);
		Map<String, Suggestion> unique = new LinkedHashMap<>();
		for (Lookup.LookupResult result : results) {
			String[] payload = result.payload.utf8ToString().split("\t", 3);
			String key = payload[0] + "\t" + payload[2];
			unique.putIfAbsent(key, new Suggestion(payload[2], payload[0], payload[1]));
			if (unique.size() == limit) {
				break;
			}
		}
		return List.copyOf(unique.values());
	}

	private static List<Entry> all(Playbook playbook) {
		List<Entry> all = new ArrayList<>();
		all.addAll(playbook.getScenarios());
		all.addAll(playbook.getTechniques());
		all.addAll(playbook.getPhrases());
		all.addAll(playbook.getSources());
		return all;
	}

	private static void addStarts(List<Input> inputs, String text, String shown, String id, String type, long weight) {
		if (text == null || text.isBlank()) {
			return;
		}
		String[] words = text.strip().split("\\s+");
		Set<String> seen = new HashSet<>();
		BytesRef payload = new BytesRef((id + "\t" + type + "\t" + shown).getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < words.length && i < MAX_STARTS; i++) {
			String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
			if (seen.add(rest)) {
				// The full text ranks above completions that start in the middle of it. The suggester keeps
				// one entry per distinct input text, so a number the user never types keeps inputs distinct.
				inputs.add(new Input(rest + " " + inputs.size(), i == 0 ? weight * 2 : weight, payload));
			}
		}
	}

	private record Input(String text, long weight, BytesRef payload) {
	}

	/** Feeds the inputs to the suggester. */
	private static final class InputArrayIterator implements org.apache.lucene.search.suggest.InputIterator {
		private final List<Input> inputs;
		private int next;
		private Input current;

		InputArrayIterator(List<Input> inputs) {
			this.inputs = inputs;
		}

		@Override
		public BytesRef next() {
			if (next >= inputs.size()) {
				return null;
			}
			current = inputs.get(next++);
			return new BytesRef(current.text());
		}

		@Override
		public long weight() {
			return current.weight();
		}

		@Override
		public BytesRef payload() {
			return current.payload();
		}

		@Override
		public boolean hasPayloads() {
			return true;
		}

		@Override
		public Set<BytesRef> contexts() {
			return Collections.emptySet();
		}

		@Override
		public boolean hasContexts() {
			return false;
		}
	}
}
