package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.edit.Links;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * What links to an element, the link between two elements, why two do not link, steps by number, and
 * {@link EditingSession#unlink} (issue 14, editing from the command line).
 */
class TestLinks {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	@TempDir
	Path tmp;

	EditingSession session;
	Playbook playbook;

	@BeforeEach
	void open() throws Exception {
		session = new EditingSession(Playbooks.starter(tmp.resolve("pb")));
		playbook = session.playbook().playbook();
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	@Test
	void referencesToAnElementAreFoundAndThoseAmongTheDeletedOnesLeftOut() {
		Technique technique = (Technique) session.create(P.getTechnique(), "Pausing");
		Phrase phrase = (Phrase) session.create(P.getPhrase(), "Let me think");
		Scenario scenario = (Scenario) session.create(P.getScenario(), "Silence");
		Step step = session.addStep(scenario, "Pause");
		assertTrue(session.link(phrase, technique));
		assertTrue(session.link(technique, step));

		List<Links.Reference> references = Links.to(playbook, List.of(technique));
		assertEquals(2, references.size(), references.toString());
		assertTrue(references.stream().anyMatch(r -> r.referrer() == phrase && r.feature() == P.getPhrase_Techniques()));
		assertTrue(references.stream().anyMatch(r -> r.referrer() == step && r.feature() == P.getStep_Techniques()));
		assertTrue(references.toString().contains("Scenario 'Silence' step 1 (techniques)"), references.toString());
		assertEquals(1, Links.to(playbook, List.of(technique, phrase)).size(), "the phrase goes too");
		assertTrue(Links.to(playbook, List.of(scenario)).isEmpty());
		assertSame(step, Links.step(scenario, 1));
		assertEquals("Scenario 'Silence' has 1 step: give a step from 1 to 1, not 2",
				assertThrows(IllegalArgumentException.class, () -> Links.step(scenario, 2)).getMessage());

		assertTrue(session.delete(List.of(technique)));
		assertTrue(phrase.getTechniques().isEmpty());
		assertTrue(step.getTechniques().isEmpty());
	}

	@Test
	void unlinkRemovesTheLinkMadeEitherWayAndIsUndoable() {
		Technique a = (Technique) session.create(P.getTechnique(), "A");
		Technique b = (Technique) session.create(P.getTechnique(), "B");
		assertTrue(session.link(a, b));
		assertTrue(b.getRelated().contains(a));
		assertSame(b, Links.between(b, a).owner());
		assertTrue(session.unlink(b, a), "either way round");
		assertFalse(b.getRelated().contains(a));
		assertFalse(session.unlink(a, b), "no link left");
		assertNull(Links.between(a, b));
		session.undo();
		assertTrue(b.getRelated().contains(a));
		assertEquals("Unlink Technique 'B' from Technique 'A'", session.redoLabel());
	}

	@Test
	void whyTwoElementsDoNotLinkIsSaidInWords() {
		Phrase avoid = (Phrase) session.create(P.getPhrase(), "Calm down");
		avoid.setKind(PhraseKind.AVOID);
		Phrase other = (Phrase) session.create(P.getPhrase(), "Relax");
		other.setKind(PhraseKind.AVOID);
		Source source = (Source) session.create(P.getSource(), "Book");
		Scenario scenario = (Scenario) session.create(P.getScenario(), "Loud caller");
		Technique technique = (Technique) session.create(P.getTechnique(), "T");
		assertNull(Links.whyNot(source, technique));
		assertEquals("only a recommended phrase can be linked to an avoid-phrase (as what to say instead); Phrase"
				+ " 'Relax' is avoid and Phrase 'Calm down' is avoid", Links.whyNot(other, avoid));
		assertEquals("a source does not cite a source", Links.whyNot(source, session.create(P.getSource(), "Other")));
		assertEquals("a technique is linked to a step of a scenario, not to the scenario", Links.whyNot(technique, scenario));
		assertTrue(Links.whyNot(scenario, technique).startsWith("a scenario cannot be linked to a technique; links go"),
				Links.whyNot(scenario, technique));
		assertEquals("an element cannot be linked to itself", Links.whyNot(technique, technique));
	}
}
