package parley.core.service;

import java.util.Locale;
import java.util.function.Predicate;

import parley.model.playbook.Entry;
import parley.model.playbook.Status;
import parley.model.playbook.Tag;

/**
 * Which entries a listing shows: by type, tag name and status; null fields match everything.
 *
 * @param type   entry type or null
 * @param tag    tag name (case-insensitive) or null
 * @param status curation status or null
 */
public record EntryFilter(EntryType type, String tag, Status status) implements Predicate<Entry> {

	public static final EntryFilter ALL = new EntryFilter(null, null, null);

	@Override
	public boolean test(Entry entry) {
		if (type != null && entry.eClass() != type.eClass()) {
			return false;
		}
		if (status != null && entry.getStatus() != status) {
			return false;
		}
		if (tag != null) {
			String wanted = tag.strip().toLowerCase(Locale.ROOT);
			boolean found = false;
			for (Tag t : entry.getTags()) {
				if (!t.eIsProxy() && t.getName() != null && t.getName().toLowerCase(Locale.ROOT).equals(wanted)) {
					found = true;
					break;
				}
			}
			return found;
		}
		return true;
	}

	/** Parses a status as users write it: "approved", "in-review", "IN_REVIEW"; null if unknown. */
	public static Status parseStatus(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		for (Status s : Status.VALUES) {
			if (s.getLiteral().equals(t)) {
				return s;
			}
		}
		return null;
	}
}
