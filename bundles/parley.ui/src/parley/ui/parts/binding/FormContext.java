package parley.ui.parts.binding;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import parley.core.edit.EditingSession;

/** What a binding needs from the form it sits in (the entry editor part). */
public interface FormContext {

	/** Where every change is written, as a command. */
	EditingSession session();

	/** A typed edit waits for the typing pause; the form commits it then ({@link Binding#commit()}). */
	void typed(Binding binding);

	/** Commits a typed edit that waits for the pause, now (focus left the field, Enter). */
	void commitPending();

	/** A push button; one made disabled stays so when the form is enabled again. */
	Button button(Composite parent, String text, boolean enabled, Runnable action);

	/** The icon of an element (its type tile and status). */
	Image icon(EObject element);

	/** Lets the user choose a link target among {@code candidates}, or returns null. */
	EObject pick(String title, List<? extends EObject> candidates);

	/** Opens a linked element in its own editor. */
	void open(EObject target);
}
