package parley.vcs;

/** A version name (commit id, release name, HEAD~N) that names no version of this playbook. */
public final class NoSuchVersionException extends VcsException {
	private static final long serialVersionUID = 1L;

	private final String revision;

	NoSuchVersionException(String revision) {
		super("There is no version '" + revision + "'; name a version by its id as the history shows it, a release"
				+ " name, or HEAD, HEAD~1 ...");
		this.revision = revision;
	}

	/** The name that was given. */
	public String revision() {
		return revision;
	}
}
