package parley.core.curation;

import java.time.LocalDate;

import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Technique;

/**
 * When an entry is due for review: {@code lastReviewed + interval}, where the interval is the entry's own
 * ({@code reviewIntervalDays}) or, when that is 0, the playbook's default for its type. An entry with no interval
 * is never due; an entry with an interval that was never reviewed is due at once. Retired entries are never due.
 */
public final class ReviewSchedule {

	private ReviewSchedule() {
	}

	/** The days between reviews of {@code entry}; 0 for none. */
	public static int interval(Entry entry) {
		if (entry.getReviewIntervalDays() > 0) {
			return entry.getReviewIntervalDays();
		}
		if (!(entry.eContainer() instanceof Playbook playbook)) {
			return 0;
		}
		return switch (entry) {
		case Technique t -> playbook.getTechniqueReviewDays();
		case Phrase p -> playbook.getPhraseReviewDays();
		case Scenario s -> playbook.getScenarioReviewDays();
		case Source s -> playbook.getSourceReviewDays();
		default -> 0;
		};
	}

	/**
	 * The day the entry's next review is due; {@link LocalDate#MIN} if it has a schedule but was never reviewed;
	 * null if it has no schedule or is retired.
	 */
	public static LocalDate dueDate(Entry entry) {
		int days = interval(entry);
		if (days <= 0 || CurationState.of(entry) == CurationState.RETIRED) {
			return null;
		}
		return entry.getLastReviewed() == null ? LocalDate.MIN : entry.getLastReviewed().plusDays(days);
	}

	/** Whether the entry's review is due on {@code today} (or was due before). */
	public static boolean isDue(Entry entry, LocalDate today) {
		LocalDate due = dueDate(entry);
		return due != null && !due.isAfter(today);
	}
}
