package parley.vcs;

/**
 * A merge is in progress: a sync left conflicts that wait to be resolved (then the merge is saved as a
 * version and synced), or given up. Nothing else that writes versions runs until then. When
 * {@link #readable()} is false, the file of the merge in progress cannot be read: the only way on is to give
 * the merge up.
 */
public final class MergeInProgressException extends VcsException {
	private static final long serialVersionUID = 1L;

	private final boolean readable;

	MergeInProgressException(String message, boolean readable, Throwable cause) {
		super(message, cause);
		this.readable = readable;
	}

	/** Whether the conflicts can be read (and so resolved one by one); when not, the merge can only be given up. */
	public boolean readable() {
		return readable;
	}
}
