package parley.vcs;

import java.util.List;

/**
 * What {@code sync} did.
 *
 * @param outcome   what happened
 * @param conflicts for {@link Outcome#CONFLICTS}: the fields to resolve before the merge can be saved
 */
public record SyncResult(Outcome outcome, List<Conflict> conflicts) {

	public enum Outcome {
		/** Nothing to do: both sides have the same versions. */
		UP_TO_DATE,
		/** The remote had no playbook or was behind: local versions were sent. */
		PUSHED,
		/** Only the remote had new versions: they were taken over. */
		PULLED,
		/** Both had new versions: merged on the model, saved as a merge version, and sent. */
		MERGED,
		/** Both changed the same fields: merged except those, which wait to be resolved ({@link parley.vcs.PlaybookRepository#resolve}). */
		CONFLICTS
	}
}
