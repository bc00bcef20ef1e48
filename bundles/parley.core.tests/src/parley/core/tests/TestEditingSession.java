package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.service.PlaybookQueries;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/** The editing session: commands, undo/redo, stamps, save of changed shards only, links and crash recovery. */
class TestEditingSession {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@TempDir
	Path tmp;

	private EditingSession session;

	@AfterEach
	void tearDown() {
		if (session != null) {
			session.dispose();
		}
	}

	private EditingSession open(Path dir) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(dir);
		session = new EditingSession(open, Clock.fixed(NOW, ZoneOffset.UTC));
		return session;
	}

	private static <T extends Entry> T entry(Playbook playbook, Class<T> type, String title) {
		return new PlaybookQueries(playbook).entries().stream().filter(type::isInstance).map(type::cast)
				.filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
	}

	@Test
	void editUndoRedoAndSaveWritesOnlyTheChangedShard() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Map<String, String> before = Fixtures.snapshot(dir);
		EditingSession s = open(dir);
		Technique listening = entry(s.playbook().playbook(), Technique.class, "Active listening");
		Instant oldStamp = listening.getModified();
		List<String> events = new java.util.ArrayList<>();
		s.addListener(x -> events.add(x.isDirty() ? "dirty" : "clean"));

		assertFalse(s.isDirty());
		assertTrue(s.set(listening, P.getTechnique_Summary(), "Listen first."));
		assertFalse(s.set(listening, P.getTechnique_Summary(), "Listen first."), "same value: no command");
		assertTrue(s.isDirty());
		assertEquals("Listen first.", listening.getSummary());
		assertEquals(NOW, listening.getModified(), "stamped in the same command");

		s.undo();
		assertNotEquals("Listen first.", listening.getSummary());
		assertEquals(oldStamp, listening.getModified(), "undo reverts the stamp too");
		assertFalse(s.isDirty(), "back at the save point");
		s.redo();
		assertEquals("Listen first.", listening.getSummary());
		assertEquals(NOW, listening.getModified());
		assertEquals(List.of("dirty", "clean", "dirty"), events);

		s.save();
		assertFalse(s.isDirty());
		Map<String, String> after = Fixtures.snapshot(dir);
		Set<String> changed = new TreeSet<>();
		for (String file : after.keySet()) {
			if (!after.get(file).equals(before.get(file))) {
				changed.add(file);
			}
		}
		assertEquals(1, changed.size(), "one shard rewritten: " + changed);
		assertTrue(changed.iterator().next().startsWith("techniques/"), changed.toString());
		Technique reloaded = entry(new XmiPlaybookStore().open(dir).playbook(), Technique.class, "Active listening");
		assertEquals("Listen first.", reloaded.getSummary());
		assertEquals(NOW, reloaded.getModified());
	}

	@Test
	void createdEntriesAreStampedAndDeleteRemovesReferencesUndoably() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Playbook playbook = s.playbook().playbook();
		Technique created = (Technique) s.create(P.getTechnique(), "Mirroring");
		assertNotNull(created);
		assertTrue(playbook.getTechniques().contains(created));
		assertEquals(NOW, created.getCreated());
		assertEquals(NOW, created.getModified());
		Phrase phrase = playbook.getPhrases().get(0);
		assertTrue(s.link(phrase, created));
		assertFalse(s.canLink(phrase, created), "already linked");
		assertTrue(phrase.getTechniques().contains(created));
		s.save();
		assertEquals("Mirroring", entry(new XmiPlaybookStore().open(dir).playbook(), Technique.class, "Mirroring")
				.getTitle());

		assertTrue(s.delete(List.of(created)));
		assertFalse(playbook.getTechniques().contains(created));
		assertFalse(phrase.getTechniques().contains(created), "the reference went with it");
		s.undo();
		assertTrue(playbook.getTechniques().contains(created));
		assertTrue(phrase.getTechniques().contains(created), "undo brings the reference back");
		s.redo();
		s.save();
		Playbook reloaded = new XmiPlaybookStore().open(dir).playbook();
		assertTrue(reloaded.getTechniques().stream().noneMatch(t -> t.getTitle().equals("Mirroring")));
	}

	@Test
	void linksFollowWhatADropMeans() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Playbook playbook = s.playbook().playbook();
		Scenario scenario = playbook.getScenarios().get(0);
		Step step = scenario.getSteps().get(0);
		Phrase phrase = playbook.getPhrases().stream().filter(p -> !step.getPhrases().contains(p)).findFirst()
				.orElseThrow();
		assertTrue(s.link(phrase, step));
		assertTrue(step.getPhrases().contains(phrase));
		assertEquals(NOW, scenario.getModified(), "the step's scenario is stamped");
		assertFalse(s.canLink(scenario, phrase), "a scenario onto a phrase means nothing");
		Phrase avoid = playbook.getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).findFirst()
				.orElseThrow();
		Phrase recommended = playbook.getPhrases().stream()
				.filter(p -> p.getKind() == PhraseKind.RECOMMENDED && !avoid.getReplacements().contains(p)).findFirst()
				.orElseThrow();
		assertTrue(s.link(recommended, avoid));
		assertTrue(avoid.getReplacements().contains(recommended));
		Step added = s.addStep(scenario, "Summarise what you will do");
		assertEquals(added, scenario.getSteps().get(scenario.getSteps().size() - 1));
		s.undo();
		assertFalse(scenario.getSteps().contains(added));
	}

	@Test
	void duplicateGivesNewIdsToTheCopyAndItsSteps() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Scenario original = s.playbook().playbook().getScenarios().get(0);
		Scenario copy = (Scenario) s.duplicate(original);
		assertEquals(original.getTitle() + " (copy)", copy.getTitle());
		assertNotEquals(original.getId(), copy.getId());
		assertEquals(original.getSteps().size(), copy.getSteps().size());
		for (int i = 0; i < copy.getSteps().size(); i++) {
			assertNotEquals(original.getSteps().get(i).getId(), copy.getSteps().get(i).getId());
			assertEquals(original.getSteps().get(i).getTechniques(), copy.getSteps().get(i).getTechniques());
		}
	}

	@Test
	void unsavedChangesAreRecoveredAfterACrash() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Path recovery = parley.core.store.LocalState.file(dir, parley.core.store.LocalState.RECOVERY);
		Playbook playbook = s.playbook().playbook();
		Technique listening = entry(playbook, Technique.class, "Active listening");
		s.set(listening, P.getTechnique_Summary(), "Recovered summary");
		Technique created = (Technique) s.create(P.getTechnique(), "Brand new");
		Phrase phrase = playbook.getPhrases().get(0);
		s.link(phrase, created);
		Scenario doomed = playbook.getScenarios().get(1);
		String doomedTitle = doomed.getTitle();
		int scenarios = playbook.getScenarios().size();
		s.delete(List.of(doomed));
		s.flushRecovery();
		assertTrue(Files.isRegularFile(recovery), "written after commands");
		s.dispose(); // the "crash": nothing saved
		session = null;

		EditingSession second = open(dir);
		Playbook fresh = second.playbook().playbook();
		assertTrue(second.hasRecovery());
		String phraseLabel = parley.core.service.Labels.describe(phrase);
		assertEquals(java.util.Set.of("Technique 'Active listening' (changed)", "Technique 'Brand new' (new)",
				phraseLabel + " (changed)", "Scenario '" + doomedTitle + "' (deleted)"),
				java.util.Set.copyOf(second.previewRecovery()), "what the restore would bring back, named");
		assertFalse(second.isDirty(), "the preview changes nothing");
		assertEquals(4, second.restoreRecovery(), "changed (2), created and deleted entities");
		assertTrue(second.isDirty());
		assertEquals("Recovered summary", entry(fresh, Technique.class, "Active listening").getSummary());
		Technique restored = entry(fresh, Technique.class, "Brand new");
		assertEquals(created.getId(), restored.getId());
		Phrase freshPhrase = fresh.getPhrases().stream().filter(p -> p.getId().equals(phrase.getId())).findFirst()
				.orElseThrow();
		assertTrue(freshPhrase.getTechniques().contains(restored), "links to a recovered new entry");
		assertTrue(fresh.getScenarios().stream().noneMatch(sc -> sc.getTitle().equals(doomedTitle)));
		second.undo();
		assertEquals(scenarios, fresh.getScenarios().size(), "undo of the restore brings the deleted scenario back");
		second.redo();
		second.save();
		second.flushRecovery();
		assertFalse(Files.exists(recovery), "deleted on save");
		Playbook reloaded = new XmiPlaybookStore().open(dir).playbook();
		assertEquals("Recovered summary", entry(reloaded, Technique.class, "Active listening").getSummary());
		assertNull(reloaded.getScenarios().stream().filter(sc -> sc.getTitle().equals(doomedTitle)).findFirst()
				.orElse(null));
	}

	@Test
	void undoingBackToTheSavedStateDeletesTheRecoveryFile() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Technique listening = entry(s.playbook().playbook(), Technique.class, "Active listening");
		s.set(listening, P.getEntry_Owner(), "Sam");
		s.flushRecovery();
		assertTrue(s.hasRecovery());
		s.undo();
		s.flushRecovery();
		assertFalse(s.hasRecovery());
	}

	private static List<String> unsaved(EditingSession s) {
		return s.unsavedChanges().stream()
				.map(u -> parley.core.service.Labels.describe(u.element()) + " " + u.change()).toList();
	}

	@Test
	void discardingOneEntryRestoresItsSavedStateAsOneUndoableCommand() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Map<String, String> before = Fixtures.snapshot(dir);
		EditingSession s = open(dir);
		Playbook playbook = s.playbook().playbook();
		Technique listening = entry(playbook, Technique.class, "Active listening");
		Technique other = playbook.getTechniques().stream().filter(t -> t != listening).findFirst().orElseThrow();
		String title = listening.getTitle();
		String summary = listening.getSummary();
		Instant stamp = listening.getModified();
		// interleaved with another entry's edit, so undo alone could not take back only this entry's changes
		s.set(listening, P.getEntry_Title(), "Listening, actively");
		s.set(other, P.getEntry_Owner(), "Sam");
		s.set(listening, P.getTechnique_Summary(), "Listen first.");
		assertEquals(List.of("Technique 'Listening, actively' CHANGED", "Technique '" + other.getTitle() + "' CHANGED"),
				unsaved(s));

		assertTrue(s.discardChanges(listening));
		assertEquals(title, listening.getTitle());
		assertEquals(summary, listening.getSummary());
		assertEquals(stamp, listening.getModified(), "the saved stamp too");
		assertEquals("Sam", other.getOwner(), "the other entry keeps its change");
		assertFalse(s.hasUnsavedChanges(listening));
		assertTrue(s.hasUnsavedChanges(other));
		assertTrue(s.isDirty());
		assertEquals("Discard changes to Technique 'Listening, actively'", s.undoLabel(), "named as the author knew it");
		assertFalse(s.discardChanges(listening), "nothing left to discard");

		s.undo();
		assertEquals("Listening, actively", listening.getTitle(), "undo brings the discarded changes back");
		assertEquals("Listen first.", listening.getSummary());
		assertTrue(s.hasUnsavedChanges(listening));
		s.redo();
		assertEquals(title, listening.getTitle());

		assertTrue(s.discardChanges(other));
		assertFalse(s.isDirty(), "every change discarded: nothing to save");
		assertEquals(List.of(), s.unsavedChanges());
		s.flushRecovery();
		assertFalse(s.hasRecovery(), "nothing to recover either");
		s.save();
		assertEquals(before, Fixtures.snapshot(dir), "the files are as they were");
	}

	@Test
	void discardingANewEntryRemovesItAndTheLinksToIt() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Playbook playbook = s.playbook().playbook();
		Technique created = (Technique) s.create(P.getTechnique(), "Mirroring");
		Scenario scenario = playbook.getScenarios().get(0);
		Step step = scenario.getSteps().get(0);
		assertTrue(s.link(created, step));
		assertEquals(List.of("Technique 'Mirroring' NEW", "Scenario '" + scenario.getTitle() + "' CHANGED"), unsaved(s));

		assertTrue(s.discardChanges(created));
		assertFalse(playbook.getTechniques().contains(created));
		assertFalse(step.getTechniques().contains(created), "the link to it went too");
		assertEquals(List.of("Scenario '" + scenario.getTitle() + "' CHANGED"), unsaved(s),
				"the scenario keeps its new modified stamp until it is discarded or saved");
		s.undo();
		assertTrue(playbook.getTechniques().contains(created));
		assertTrue(step.getTechniques().contains(created));
	}

	@Test
	void unsavedChangesNameNewChangedAndDeletedEntitiesButNotUndoneOnes() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		EditingSession s = open(dir);
		Playbook playbook = s.playbook().playbook();
		Scenario scenario = playbook.getScenarios().get(0);
		Step step = scenario.getSteps().get(0);
		String instruction = step.getInstruction();
		s.set(step, P.getStep_Instruction(), "Breathe.");
		assertEquals(List.of("Scenario '" + scenario.getTitle() + "' CHANGED"), unsaved(s), "a step is its scenario's");
		s.undo();
		assertEquals(List.of(), unsaved(s));
		Technique created = (Technique) s.create(P.getTechnique(), "Gone again");
		s.delete(List.of(created));
		assertEquals(List.of(), unsaved(s), "created and deleted again: nothing to save");
		Phrase phrase = playbook.getPhrases().get(0);
		s.delete(List.of(phrase));
		assertEquals("Phrase '" + phrase.getTitle() + "' DELETED", unsaved(s).get(0), unsaved(s).toString());
		s.save();
		assertEquals(List.of(), unsaved(s));
		s.undo(); // below the save point: the phrase is back, which the files do not have
		assertEquals("Phrase '" + phrase.getTitle() + "' NEW", unsaved(s).get(0), unsaved(s).toString());

		// a step edited, then the scenario discarded: the step is as saved
		s.redo();
		s.set(step, P.getStep_Instruction(), "Breathe.");
		assertTrue(s.discardChanges(scenario));
		assertEquals(instruction, scenario.getSteps().get(0).getInstruction());
		assertFalse(s.isDirty());
	}
}
