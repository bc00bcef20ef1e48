package parley.core.service;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import parley.core.curation.CurationState;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/** Read-only questions about a playbook, shared by the CLI and the workbench. */
public final class PlaybookQueries {

	/** Entries by title as people read them (case and accents ignored), then by id for a stable order. */
	public static final Comparator<Entry> BY_TITLE;
	static {
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		collator.setStrength(Collator.PRIMARY);
		BY_TITLE = Comparator.comparing((Entry e) -> e.getTitle() == null ? "" : e.getTitle(), collator)
				.thenComparing(Entry::getId);
	}

	private final Playbook playbook;

	public PlaybookQueries(Playbook playbook) {
		this.playbook = playbook;
	}

	/** All techniques, phrases, scenarios and sources. */
	public List<Entry> entries() {
		List<Entry> all = new ArrayList<>();
		all.addAll(playbook.getTechniques());
		all.addAll(playbook.getPhrases());
		all.addAll(playbook.getScenarios());
		all.addAll(playbook.getSources());
		return all;
	}

	/** Entries matching the filter, ordered by type (as in {@link EntryType}) then title. */
	public List<Entry> list(EntryFilter filter) {
		List<Entry> result = new ArrayList<>();
		for (Entry entry : entries()) {
			if (filter.test(entry)) {
				result.add(entry);
			}
		}
		result.sort(Comparator.comparing((Entry e) -> EntryType.of(e.eClass())).thenComparing(BY_TITLE));
		return result;
	}

	/**
	 * Finds entries by id, id prefix (at least 4 characters), exact title (ignoring case), or else title
	 * substring. Returns every match of the best kind found, so callers can report ambiguity.
	 */
	public List<Entry> find(String idOrTitle) {
		String wanted = idOrTitle.strip();
		String lower = wanted.toLowerCase(Locale.ROOT);
		List<Entry> byId = new ArrayList<>();
		List<Entry> byPrefix = new ArrayList<>();
		List<Entry> byTitle = new ArrayList<>();
		List<Entry> byPart = new ArrayList<>();
		for (Entry entry : entries()) {
			String title = entry.getTitle() == null ? "" : entry.getTitle().toLowerCase(Locale.ROOT);
			if (entry.getId().equalsIgnoreCase(wanted)) {
				byId.add(entry);
			} else if (wanted.length() >= 4 && entry.getId().toLowerCase(Locale.ROOT).startsWith(lower)) {
				byPrefix.add(entry);
			} else if (title.equals(lower)) {
				byTitle.add(entry);
			} else if (!lower.isEmpty() && title.contains(lower)) {
				byPart.add(entry);
			}
		}
		for (List<Entry> candidates : List.of(byId, byPrefix, byTitle, byPart)) {
			if (!candidates.isEmpty()) {
				candidates.sort(BY_TITLE);
				return candidates;
			}
		}
		return List.of();
	}

	/** Phrases that realise a technique. */
	public List<Phrase> phrasesOf(Technique technique) {
		List<Phrase> result = new ArrayList<>();
		for (Phrase phrase : playbook.getPhrases()) {
			if (phrase.getTechniques().contains(technique)) {
				result.add(phrase);
			}
		}
		result.sort(BY_TITLE);
		return result;
	}

	/** Avoid-phrases that a recommended phrase replaces. */
	public List<Phrase> replacedBy(Phrase recommended) {
		List<Phrase> result = new ArrayList<>();
		for (Phrase phrase : playbook.getPhrases()) {
			if (phrase.getKind() == PhraseKind.AVOID && phrase.getReplacements().contains(recommended)) {
				result.add(phrase);
			}
		}
		result.sort(BY_TITLE);
		return result;
	}

	/** Scenarios with a step that applies the technique or uses the phrase. */
	public List<Scenario> scenariosUsing(Entry techniqueOrPhrase) {
		List<Scenario> result = new ArrayList<>();
		for (Scenario scenario : playbook.getScenarios()) {
			for (Step step : scenario.getSteps()) {
				if (step.getTechniques().contains(techniqueOrPhrase) || step.getPhrases().contains(techniqueOrPhrase)) {
					result.add(scenario);
					break;
				}
			}
		}
		result.sort(BY_TITLE);
		return result;
	}

	/** Counts for {@code parley stats}: per type, per status, phrases per kind, steps, tags, audiences. */
	public Map<String, Integer> stats() {
		Map<String, Integer> stats = new LinkedHashMap<>();
		stats.put("techniques", playbook.getTechniques().size());
		stats.put("phrases", playbook.getPhrases().size());
		int avoid = 0;
		for (Phrase phrase : playbook.getPhrases()) {
			if (phrase.getKind() == PhraseKind.AVOID) {
				avoid++;
			}
		}
		stats.put("phrases.recommended", playbook.getPhrases().size() - avoid);
		stats.put("phrases.avoid", avoid);
		stats.put("scenarios", playbook.getScenarios().size());
		int steps = 0;
		for (Scenario scenario : playbook.getScenarios()) {
			steps += scenario.getSteps().size();
		}
		stats.put("steps", steps);
		stats.put("sources", playbook.getSources().size());
		stats.put("tags", playbook.getTags().size());
		stats.put("audiences", playbook.getAudiences().size());
		for (CurationState state : CurationState.values()) { // "status.changed-since-approval" too
			int n = 0;
			for (Entry entry : entries()) {
				if (CurationState.of(entry) == state) {
					n++;
				}
			}
			stats.put("status." + state.key(), n);
		}
		return stats;
	}
}
