package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.core.curation.ReviewQueue;
import parley.core.service.Elements;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.testsupport.Playbooks;

/** The starter playbook: complete, linked, cited, and always handed out as a copy. */
class TestStarterPlaybook {

	@TempDir
	Path tmp;

	@Test
	void hasThePromisedContent() throws Exception {
		Playbook p = Playbooks.starter(tmp.resolve("pb")).playbook();
		assertTrue(p.getTechniques().size() >= 15, "techniques: " + p.getTechniques().size());
		assertTrue(p.getPhrases().size() >= 40, "phrases: " + p.getPhrases().size());
		assertTrue(p.getScenarios().size() >= 8, "scenarios: " + p.getScenarios().size());
		assertEquals(5, p.getSources().size());
		long avoid = p.getPhrases().stream().filter(ph -> ph.getKind() == PhraseKind.AVOID).count();
		assertTrue(avoid >= 10, "avoid-phrases: " + avoid);
	}

	@Test
	void everyEntryCitesASourceAndEveryLinkResolves() throws Exception {
		Playbook p = Playbooks.starter(tmp.resolve("pb")).playbook();
		Set<Entry> cited = new HashSet<>();
		cited.addAll(p.getTechniques());
		cited.addAll(p.getPhrases());
		cited.addAll(p.getScenarios());
		for (Entry e : cited) {
			assertFalse(e.getSources().isEmpty(), e.getTitle() + " cites no source");
			e.getSources().forEach(s -> assertFalse(s.eIsProxy(), e.getTitle()));
		}
		for (Phrase phrase : p.getPhrases()) {
			if (phrase.getKind() == PhraseKind.AVOID) {
				assertFalse(phrase.getReplacements().isEmpty(), phrase.getTitle());
				phrase.getReplacements().forEach(r -> assertEquals(PhraseKind.RECOMMENDED, r.getKind()));
			}
		}
		for (Scenario s : p.getScenarios()) {
			assertTrue(s.getSteps().size() >= 3, s.getTitle());
			for (Step step : s.getSteps()) {
				assertFalse(step.getTechniques().isEmpty(), s.getTitle());
			}
		}
	}

	@Test
	void copiesAreIndependentOfTheShippedFiles() throws Exception {
		Path first = tmp.resolve("first");
		OpenPlaybook open = Playbooks.starter(first);
		Map<String, String> pristine = Fixtures.snapshot(first);
		open.playbook().setTitle("Edited copy");
		open.save();
		Path second = tmp.resolve("second");
		StarterPlaybook.copyTo(second);
		assertEquals(pristine, Fixtures.snapshot(second), "a later copy is still the shipped content");
		assertThrows(StoreException.class, () -> StarterPlaybook.copyTo(first), "never copied over a playbook");
	}

	@Test
	void everyApprovedEntryRecordsTheApprovalOfItsContentAndTheQueueIsNotEmpty() throws Exception {
		Playbook p = Playbooks.starter(tmp.resolve("pb")).playbook();
		int approved = 0;
		Set<CurationState> states = new HashSet<>();
		for (Object element : Elements.all(p)) {
			if (!(element instanceof Entry entry)) {
				continue;
			}
			states.add(CurationState.of(entry));
			if (entry.getStatus() == Status.APPROVED) {
				approved++;
				CurationEvent approval = CuratedContent.lastApproval(entry);
				assertNotNull(approval, entry.getTitle() + " has no approval record");
				assertEquals(CuratedContent.fingerprint(entry), approval.getFingerprint(), entry.getTitle());
				assertEquals(CuratedContent.of(entry), approval.getContent(), entry.getTitle());
				assertEquals("Parley editors", approval.getBy());
				assertEquals(CurationState.APPROVED, CurationState.of(entry), entry.getTitle());
			}
		}
		assertTrue(approved >= 90, "approved: " + approved);
		assertTrue(states.contains(CurationState.IN_REVIEW), "at least one entry in review: " + states);
		assertTrue(states.contains(CurationState.DRAFT), "at least one draft: " + states);
		ReviewQueue queue = ReviewQueue.of(p, LocalDate.of(2026, 12, 2), null);
		assertTrue(queue.count(ReviewQueue.Group.IN_REVIEW) > 0 && queue.count(ReviewQueue.Group.DRAFT) > 0,
				"the review queue is not empty on first start");
	}
}
