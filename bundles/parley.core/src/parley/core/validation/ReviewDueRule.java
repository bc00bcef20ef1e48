package parley.core.validation;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import parley.core.curation.ReviewSchedule;
import parley.core.service.Elements;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * Entries with a review interval (their own or the playbook's default for their type, {@link ReviewSchedule})
 * were reviewed within it (a warning). Retired entries are exempt.
 */
final class ReviewDueRule implements ValidationRule {

	private final Clock clock;

	ReviewDueRule() {
		this(Clock.systemDefaultZone());
	}

	ReviewDueRule(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String id() {
		return "review-overdue";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		LocalDate today = LocalDate.now(clock);
		for (EObject element : Elements.all(playbook)) {
			if (!(element instanceof Entry entry) || ReviewSchedule.dueDate(entry) == null) {
				continue;
			}
			LocalDate last = entry.getLastReviewed();
			int days = ReviewSchedule.interval(entry);
			if (last == null) {
				problems.warning(entry, PlaybookPackage.Literals.ENTRY__LAST_REVIEWED,
						"has a review interval but was never reviewed; review it and mark it reviewed");
			} else if (last.plusDays(days).isBefore(today)) {
				problems.warning(entry, PlaybookPackage.Literals.ENTRY__LAST_REVIEWED, "review was due on "
						+ last.plusDays(days) + "; review it and mark it reviewed");
			}
		}
	}
}
