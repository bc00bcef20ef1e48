package parley.core.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import parley.core.service.Elements;
import parley.core.service.Labels;
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

	private ReleaseGate() {
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
