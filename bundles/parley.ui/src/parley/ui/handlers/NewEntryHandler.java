package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.EntryType;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Step;
import parley.ui.EntryOpener;

/**
 * New entry (Ctrl+N): creates an entry (undoable) and opens its editor on the title. The type is the command
 * parameter {@value #TYPE} (technique, phrase, scenario, source, tag), else the type of the selected entry,
 * else a technique.
 */
public final class NewEntryHandler {

	public static final String TYPE = "parley.ui.commandparameter.type";

	@CanExecute
	boolean canExecute(@Optional EditingSession session) {
		return session != null;
	}

	@Execute
	Identified execute(EditingSession session, @Optional @Named(TYPE) String typeName,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Optional EntryOpener opener) {
		EClass type = typeOf(typeName, selection);
		Identified created = session.create(type, "New " + type.getName().toLowerCase());
		if (created != null && opener != null) {
			opener.open(created, PlaybookPackage.Literals.ENTRY.isSuperTypeOf(type) ? "title" : "name");
		}
		return created;
	}

	static EClass typeOf(String typeName, Object selection) {
		if (typeName != null) {
			if (typeName.equalsIgnoreCase("tag")) {
				return PlaybookPackage.Literals.TAG;
			}
			EntryType type = EntryType.parse(typeName);
			if (type != null) {
				return type.eClass();
			}
		}
		if (selection instanceof Step) {
			return PlaybookPackage.Literals.SCENARIO;
		}
		if (selection instanceof EObject element && (EntryType.of(element.eClass()) != null
				|| element.eClass() == PlaybookPackage.Literals.TAG)) {
			return element.eClass();
		}
		return PlaybookPackage.Literals.TECHNIQUE;
	}
}
