package parley.vcs;

import java.util.List;

/**
 * A restore was refused because it would replace saved changes that are in no version yet: they would be
 * gone from disk and from every version. Save a version first, or restore again and say that they may go.
 */
public final class UnversionedChangesException extends VcsException {

	private static final long serialVersionUID = 1L;

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
