package parley.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import parley.model.playbook.Playbook;

/** Runs validation rules over a playbook. Headless; used by {@code parley validate} and the Problems part. */
public final class PlaybookValidator {

	private final List<ValidationRule> rules;

	public PlaybookValidator() {
		this(defaultRules());
	}

	public PlaybookValidator(List<ValidationRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The rules every playbook is checked against. */
	public static List<ValidationRule> defaultRules() {
		return List.of(new RequiredFieldsRule(), new DanglingReferenceRule(), new AvoidPhraseReplacementRule(),
				new ScenarioStepsRule(), new DuplicateTitleRule(), new SourceCitationRule(), new OwnWordsRule(),
				new ReviewDueRule());
	}

	public List<ValidationRule> rules() {
		return rules;
	}

	/** All problems, errors first, then by element label. */
	public List<Problem> validate(Playbook playbook) {
		Problems problems = new Problems();
		for (ValidationRule rule : rules) {
			problems.startRule(rule.id());
			rule.check(playbook, problems);
		}
		List<Problem> result = new ArrayList<>(problems.list());
		result.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::elementLabel)
				.thenComparing(p -> p.field() == null ? "" : p.field()));
		return result;
	}
}
