package parley.vcs;

import java.util.Locale;

import parley.model.playbook.CurationAction;

/**
 * The trailers that record curation steps in a version's message, beside {@code Parley-Changed}, one line per
 * entry: {@code Parley-Approved: <entry id> by <who>} (likewise {@code Parley-Submitted}, {@code -Returned},
 * {@code -Retired}, {@code -Reviewed}, {@code -Reopened}). {@code git log} and {@code git interpret-trailers} read
 * them as they are.
 */
final class CurationTrailers {

	private static final String PREFIX = "Parley-";

	private CurationTrailers() {
	}

	/** The trailer key for a step: "Parley-Approved". */
	static String key(CurationAction step) {
		String literal = step.getLiteral();
		return PREFIX + Character.toUpperCase(literal.charAt(0)) + literal.substring(1);
	}

	static String line(CurationAction step, String entryId, String by) {
		String who = by == null ? "" : by.replaceAll("[\\r\\n]+", " ").strip();
		return key(step) + ": " + entryId + (who.isEmpty() ? "" : " by " + who);
	}

	/** The step a trailer line records, or null if the line is not a curation trailer. */
	static CurationStep parse(String line) {
		if (!line.startsWith(PREFIX)) {
			return null;
		}
		int colon = line.indexOf(':');
		if (colon < 0) {
			return null;
		}
		CurationAction step = CurationAction.get(line.substring(PREFIX.length(), colon).toLowerCase(Locale.ROOT));
		if (step == null) {
			return null;
		}
		String value = line.substring(colon + 1).strip();
		int by = value.indexOf(" by ");
		String id = by < 0 ? value : value.substring(0, by).strip();
		return id.isEmpty() ? null : new CurationStep(step, id, by < 0 ? null : value.substring(by + 4).strip());
	}
}
