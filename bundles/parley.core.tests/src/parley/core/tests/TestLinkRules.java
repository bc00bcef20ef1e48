package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import parley.core.edit.LinkRules;
import parley.model.playbook.Audience;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/** What may link to what (issue 12: the domain rule out of the editing session), on bare model objects. */
class TestLinkRules {

	private static final PlaybookFactory F = PlaybookFactory.eINSTANCE;
	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private static Phrase phrase(PhraseKind kind) {
		Phrase phrase = F.createPhrase();
		phrase.setKind(kind);
		return phrase;
	}

	private static void assertLink(EObject dragged, EObject target, EObject owner, EStructuralFeature feature,
			Object value) {
		LinkRules.Link link = LinkRules.linkFor(dragged, target);
		assertSame(owner, link.owner(), dragged.eClass().getName() + " onto " + target.eClass().getName());
		assertEquals(feature, link.feature());
		assertSame(value, link.value());
		assertFalse(link.exists());
		assertTrue(LinkRules.canLink(dragged, target));
	}

	private static void assertNoLink(EObject dragged, EObject target) {
		assertNull(LinkRules.linkFor(dragged, target));
		assertFalse(LinkRules.canLink(dragged, target));
	}

	@Test
	void eachDropLinksTheWayTheNavigatorMeansIt() {
		Step step = F.createStep();
		Phrase recommended = phrase(PhraseKind.RECOMMENDED);
		Phrase avoid = phrase(PhraseKind.AVOID);
		Technique technique = F.createTechnique();
		Technique other = F.createTechnique();
		Scenario scenario = F.createScenario();
		Tag tag = F.createTag();
		Audience audience = F.createAudience();
		Source source = F.createSource();

		assertLink(recommended, step, step, P.getStep_Phrases(), recommended);
		assertLink(technique, step, step, P.getStep_Techniques(), technique);
		assertLink(recommended, technique, recommended, P.getPhrase_Techniques(), technique);
		assertLink(recommended, avoid, avoid, P.getPhrase_Replacements(), recommended);
		assertLink(other, technique, technique, P.getTechnique_Related(), other);
		assertLink(tag, scenario, scenario, P.getEntry_Tags(), tag);
		assertLink(audience, recommended, recommended, P.getEntry_Audiences(), audience);
		assertLink(source, technique, technique, P.getEntry_Sources(), source);
		assertLink(tag, source, source, P.getEntry_Tags(), tag);
	}

	@Test
	void otherDropsDoNotLink() {
		Technique technique = F.createTechnique();
		Phrase recommended = phrase(PhraseKind.RECOMMENDED);
		Phrase avoid = phrase(PhraseKind.AVOID);
		Source source = F.createSource();
		Scenario scenario = F.createScenario();
		assertNoLink(technique, technique);
		assertNoLink(null, technique);
		assertNoLink(technique, null);
		assertNoLink(avoid, recommended);
		assertNoLink(avoid, phrase(PhraseKind.AVOID));
		assertNoLink(recommended, phrase(PhraseKind.RECOMMENDED));
		assertNoLink(source, F.createSource());
		assertNoLink(scenario, technique);
		assertNoLink(technique, recommended);
		assertNoLink(F.createTag(), F.createStep());
		assertNoLink(source, F.createStep());
	}

	@Test
	void anExistingLinkCannotBeMadeAgain() {
		Step step = F.createStep();
		Phrase phrase = phrase(PhraseKind.RECOMMENDED);
		step.getPhrases().add(phrase);
		LinkRules.Link link = LinkRules.linkFor(phrase, step);
		assertTrue(link.exists());
		assertFalse(LinkRules.canLink(phrase, step));
	}
}
