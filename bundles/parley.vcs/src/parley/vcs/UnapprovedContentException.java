package parley.vcs;

import java.util.List;

/**
 * A release refused because the version to release holds entries that are not approved as they stand (drafts,
 * entries in review or changed since approval) or whose periodic review is due. {@link #blockers()} lists them;
 * a front end shows them and may release anyway when the person releasing says so explicitly.
 */
public final class UnapprovedContentException extends VcsException {

	private static final long serialVersionUID = 1L;

	private final List<String> blockers;

	UnapprovedContentException(String message, List<String> blockers) {
		super(message);
		this.blockers = List.copyOf(blockers);
	}

	/** Each entry holding the release back, described with its reason ("phrase 'Calm down' (in review)"). */
	public List<String> blockers() {
		return blockers;
	}
}
