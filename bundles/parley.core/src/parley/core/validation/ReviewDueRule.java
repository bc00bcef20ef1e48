package parley.core.validation;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import parley.core.service.Elements;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;

/** Entries with a review interval were reviewed within it (a warning). Retired entries are exempt. */
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
			if (!(element instanceof Entry entry) || entry.getReviewIntervalDays() <= 0
					|| entry.getStatus() == Status.RETIRED) {
				continue;
			}
			LocalDate last = entry.getLastReviewed();
			if (last == null) {
				problems.warning(entry, PlaybookPackage.Literals.ENTRY__LAST_REVIEWED,
						"has a review interval but was never reviewed; review it and set the date");
			} else if (last.plusDays(entry.getReviewIntervalDays()).isBefore(today)) {
				problems.warning(entry, PlaybookPackage.Literals.ENTRY__LAST_REVIEWED, "review was due on "
						+ last.plusDays(entry.getReviewIntervalDays()) + "; review it and update the date");
			}
		}
	}
}
