package parley.core.store;

import java.nio.file.Path;

/**
 * One problem found in one playbook file: where (file, line, column; 0 when unknown) and what.
 *
 * @param file   the file, relative to the playbook folder where possible
 * @param line   1-based line, or 0
 * @param column 1-based column, or 0
 * @param message what is wrong and, where it helps, what to do
 */
public record FileProblem(Path file, int line, int column, String message) {

	public FileProblem {
		line = Math.max(0, line); // the XML reader says -1 where it does not know
		column = Math.max(0, column);
	}

	/** {@code file:line:column: message}, the form editors and terminals link to. */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder().append(file);
		if (line > 0) {
			b.append(':').append(line);
			if (column > 0) {
				b.append(':').append(column);
			}
		}
		return b.append(": ").append(message).toString();
	}
}
