package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import parley.search.SearchService;
import parley.ui.parts.SearchPart;

/** Search > Near-duplicate phrases: lists phrase pairs with nearly the same wording in the search part. */
public final class FindDuplicatesHandler {

	@CanExecute
	boolean canExecute(@Optional SearchService search) {
		return search != null;
	}

	@Execute
	void execute(EPartService parts) {
		SearchPart search = FocusSearchHandler.activate(parts);
		if (search != null) {
			search.findDuplicates();
		}
	}
}
