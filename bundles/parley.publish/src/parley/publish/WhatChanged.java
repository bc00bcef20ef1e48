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
	 * @param kind    added, changed, retired or removed
	 * @param id      the entry's UUID (links to its page when the entry is in this edition)
	 * @param type    "technique", "phrase", "scenario", "source", "tag" or "audience"
	 * @param title   its title now, or when it was removed
	 * @param fields  for a change, the fields that changed, in plain words ("wording", "steps")
	 * @param details for a change, what each changed field was and is, in the order of {@code fields} (may be
	 *                empty when only the names are known)
	 */
	public record Change(Kind kind, String id, String type, String title, List<String> fields, List<Field> details) {
		public Change {
			fields = List.copyOf(fields);
			details = List.copyOf(details);
		}

		/** A change known by the names of its fields only. */
		public Change(Kind kind, String id, String type, String title, List<String> fields) {
			this(kind, id, type, title, fields, List.of());
		}

		/** The detail of a model field ("text", "situation"), or null. */
		public Field detail(String field) {
			return details.stream().filter(d -> d.field().equals(field)).findFirst().orElse(null);
		}
	}

	/**
	 * One changed field: its old and new value as text, or for a list the items added and removed.
	 *
	 * @param field   the model field name ("text", "steps")
	 * @param label   the field in plain words ("wording")
	 * @param before  the old value as text, or null
	 * @param after   the new value as text, or null
	 * @param added   list items added (empty for a single value)
	 * @param removed list items removed
	 */
	public record Field(String field, String label, String before, String after, List<String> added,
			List<String> removed) {
		public Field {
			added = added == null ? List.of() : List.copyOf(added);
			removed = removed == null ? List.of() : List.copyOf(removed);
		}
	}
}
