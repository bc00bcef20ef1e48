/**
 * The import inbox: candidates found in imported documents ({@link parley.model.playbook.Candidate}), kept in
 * the playbook's local state ({@link parley.core.inbox.InboxStore}) and settled by an author through
 * {@link parley.core.inbox.InboxDecisions}: accepted as a draft entry, merged into an existing entry, or
 * discarded. What became of a candidate is read against the playbook ({@link parley.core.inbox.CandidateState}),
 * so an accept that was undone or never saved leaves the candidate waiting again.
 */
package parley.core.inbox;
