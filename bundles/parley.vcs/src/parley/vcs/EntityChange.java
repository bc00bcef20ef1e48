package parley.vcs;

import java.util.List;

/**
 * What happened to one playbook element between two versions.
 *
 * @param kind   added, removed or changed
 * @param id     the element's UUID
 * @param type   technique, phrase, scenario, source, tag or audience
 * @param title  its title (or name) in the newer version, or in the older one if it was removed
 * @param fields for a change, the fields that differ, in model order
 */
public record EntityChange(Kind kind, String id, String type, String title, List<FieldChange> fields) {

	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/**
	 * One field that differs.
	 *
	 * @param field   the model field name
	 * @param label   the field in plain words ("last reviewed")
	 * @param before  the old value as text (titles for links), or null
	 * @param after   the new value as text, or null
	 * @param added   for lists: items that were added
	 * @param removed for lists: items that were removed
	 */
	public record FieldChange(String field, String label, String before, String after, List<String> added,
			List<String> removed) {
	}
}
