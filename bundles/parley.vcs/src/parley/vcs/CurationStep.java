package parley.vcs;

import parley.model.playbook.CurationAction;

/**
 * A curation step a version recorded (from its trailers): which entry, what happened, who took the step.
 *
 * @param by who took it, as the entry's history names them; null if the trailer did not say
 */
public record CurationStep(CurationAction action, String entryId, String by) {
}
