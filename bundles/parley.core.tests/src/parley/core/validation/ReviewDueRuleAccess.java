package parley.core.validation;

import java.time.Clock;

/** Test access (same package, via the fragment) to the review rule with a fixed clock. */
public final class ReviewDueRuleAccess {
	private final Clock clock;

	public ReviewDueRuleAccess(Clock clock) {
		this.clock = clock;
	}

	public ValidationRule rule() {
		return new ReviewDueRule(clock);
	}
}
