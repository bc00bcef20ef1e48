package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.edit.Deletion;
import parley.core.edit.NewEntities;
import parley.model.playbook.Identified;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/**
 * What deleting removes (issue 12: the domain rule out of the editing session): every reference to the deleted
 * elements and what they contain, then the elements; undo puts all of it back. Also what a new or duplicated
 * entity looks like ({@link NewEntities}). On a playbook in memory: entities not yet in a shard, which EMF's
 * own delete misses.
 */
class TestDeletion {

	private static final PlaybookFactory F = PlaybookFactory.eINSTANCE;
	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	Playbook playbook;
	AdapterFactoryEditingDomain domain;
	BasicCommandStack stack;
	Technique technique;
	Technique related;
	Phrase phrase;
	Scenario scenario;
	Step step;
	Tag tag;

	@BeforeEach
	void playbook() {
		playbook = F.createPlaybook();
		stack = new BasicCommandStack();
		ComposedAdapterFactory factory = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(factory, stack);
		technique = (Technique) NewEntities.create(P.getTechnique(), "Mirroring");
		related = (Technique) NewEntities.create(P.getTechnique(), "Labelling");
		phrase = (Phrase) NewEntities.create(P.getPhrase(), "It sounds like…");
		scenario = (Scenario) NewEntities.create(P.getScenario(), "Angry caller");
		tag = (Tag) NewEntities.create(P.getTag(), "empathy");
		step = NewEntities.step("Let them finish");
		playbook.getTechniques().addAll(List.of(technique, related));
		playbook.getPhrases().add(phrase);
		playbook.getScenarios().add(scenario);
		playbook.getTags().add(tag);
		scenario.getSteps().add(step);
		step.getTechniques().add(technique);
		step.getPhrases().add(phrase);
		phrase.getTechniques().add(technique);
		related.getRelated().add(technique);
		technique.getTags().add(tag);
		scenario.getTags().add(tag);
	}

	@Test
	void deletingAnEntryRemovesEveryReferenceToItAndUndoPutsThemBack() {
		Deletion deletion = Deletion.of(domain, playbook, List.of(technique));
		assertTrue(deletion.owners().containsAll(List.of(step, phrase, related, playbook)), deletion.owners().toString());
		assertFalse(deletion.owners().contains(tag), "a link the deleted entry holds is not a reference to it");
		stack.execute(deletion.command());

		assertFalse(playbook.getTechniques().contains(technique));
		assertEquals(List.of(), step.getTechniques());
		assertEquals(List.of(), phrase.getTechniques());
		assertEquals(List.of(), related.getRelated());
		assertEquals(List.of(phrase), step.getPhrases(), "other links stay");
		assertEquals(List.of(tag), scenario.getTags());

		stack.undo();
		assertTrue(playbook.getTechniques().contains(technique));
		assertEquals(List.of(technique), step.getTechniques());
		assertEquals(List.of(technique), phrase.getTechniques());
		assertEquals(List.of(technique), related.getRelated());
	}

	@Test
	void deletingATagUntagsEveryEntry() {
		stack.execute(Deletion.of(domain, playbook, List.of(tag)).command());
		assertEquals(List.of(), technique.getTags());
		assertEquals(List.of(), scenario.getTags());
		assertFalse(playbook.getTags().contains(tag));
	}

	@Test
	void deletingAScenarioTakesItsStepsButLeavesWhatTheyLinkTo() {
		Deletion deletion = Deletion.of(domain, playbook, List.of(scenario));
		assertFalse(deletion.owners().contains(step), "references among the deleted elements go with them");
		stack.execute(deletion.command());
		assertFalse(playbook.getScenarios().contains(scenario));
		assertSame(scenario, step.eContainer(), "the step stays inside its (deleted) scenario");
		assertTrue(playbook.getTechniques().contains(technique));
		assertEquals(List.of(technique), phrase.getTechniques());
	}

	@Test
	void deletingAStepRemovesItFromItsScenarioOnly() {
		Deletion deletion = Deletion.of(domain, playbook, List.of(step));
		assertEquals(List.of(scenario), deletion.owners());
		stack.execute(deletion.command());
		assertEquals(List.of(), scenario.getSteps());
		assertTrue(playbook.getPhrases().contains(phrase));
	}

	@Test
	void deletingSeveralAtOnceIsOneCommand() {
		stack.execute(Deletion.of(domain, playbook, List.of(technique, phrase)).command());
		assertEquals(List.of(), step.getTechniques());
		assertEquals(List.of(), step.getPhrases());
		assertEquals(List.of(related), playbook.getTechniques());
		stack.undo();
		assertEquals(List.of(technique, related), playbook.getTechniques());
		assertEquals(List.of(phrase), playbook.getPhrases());
		assertEquals(List.of(phrase), step.getPhrases());
	}

	@Test
	void newAndDuplicatedEntitiesHaveTheirIdsAndAreDrafts() {
		assertEquals(Status.DRAFT, technique.getStatus());
		assertEquals("empathy", tag.getName());
		assertEquals("Let them finish", step.getInstruction());
		for (Identified element : List.of(technique, tag, step)) {
			assertFalse(element.getId() == null || element.getId().isBlank(), "an id from the start");
		}
		scenario.setStatus(Status.APPROVED);
		Scenario copy = (Scenario) NewEntities.copyOf(scenario);
		assertEquals("Angry caller (copy)", copy.getTitle());
		assertEquals(Status.DRAFT, copy.getStatus());
		assertFalse(copy.getId().equals(scenario.getId()));
		assertFalse(copy.getSteps().get(0).getId().equals(step.getId()), "steps get new ids too");
		assertEquals(List.of(technique), copy.getSteps().get(0).getTechniques(), "links are kept");
		assertEquals("empathy (copy)", ((Tag) NewEntities.copyOf(tag)).getName());
		assertNull(copy.eContainer(), "not added yet");
	}
}
