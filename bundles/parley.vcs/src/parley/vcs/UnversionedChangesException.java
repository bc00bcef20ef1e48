package parley.vcs;

import java.util.List;

/**
 * Refused because the playbook folder has saved changes that are in no version yet: a restore would make them
 * gone from disk and from every version (save a version first, or restore again and say that they may go);
 * a sync sends versions only (save a version first, or undo the changes). {@link #unversioned()} names them
 * for a restore; it is empty for a sync.
 */
public final class UnversionedChangesException extends VcsException {

	private static final long serialVersionUID = 1L;

	/** The last sentence of a restore's refusal, which a front end may replace with its own way of saying it. */
	public static final String KEEP_OR_DISCARD = "Save a version first to keep them, or choose to discard them.";

	private final transient List<EntityChange> unversioned;

	UnversionedChangesException(String message, List<EntityChange> unversioned) {
		super(message);
		this.unversioned = List.copyOf(unversioned);
	}

	/** The saved changes, entry by entry, that no version holds yet. */
	public List<EntityChange> unversioned() {
		return unversioned;
	}
}
