package parley.core.store;

import java.io.IOException;

/**
 * A path Parley was asked to read, write, rename or delete would leave the playbook folder (absolute, with
 * {@code ..}, through a symbolic link) or is not a name Parley ever writes. Nothing was touched.
 */
public final class UnsafePathException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String path;
	private final String reason;

	public UnsafePathException(String path, String reason) {
		super("'" + printable(path) + "' " + reason);
		this.path = path;
		this.reason = reason;
	}

	/** What is wrong with the path and what to do, without the path itself. */
	public String reason() {
		return reason;
	}

	/** The offending path as it was given (relative to the playbook folder where it could be). */
	public String path() {
		return path;
	}

	/** The path with control characters shown as {@code \\uXXXX}, so a name cannot rewrite the terminal. */
	public static String printable(String path) {
		StringBuilder out = new StringBuilder(path.length());
		path.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E) {
				out.append(String.format("\\u%04x", c));
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
