package parley.core.store;

import java.util.List;

/** One or more playbook files could not be parsed; nothing was loaded. The files are left untouched. */
public final class MalformedPlaybookException extends StoreException {
	private static final long serialVersionUID = 1L;
	private final transient List<FileProblem> problems;

	public MalformedPlaybookException(List<FileProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<FileProblem> problems() {
		return problems;
	}

	private static String describe(List<FileProblem> problems) {
		StringBuilder b = new StringBuilder("The playbook could not be loaded; fix these files (nothing was changed):");
		for (FileProblem p : problems) {
			b.append(System.lineSeparator()).append("  ").append(p);
		}
		return b.toString();
	}
}
