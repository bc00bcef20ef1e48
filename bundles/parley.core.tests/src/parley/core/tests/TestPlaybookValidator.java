package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.core.validation.Severity;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Scenario;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

class TestPlaybookValidator {

	@TempDir
	Path tmp;

	private Playbook playbook;

	@BeforeEach
	void starter() throws Exception {
		OpenPlaybook open = Playbooks.starter(tmp.resolve("pb"));
		playbook = open.playbook();
	}

	private List<Problem> errors(String rule) {
		return new PlaybookValidator().validate(playbook).stream()
				.filter(p -> p.severity() == Severity.ERROR && p.rule().equals(rule)).toList();
	}

	@Test
	void starterPlaybookHasNoProblems() {
		// Review dates depend on today's date; everything else must be clean.
		assertEquals(List.of(), new PlaybookValidator().validate(playbook).stream()
				.filter(p -> !p.rule().equals("review-overdue")).toList());
	}

	@Test
	void avoidPhraseWithoutReplacementIsAnError() {
		Phrase avoid = playbook.getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).findFirst().orElseThrow();
		avoid.getReplacements().clear();
		List<Problem> problems = errors("avoid-without-replacement");
		assertEquals(1, problems.size());
		assertEquals(avoid.getId(), problems.get(0).elementId());
		assertEquals("replacements", problems.get(0).field());
		assertTrue(problems.get(0).elementLabel().contains(avoid.getTitle()));
	}

	@Test
	void replacementThatIsItselfAvoidIsAnError() {
		List<Phrase> avoid = playbook.getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).toList();
		avoid.get(0).getReplacements().add(avoid.get(1));
		assertEquals(1, errors("avoid-without-replacement").size());
	}

	@Test
	void scenarioWithoutStepsIsAnError() {
		Scenario scenario = playbook.getScenarios().get(0);
		scenario.getSteps().clear();
		List<Problem> problems = errors("scenario-without-steps");
		assertEquals(1, problems.size());
		assertEquals(scenario.getId(), problems.get(0).elementId());
	}

	@Test
	void duplicateTitlesAreErrorsIgnoringCaseAndSpacing() {
		Technique a = playbook.getTechniques().get(0);
		Technique b = playbook.getTechniques().get(1);
		b.setTitle("  " + a.getTitle().toUpperCase() + " ");
		assertEquals(1, errors("duplicate-title").size());
	}

	@Test
	void emptyRequiredFieldsAreErrors() {
		playbook.getPhrases().get(0).setText("   ");
		playbook.getScenarios().get(0).getSteps().get(0).setInstruction(null);
		List<Problem> problems = errors("required-field-empty");
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> "text".equals(p.field())));
		assertTrue(problems.stream().anyMatch(p -> "instruction".equals(p.field()) && p.elementLabel().contains("step 1")));
	}

	@Test
	void referenceToARemovedEntryIsAnError() {
		Technique technique = playbook.getScenarios().get(0).getSteps().get(0).getTechniques().get(0);
		playbook.getTechniques().remove(technique); // removed without cleaning up references
		assertTrue(errors("dangling-reference").size() >= 1);
		playbook.getTechniques().add(technique);
		assertEquals(0, errors("dangling-reference").size());
		EcoreUtil.delete(technique, true); // a proper delete removes the references too
		assertEquals(0, errors("dangling-reference").size());
	}

	@Test
	void overdueReviewIsAWarning() throws Exception {
		Technique t = playbook.getTechniques().get(0);
		t.setLastReviewed(LocalDate.of(2025, 1, 1));
		t.setReviewIntervalDays(90);
		Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		PlaybookValidator validator = new PlaybookValidator(List.of(new parley.core.validation.ReviewDueRuleAccess(clock).rule()));
		List<Problem> problems = validator.validate(playbook);
		assertTrue(problems.stream().anyMatch(p -> p.elementId().equals(t.getId()) && p.severity() == Severity.WARNING
				&& p.message().contains("2025-04-01")), problems.toString());
	}

	@Test
	void thePlaybookDefaultIntervalForATypeAppliesWhenTheEntryHasNone() throws Exception {
		Technique t = playbook.getTechniques().get(0);
		t.setLastReviewed(LocalDate.of(2026, 1, 1));
		t.setReviewIntervalDays(0);
		Clock clock = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		PlaybookValidator validator = new PlaybookValidator(List.of(new parley.core.validation.ReviewDueRuleAccess(clock).rule()));
		assertTrue(validator.validate(playbook).stream().noneMatch(p -> p.elementId().equals(t.getId())));
		playbook.setTechniqueReviewDays(30);
		List<Problem> problems = validator.validate(playbook);
		assertTrue(problems.stream().anyMatch(p -> p.elementId().equals(t.getId())
				&& p.message().contains("review was due on 2026-01-31; review it and mark it reviewed")), problems.toString());
		playbook.setPhraseReviewDays(0);
		assertTrue(problems.stream().noneMatch(p -> p.elementId().equals(playbook.getPhrases().get(0).getId())
				&& p.message().contains("2026-01-31")), "only techniques follow the technique default");
	}

	@Test
	void newEmptyPlaybookIsValid() {
		Playbook empty = PlaybookFactory.eINSTANCE.createPlaybook();
		empty.setTitle("Empty");
		assertEquals(List.of(), new PlaybookValidator().validate(empty));
	}
}
