package parley.vcs;

/**
 * The shared playbook could not be reached or read (no such address, no connection, no access). Nothing
 * changed on either side; the same operation can be tried again once the address or the connection is right.
 */
public final class RemoteUnreachableException extends VcsException {
	private static final long serialVersionUID = 1L;

	RemoteUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Whether a failure of JGit is one of reaching the remote (transport, address), not of the repository. */
	static boolean isUnreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.eclipse.jgit.api.errors.TransportException
					|| t instanceof org.eclipse.jgit.api.errors.InvalidRemoteException
					|| t instanceof org.eclipse.jgit.errors.TransportException
					|| t instanceof org.eclipse.jgit.errors.NoRemoteRepositoryException) {
				return true;
			}
		}
		return false;
	}
}
