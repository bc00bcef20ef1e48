package parley.vcs;

/**
 * One thing a repository version carries that Parley does not take into a playbook folder.
 *
 * @param path   the path in the version (control characters shown as {@code \\uXXXX})
 * @param reason why it is refused, in a few words
 */
public record Refusal(String path, String reason) {

	@Override
	public String toString() {
		return path + ": " + reason;
	}
}
