package parley.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.edit.Links;
import parley.core.service.Labels;
import parley.ui.Prompts;

/**
 * Delete (Del in the navigator): deletes the selected entity or step and every link to it; undoable. When
 * something links to it, the user is first told what ("used in 4 scenario steps and as the replacement of 1
 * phrase") and asked.
 */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional EditingSession session,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return session != null && Handlers.element(selection) != null;
	}

	@Execute
	void execute(EditingSession session, @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional Prompts given, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		EObject element = Handlers.element(selection);
		if (element == null) {
			return;
		}
		List<Links.Reference> links = Links.to(session.playbook().playbook(), List.of(element));
		if (!links.isEmpty()) {
			String name = Labels.describe(element);
			int choice = Handlers.prompts(given, shell).choose("Delete " + name,
					name + " is " + Links.describe(links) + ". Deleting it removes "
							+ (links.size() == 1 ? "that link" : "those " + links.size() + " links")
							+ " too. Undo (Ctrl+Z) brings everything back.",
					"Delete", "Cancel");
			if (choice != 0) {
				return;
			}
		}
		session.delete(List.of(element));
	}
}
