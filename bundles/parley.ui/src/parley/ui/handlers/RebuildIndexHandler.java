package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import parley.search.SearchService;
import parley.ui.WorkbenchSearch;

/** Search > Rebuild search index: rebuilds the index from the playbook in a background job. */
public final class RebuildIndexHandler {

	@CanExecute
	boolean canExecute(@Optional SearchService search, @Optional WorkbenchSearch workbench) {
		return search != null && workbench != null;
	}

	@Execute
	void execute(WorkbenchSearch workbench) {
		workbench.rebuild(() -> {
		});
	}
}
