package parley.core.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.core.validation.OwnWordsRule;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;

/**
 * What keeps a release back: every entry that is not approved as it stands (drafts, entries in review, entries
 * changed since approval) and every approved entry whose periodic review is due. Retired entries never hold a
 * release back. A release goes ahead only when this list is empty or the person releasing says so explicitly.
 */
public final class ReleaseGate {

	/** One entry holding the release back, and why ("in review", "review due since 2026-10-01"). */
	public record Blocker(Entry entry, String reason) {
		/** "phrase 'Calm down' (in review)". */
		public String describe() {
			return Labels.describe(entry) + " (" + reason + ")";
		}
	}

	/**
	 * One passage of an entry that repeats the words of a source it cites: a warning shown at release, never a
	 * blocker.
	 */
	public record Warning(Entry entry, String where, String message) {
		/** "Technique 'Label emotions' [rationale]: repeats 12 words of 'Source' word for word: "…"; rewrite it…". */
		public String describe() {
			return where + ": " + message;
		}
	}

	private ReleaseGate() {
	}

	/**
	 * What the lead should know before releasing {@code playbook}: techniques, phrases and scenarios (not retired)
	 * whose text repeats eight or more consecutive words of a source they cite ({@link OwnWordsRule}), in playbook
	 * order. They do not hold the release back.
	 */
	public static List<Warning> ownWords(Playbook playbook) {
		List<Warning> warnings = new ArrayList<>();
		for (OwnWordsRule.Copy copy : new OwnWordsRule().find(playbook)) {
			if (CurationState.of(copy.entry()) != CurationState.RETIRED) {
				warnings.add(new Warning(copy.entry(),
						Labels.describe(copy.element()) + " [" + copy.field().getName() + "]", copy.message()));
			}
		}
		return warnings;
	}

	/**
	 * The own-words warnings as the lead reads them at release: "2 entries repeat their sources' wording (rewrite
	 * them in your own words):" and one line per passage; empty when there are none.
	 */
	public static String describe(List<Warning> warnings) {
		if (warnings.isEmpty()) {
			return "";
		}
		long entries = warnings.stream().map(Warning::entry).distinct().count();
		StringBuilder text = new StringBuilder().append(entries)
				.append(entries == 1 ? " entry repeats its sources' wording" : " entries repeat their sources' wording")
				.append(" (rewrite ").append(entries == 1 ? "it" : "them").append(" in your own words):");
		for (Warning warning : warnings) {
			text.append("\n  ").append(warning.describe());
		}
		return text.toString();
	}

	/** What holds a release of {@code playbook} back on {@code today}, in playbook order. */
	public static List<Blocker> blockers(Playbook playbook, LocalDate today) {
		List<Blocker> blockers = new ArrayList<>();
		for (Object element : Elements.all(playbook)) {
			if (!(element instanceof Entry entry)) {
				continue;
			}
			CurationState state = CurationState.of(entry);
			if (state == CurationState.RETIRED) {
				continue;
			}
			if (state != CurationState.APPROVED) {
				blockers.add(new Blocker(entry, state.label()));
			} else if (ReviewSchedule.isDue(entry, today)) {
				LocalDate due = ReviewSchedule.dueDate(entry);
				blockers.add(new Blocker(entry,
						due.equals(LocalDate.MIN) ? "never reviewed" : "review due since " + due));
			}
		}
		return blockers;
	}
}
