package parley.publish;

import java.util.List;

/**
 * A strict export was refused before anything was written because some characters would not print: no
 * embedded or installed font has them. The message lists each entry, field and the characters.
 */
public final class UnprintableTextException extends PublishException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public UnprintableTextException(List<String> problems) {
		super("Some characters would not print (no font has them), so nothing was written:\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/** One line per entry and field. */
	public List<String> problems() {
		return problems;
	}
}
