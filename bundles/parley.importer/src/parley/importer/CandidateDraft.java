package parley.importer;

import parley.model.playbook.CandidateKind;
import parley.model.playbook.PhraseKind;

/**
 * Something a document suggests as an entry, before it is filed in the inbox.
 *
 * @param kind        technique, phrase (scenario candidates are not extracted yet, but may be accepted as one)
 * @param title       a short title (a heading, the first words of a list item or of the wording)
 * @param text        the suggested content: the wording of a phrase, the advice of a technique
 * @param context     the paragraph after the heading or around the quotation, or null
 * @param passage     the exact text of the block the candidate was found in
 * @param phraseKind  for a phrase: recommended or avoid; null for other kinds
 * @param replacement for an avoid phrase: the recommended wording the document pairs with it, or null
 */
public record CandidateDraft(CandidateKind kind, String title, String text, String context, String passage,
		PhraseKind phraseKind, CandidateDraft replacement) {
}
