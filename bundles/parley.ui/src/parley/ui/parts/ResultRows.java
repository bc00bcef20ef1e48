package parley.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.search.DuplicatePair;
import parley.search.Hit;
import parley.ui.parts.SearchController.Row;

/**
 * Maps what the search service found back to the playbook's entries, by id, as rows of the search part: a
 * hit whose entry is gone (deleted since the index saw it) is not shown.
 */
final class ResultRows {

	private ResultRows() {
	}

	/** Rows of search hits, with their snippets. */
	static List<Row> hits(Playbook playbook, List<Hit> hits) {
		Map<String, Entry> byId = entriesById(playbook);
		List<Row> rows = new ArrayList<>();
		for (Hit hit : hits) {
			Entry entry = byId.get(hit.id());
			if (entry != null) {
				rows.add(new Row(entry, hit.title(), hit.snippet() == null ? "" : hit.snippet()));
			}
		}
		return rows;
	}

	/** Rows of similar entries, each with the start of its own text. */
	static List<Row> similar(Playbook playbook, List<Hit> hits) {
		Map<String, Entry> byId = entriesById(playbook);
		List<Row> rows = new ArrayList<>();
		for (Hit hit : hits) {
			Entry similar = byId.get(hit.id());
			if (similar != null) {
				rows.add(new Row(similar, hit.title(), snippetOf(similar)));
			}
		}
		return rows;
	}

	/** One row per near-duplicate pair: its first phrase, with how alike the second is. */
	static List<Row> duplicates(Playbook playbook, List<DuplicatePair> pairs) {
		Map<String, Entry> byId = entriesById(playbook);
		List<Row> rows = new ArrayList<>();
		for (DuplicatePair pair : pairs) {
			Entry first = byId.get(pair.first().id());
			Entry second = byId.get(pair.second().id());
			if (first != null && second != null) {
				rows.add(new Row(first, pair.first().title(), String.format(Locale.ROOT, "«%d%%» alike: %s",
						Math.round(pair.similarity() * 100), second.getTitle())));
			}
		}
		return rows;
	}

	private static String snippetOf(Entry entry) {
		String text = switch (entry) {
		case parley.model.playbook.Phrase p -> p.getText();
		case parley.model.playbook.Technique t -> t.getSummary();
		case parley.model.playbook.Scenario s -> s.getSituation();
		case parley.model.playbook.Source s -> s.getSummary();
		default -> null;
		};
		if (text == null) {
			return "";
		}
		return text.length() <= 160 ? text : text.substring(0, Math.max(0, text.lastIndexOf(' ', 157))) + " …";
	}

	private static Map<String, Entry> entriesById(Playbook playbook) {
		Map<String, Entry> byId = new HashMap<>();
		if (playbook != null) {
			for (Entry entry : new PlaybookQueries(playbook).entries()) {
				byId.put(entry.getId(), entry);
			}
		}
		return byId;
	}
}
