package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import parley.ui.LifeCycle;

/** Issue 18, defect 8: after a crash, the question says what restoring brings back. */
class TestRecoveryQuestion {

	@Test
	void theQuestionListsWhatTheRestoreBringsBack() {
		String question = LifeCycle.recoveryQuestion("/pb/.parley/recovery.xmi",
				List.of("Technique 'Active listening' (changed)", "Scenario 'Angry caller' (deleted)"));
		assertTrue(question.contains("Restoring brings back:\n\n  \u2022 Technique 'Active listening' (changed)"
				+ "\n  \u2022 Scenario 'Angry caller' (deleted)"), question);
		assertTrue(question.endsWith("Restore them? (They stay unsaved until you save; No discards them.)"), question);
	}

	@Test
	void aLongListIsCutAtTenWithACount() {
		List<String> what = IntStream.rangeClosed(1, 12).mapToObj(i -> "Phrase 'P" + i + "' (changed)").toList();
		String question = LifeCycle.recoveryQuestion("/pb/.parley/recovery.xmi", what);
		assertEquals(10, question.split("\u2022", -1).length - 1, question);
		assertTrue(question.contains("\u2026 and 2 more"), question);
		assertFalse(question.contains("'P11'"), question);
	}
}
