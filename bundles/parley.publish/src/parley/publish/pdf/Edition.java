package parley.publish.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import parley.core.curation.CurationState;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.publish.NoSuchScenarioException;
import parley.publish.PublishException;
import parley.publish.Selection;

/**
 * The entries one export presents, with the lookups the layouts need (phrases of a technique, scenarios
 * using an entry, avoid-phrases a recommended phrase replaces). Built once per export in linear time, so a
 * large playbook does not pay for repeated scans. It knows each entry's curation state (worked out once), so the
 * layouts can mark the unapproved entries an edition includes as drafts.
 */
public final class Edition {

	private final Playbook playbook;
	private final List<Scenario> scenarios = new ArrayList<>();
	private final List<Technique> techniques = new ArrayList<>();
	private final List<Phrase> phrases = new ArrayList<>();
	private final List<Source> sources = new ArrayList<>();
	private final Set<Entry> included = new HashSet<>();
	private final Map<Technique, List<Phrase>> phrasesByTechnique = new HashMap<>();
	private final Map<Phrase, List<Phrase>> avoidsByReplacement = new HashMap<>();
	private final Map<Entry, List<Scenario>> scenariosByEntry = new HashMap<>();
	private final Map<Entry, CurationState> states = new HashMap<>();
	private int unapproved;

	private Edition(Playbook playbook) {
		this.playbook = playbook;
	}

	/** Applies the selection. */
	public static Edition select(Playbook playbook, Selection selection) throws PublishException {
		return select(playbook, selection, false);
	}

	/**
	 * Applies the selection for role-play kits: chosen scenarios also bring the avoid-phrases that escalate their
	 * scene (those their recommended phrases replace, and those of the techniques their steps apply), which a
	 * handout for the same scenarios leaves out.
	 */
	public static Edition forRoleplay(Playbook playbook, Selection selection) throws PublishException {
		return select(playbook, selection, true);
	}

	private static Edition select(Playbook playbook, Selection selection, boolean roleplay) throws PublishException {
		Edition edition = new Edition(playbook);
		Set<Scenario> chosen = chosenScenarios(playbook, selection);
		for (Scenario scenario : playbook.getScenarios()) {
			if (selection.matches(scenario, edition.state(scenario)) && (chosen == null || chosen.contains(scenario))) {
				edition.scenarios.add(scenario);
			}
		}
		// A handout for chosen scenarios holds what they use, not the whole playbook: the techniques and phrases
		// of their steps, and what the avoid-phrases among them say instead. Links to anything else are printed
		// without a page number, as for any entry an edition leaves out.
		Set<Entry> used = chosen == null ? null : used(edition.scenarios);
		if (used != null && roleplay) {
			for (Phrase phrase : playbook.getPhrases()) {
				if (phrase.getKind() == PhraseKind.AVOID && (phrase.getReplacements().stream().anyMatch(used::contains)
						|| phrase.getTechniques().stream().anyMatch(used::contains))) {
					used.add(phrase);
				}
			}
		}
		for (Technique technique : playbook.getTechniques()) {
			if ((used == null || used.contains(technique)) && selection.matches(technique, edition.state(technique))) {
				edition.techniques.add(technique);
			}
		}
		for (Phrase phrase : playbook.getPhrases()) {
			if ((used == null || used.contains(phrase)) && selection.matches(phrase, edition.state(phrase))) {
				edition.phrases.add(phrase);
			}
		}
		edition.included.addAll(edition.scenarios);
		edition.included.addAll(edition.techniques);
		edition.included.addAll(edition.phrases);
		Set<Source> cited = new LinkedHashSet<>();
		for (Entry entry : edition.included) {
			cited.addAll(entry.getSources());
		}
		boolean onlySources = selection.types().equals(Set.of(EntryType.SOURCE));
		for (Source source : playbook.getSources()) {
			boolean wanted = onlySources || cited.contains(source) || selection.types().contains(EntryType.SOURCE);
			if (wanted && selection.includes(EntryType.SOURCE) && selection.matchesSource(source, edition.state(source))) {
				edition.sources.add(source);
			}
		}
		edition.included.addAll(edition.sources);
		edition.unapproved = (int) edition.included.stream().filter(edition::isDraft).count();
		edition.scenarios.sort(PlaybookQueries.BY_TITLE);
		edition.techniques.sort(PlaybookQueries.BY_TITLE);
		edition.phrases.sort(PlaybookQueries.BY_TITLE);
		edition.sources.sort(PlaybookQueries.BY_TITLE);
		edition.index();
		return edition;
	}

	/** The techniques and phrases the scenarios' steps use, and the replacements of the avoid-phrases among them. */
	private static Set<Entry> used(List<Scenario> scenarios) {
		Set<Entry> used = new HashSet<>();
		for (Scenario scenario : scenarios) {
			for (Step step : scenario.getSteps()) {
				used.addAll(step.getTechniques());
				for (Phrase phrase : step.getPhrases()) {
					used.add(phrase);
					if (phrase.getKind() == PhraseKind.AVOID) {
						used.addAll(phrase.getReplacements());
					}
				}
			}
		}
		return used;
	}

	private static Set<Scenario> chosenScenarios(Playbook playbook, Selection selection) throws PublishException {
		if (selection.scenarios().isEmpty()) {
			return null;
		}
		PlaybookQueries queries = new PlaybookQueries(playbook);
		Set<Scenario> chosen = new HashSet<>();
		for (String wanted : selection.scenarios()) {
			List<Scenario> matches = queries.find(wanted).stream().filter(Scenario.class::isInstance)
					.map(Scenario.class::cast).toList();
			if (matches.isEmpty()) {
				throw new NoSuchScenarioException(wanted);
			}
			if (matches.size() > 1 && !matches.get(0).getTitle().equalsIgnoreCase(wanted.strip())) {
				throw new PublishException("'" + wanted + "' matches " + matches.size() + " scenarios ("
						+ String.join(", ", matches.stream().map(Entry::getTitle).toList())
						+ "); give its full title or its id.");
			}
			chosen.add(matches.get(0));
		}
		return chosen;
	}

	private void index() {
		for (Phrase phrase : phrases) {
			for (Technique technique : phrase.getTechniques()) {
				if (included.contains(technique)) {
					phrasesByTechnique.computeIfAbsent(technique, t -> new ArrayList<>()).add(phrase);
				}
			}
			if (phrase.getKind() == PhraseKind.AVOID) {
				for (Phrase replacement : phrase.getReplacements()) {
					avoidsByReplacement.computeIfAbsent(replacement, r -> new ArrayList<>()).add(phrase);
				}
			}
		}
		for (Scenario scenario : scenarios) {
			Set<Entry> used = new LinkedHashSet<>();
			for (Step step : scenario.getSteps()) {
				used.addAll(step.getTechniques());
				used.addAll(step.getPhrases());
			}
			for (Entry entry : used) {
				scenariosByEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(scenario);
			}
		}
	}

	public Playbook playbook() {
		return playbook;
	}

	public List<Scenario> scenarios() {
		return scenarios;
	}

	public List<Technique> techniques() {
		return techniques;
	}

	public List<Phrase> phrases() {
		return phrases;
	}

	public List<Source> sources() {
		return sources;
	}

	/** Number of entries presented. */
	public int size() {
		return scenarios.size() + techniques.size() + phrases.size() + sources.size();
	}

	/** Whether the entry has its own section in this edition (so a cross reference can give its page). */
	public boolean includes(Entry entry) {
		return entry != null && included.contains(entry);
	}

	/** The entry's curation state (worked out once per edition). */
	public CurationState state(Entry entry) {
		return states.computeIfAbsent(entry, CurationState::of);
	}

	/**
	 * Whether the entry is in this edition without being approved (a draft, in review or changed since its
	 * approval): the layouts print it marked "DRAFT".
	 */
	public boolean isDraft(Entry entry) {
		return includes(entry) && !state(entry).isApproved();
	}

	/** How many of the edition's entries are not approved; when any, the edition is marked as a draft. */
	public int unapprovedCount() {
		return unapproved;
	}

	/** The edition's phrases that put a technique into words, recommended ones first. */
	public List<Phrase> phrasesOf(Technique technique) {
		List<Phrase> list = new ArrayList<>(phrasesByTechnique.getOrDefault(technique, List.of()));
		list.sort(Comparator.comparing(Phrase::getKind));
		return list;
	}

	/** The edition's avoid-phrases that name {@code recommended} as what to say instead. */
	public List<Phrase> avoidsReplacedBy(Phrase recommended) {
		return avoidsByReplacement.getOrDefault(recommended, List.of());
	}

	/** The edition's scenarios with a step that applies the technique or uses the phrase. */
	public List<Scenario> scenariosUsing(Entry entry) {
		return scenariosByEntry.getOrDefault(entry, List.of());
	}

	/**
	 * The "Say this / Instead of" pairs of a scenario: every recommended phrase its steps use, with the
	 * avoid-phrases it replaces; an avoid-phrase a step names directly is paired with its replacements.
	 * Phrases outside the edition are left out.
	 */
	public List<Pair> sayInsteadOf(Scenario scenario) {
		Map<Phrase, Set<Phrase>> rows = new java.util.LinkedHashMap<>();
		for (Step step : scenario.getSteps()) {
			for (Phrase phrase : step.getPhrases()) {
				if (!includes(phrase)) {
					continue;
				}
				if (phrase.getKind() == PhraseKind.RECOMMENDED) {
					rows.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).addAll(avoidsReplacedBy(phrase));
				} else {
					for (Phrase replacement : phrase.getReplacements()) {
						if (includes(replacement)) {
							rows.computeIfAbsent(replacement, p -> new LinkedHashSet<>()).add(phrase);
						}
					}
				}
			}
		}
		List<Pair> pairs = new ArrayList<>();
		rows.forEach((say, avoid) -> pairs.add(new Pair(say, List.copyOf(avoid))));
		return pairs;
	}

	/**
	 * A recommended phrase and the avoid-phrases it replaces (possibly none).
	 */
	public record Pair(Phrase say, List<Phrase> insteadOf) {
	}

	/** The anchor id of an entry's section: a valid XML id built from its UUID. */
	public static String anchor(Entry entry) {
		return switch (EntryType.of(entry.eClass())) {
		case SCENARIO -> "s-";
		case TECHNIQUE -> "t-";
		case PHRASE -> "p-";
		case SOURCE -> "src-";
		} + entry.getId();
	}
}
