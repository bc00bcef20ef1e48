package parley.core.validation;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/** Every avoid-phrase names at least one recommended phrase to say instead. */
final class AvoidPhraseReplacementRule implements ValidationRule {

	@Override
	public String id() {
		return "avoid-without-replacement";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		var replacements = PlaybookPackage.Literals.PHRASE__REPLACEMENTS;
		for (Phrase phrase : playbook.getPhrases()) {
			if (phrase.getKind() == PhraseKind.AVOID) {
				if (phrase.getReplacements().isEmpty()) {
					problems.error(phrase, replacements,
							"avoid-phrase without a replacement; link the recommended phrase(s) to say instead");
				}
				for (Phrase replacement : phrase.getReplacements()) {
					if (!replacement.eIsProxy() && replacement.getKind() == PhraseKind.AVOID) {
						problems.error(phrase, replacements, "is replaced by '" + replacement.getTitle()
								+ "', which is itself an avoid-phrase; link a recommended phrase instead");
					}
				}
			} else if (!phrase.getReplacements().isEmpty()) {
				problems.warning(phrase, replacements,
						"a recommended phrase has replacements; mark it 'avoid' or remove the replacements");
			}
		}
	}
}
