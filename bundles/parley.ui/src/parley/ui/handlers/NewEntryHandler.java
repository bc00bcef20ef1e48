package parley.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.EntryType;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Step;
import parley.ui.EntryOpener;
import parley.ui.Preferences;
import parley.ui.Prompts;

/**
 * New entry: creates an entry (undoable) and opens its editor on the title. The type is the command parameter
 * {@value #TYPE} (technique, phrase, scenario, source, tag: File > New > Scenario, the navigator's New). Without
 * one (Ctrl+N) the user chooses the type; the type of the selected entry is offered first, else the last one
 * chosen, else a technique. Cancel creates nothing.
 */
public final class NewEntryHandler {

	public static final String TYPE = "parley.ui.commandparameter.type";
	/** The preference remembering the type chosen last. */
	static final String LAST_TYPE = "new.type";
	/** The types offered, in this order after the one offered first. */
	private static final String[] TYPES = { "scenario", "technique", "phrase", "source", "tag" };

	@CanExecute
	boolean canExecute(@Optional EditingSession session) {
		return session != null;
	}

	@Execute
	Identified execute(EditingSession session, @Optional @Named(TYPE) String typeName,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Optional EntryOpener opener,
			@Optional Prompts prompts, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		if (typeName == null) {
			typeName = choose(Handlers.prompts(prompts, shell), selection);
			if (typeName == null) {
				return null;
			}
		}
		EClass type = typeOf(typeName, selection);
		Identified created = session.create(type, "New " + type.getName().toLowerCase());
		if (created != null && opener != null) {
			opener.open(created, PlaybookPackage.Literals.ENTRY.isSuperTypeOf(type) ? "title" : "name");
		}
		return created;
	}

	/** Asks which type to create, the likeliest first; null on Cancel. */
	private static String choose(Prompts prompts, Object selection) {
		String first = selection instanceof Step || selection instanceof EObject e && (EntryType.of(e.eClass()) != null
				|| e.eClass() == PlaybookPackage.Literals.TAG) ? typeOf(null, selection).getName().toLowerCase(Locale.ROOT)
						: Preferences.get(LAST_TYPE, "technique");
		List<String> order = new ArrayList<>();
		order.add(List.of(TYPES).contains(first) ? first : "technique");
		for (String type : TYPES) {
			if (!order.contains(type)) {
				order.add(type);
			}
		}
		List<String> buttons = new ArrayList<>(order.stream().map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1))
				.toList());
		buttons.add("Cancel");
		int chosen = prompts.choose("New entry", "What kind of entry?", buttons.toArray(String[]::new));
		if (chosen < 0 || chosen >= order.size()) {
			return null;
		}
		Preferences.put(LAST_TYPE, order.get(chosen));
		return order.get(chosen);
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
