package parley.core.interchange;

import java.util.List;

/**
 * Entries edited in the file that were also changed in the playbook since the file was exported (their
 * {@code revision} no longer matches): the import refuses rather than overwrite the playbook's change. Taking
 * the file's version anyway is {@link JsonImport.Options#theirs()}.
 */
public final class ImportConflictException extends ImportException {
	private static final long serialVersionUID = 1L;

	public ImportConflictException(List<ImportProblem> conflicts) {
		super(conflicts.size() == 1 ? "1 entry was changed in the playbook since the export and in the file:"
				: conflicts.size() + " entries were changed in the playbook since the export and in the file:", conflicts);
	}
}
