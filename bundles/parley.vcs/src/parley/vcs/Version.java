package parley.vcs;

import java.time.Instant;
import java.util.List;

/**
 * One saved version (a git commit) of a playbook.
 *
 * @param id       the commit id
 * @param message  the message the author gave
 * @param author   author name
 * @param email    author e-mail
 * @param time     when it was saved
 * @param entities ids of the entries it changed (empty when unknown or more than a thousand)
 * @param releases names of the releases (tags) that point at it
 * @param curation the curation steps it recorded (approvals and the like), from its trailers
 */
public record Version(String id, String message, String author, String email, Instant time, List<String> entities,
		List<String> releases, List<CurationStep> curation) {

	/**
	 * The curation this version recorded, in words: for one entry "approved by Ben Osei" (steps joined with
	 * "; "), for the whole playbook ({@code entryId} null) counts such as "2 approved, 1 retired"; "" for none.
	 */
	public String describeCuration(String entryId) {
		if (entryId != null) {
			return String.join("; ", curationOf(entryId).stream().map(s -> s.action().getLiteral()
					+ (s.by() == null ? "" : " by " + parley.core.curation.People.shortName(s.by()))).toList());
		}
		java.util.Map<parley.model.playbook.CurationAction, Long> counts = new java.util.EnumMap<>(
				parley.model.playbook.CurationAction.class);
		curation.forEach(step -> counts.merge(step.action(), 1L, Long::sum));
		return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().getLiteral())
				.toList());
	}

	/** The curation steps this version recorded for one entry. */
	public List<CurationStep> curationOf(String entryId) {
		return curation.stream().filter(s -> s.entryId().equals(entryId)).toList();
	}

	public String shortId() {
		return id.substring(0, 8);
	}
}
