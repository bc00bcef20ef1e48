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

	/** The curation steps this version recorded for one entry. */
	public List<CurationStep> curationOf(String entryId) {
		return curation.stream().filter(s -> s.entryId().equals(entryId)).toList();
	}

	public String shortId() {
		return id.substring(0, 8);
	}
}
