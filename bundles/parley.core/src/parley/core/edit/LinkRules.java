package parley.core.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/**
 * What may link to what: the meaning of dropping one element onto another in the navigator. A phrase or
 * technique dropped onto a scenario step is used in that step; a phrase onto a technique puts that technique
 * into words; a recommended phrase onto an avoid-phrase replaces it; a technique onto a technique relates
 * them; a tag, audience or source onto an entry tags it, addresses it to that audience, or cites the source
 * (a source never cites a source). Everything else does not link. {@link EditingSession#link} makes the link
 * as an undoable command.
 */
public final class LinkRules {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private LinkRules() {
	}

	/**
	 * The link a drop makes: {@code value} is added to the many-valued {@code feature} of {@code owner}.
	 *
	 * @param owner   the element whose list gets the value (the target or the dragged element)
	 * @param feature the list
	 * @param value   what is added to it
	 */
	public record Link(EObject owner, EStructuralFeature feature, Object value) {

		/** Whether the owner's list holds the value already. */
		public boolean exists() {
			return ((List<?>) owner.eGet(feature)).contains(value);
		}
	}

	/** The link dropping {@code dragged} onto {@code target} means, or null when the two do not link. */
	public static Link linkFor(EObject dragged, EObject target) {
		if (dragged == target || dragged == null || target == null) {
			return null;
		}
		if (target instanceof Step step) {
			if (dragged instanceof Phrase) {
				return new Link(step, P.getStep_Phrases(), dragged);
			}
			if (dragged instanceof Technique) {
				return new Link(step, P.getStep_Techniques(), dragged);
			}
		}
		if (dragged instanceof Phrase phrase && target instanceof Technique) {
			return new Link(phrase, P.getPhrase_Techniques(), target);
		}
		if (dragged instanceof Phrase phrase && target instanceof Phrase avoid && avoid.getKind() == PhraseKind.AVOID
				&& phrase.getKind() == PhraseKind.RECOMMENDED) {
			return new Link(avoid, P.getPhrase_Replacements(), phrase);
		}
		if (dragged instanceof Technique && target instanceof Technique technique) {
			return new Link(technique, P.getTechnique_Related(), dragged);
		}
		if (target instanceof Entry entry) {
			if (dragged instanceof Tag) {
				return new Link(entry, P.getEntry_Tags(), dragged);
			}
			if (dragged instanceof Audience) {
				return new Link(entry, P.getEntry_Audiences(), dragged);
			}
			if (dragged instanceof Source && !(target instanceof Source)) {
				return new Link(entry, P.getEntry_Sources(), dragged);
			}
		}
		return null;
	}

	/** Whether dropping {@code dragged} onto {@code target} makes a link that does not exist yet. */
	public static boolean canLink(EObject dragged, EObject target) {
		Link link = linkFor(dragged, target);
		return link != null && !link.exists();
	}
}
