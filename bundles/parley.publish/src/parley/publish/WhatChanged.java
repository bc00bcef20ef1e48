package parley.publish;

import java.util.List;

/**
 * The "what changed since VERSION" section: the entries added, changed, retired and removed since a named version.
 * A retired phrase is listed under "Stop saying" with what to say instead.
 * The publishing bundle does not depend on versioning; the caller (CLI, workbench) fills this in from the
 * semantic diff.
 *
 * @param since   the version the changes are counted from, as the user named it ("v1.0")
 * @param changes one line per entry, in the order to print
 */
public record WhatChanged(String since, List<Change> changes) {

	public WhatChanged {
		changes = List.copyOf(changes);
	}

	public enum Kind {
		ADDED, CHANGED,
		/** Retired since the version (its status became "retired"); it is no longer published as guidance. */
		RETIRED, REMOVED
	}

	/**
	 * One entry that changed.
	 *
	 * @param kind   added, changed, retired or removed
	 * @param id     the entry's UUID (links to its page when the entry is in this edition)
	 * @param type   "technique", "phrase", "scenario", "source", "tag" or "audience"
	 * @param title  its title now, or when it was removed
	 * @param fields for a change, the fields that changed, in plain words ("wording", "steps")
	 */
	public record Change(Kind kind, String id, String type, String title, List<String> fields) {
		public Change {
			fields = List.copyOf(fields);
		}
	}
}
