package parley.vcs;

/**
 * The shared playbook refused the versions sent to it. When {@link #remoteMoved()}, it got new versions
 * while this sync ran: syncing again merges them. The local versions are kept either way.
 */
public final class RemoteRejectedException extends VcsException {
	private static final long serialVersionUID = 1L;

	private final boolean remoteMoved;

	RemoteRejectedException(String message, boolean remoteMoved) {
		super(message);
		this.remoteMoved = remoteMoved;
	}

	/** Whether the refusal was only because the shared playbook moved on meanwhile. */
	public boolean remoteMoved() {
		return remoteMoved;
	}
}
