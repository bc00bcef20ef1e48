package parley.core.interchange;

/**
 * One thing wrong with an import file, where it is and what to do: shown as
 * {@code file:line:column: what, and what to do}.
 */
public record ImportProblem(String file, int line, int column, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + message;
	}
}
