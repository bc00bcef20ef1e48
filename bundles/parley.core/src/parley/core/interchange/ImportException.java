package parley.core.interchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that was refused before anything changed: every problem found in the file (syntax, unknown
 * fields, bad values, links to ids that do not exist), each with its position. {@link ImportConflictException}
 * is the refusal for entries changed on both sides.
 */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	public ImportException(String summary, List<ImportProblem> problems) {
		super(summary + "\n" + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in file order. */
	public List<ImportProblem> problems() {
		return problems;
	}
}
