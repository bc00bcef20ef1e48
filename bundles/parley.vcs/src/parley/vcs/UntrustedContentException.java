package parley.vcs;

import java.util.List;

/**
 * A clone, sync or restore was refused because the version it would bring into the playbook folder carries
 * something that could act outside the playbook or pose as this copy's own state (see docs/SECURITY.md).
 * Nothing was written.
 */
public final class UntrustedContentException extends VcsException {

	private static final long serialVersionUID = 1L;

	private final transient List<Refusal> refusals;

	UntrustedContentException(String message, List<Refusal> refusals) {
		super(message);
		this.refusals = List.copyOf(refusals);
	}

	/** What was refused, path by path. */
	public List<Refusal> refusals() {
		return refusals;
	}
}
