package parley.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.edit.EditingSession;

/** The status bar (a tool control in the window's bottom trim): saved or not, and what undo would undo. */
public final class StatusLine {

	private Label label;
	private EditingSession editing;
	private final EditingSession.Listener listener = s -> update();

	@PostConstruct
	void createControls(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 2).applyTo(box);
		label = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(label);
		update();
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(listener);
		}
		update();
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(text(editing));
	}

	static String text(EditingSession editing) {
		if (editing == null) {
			return "Loading the playbook…";
		}
		String state = editing.isDirty() ? "Unsaved changes (Ctrl+S saves)" : "All changes saved";
		return editing.undoLabel() == null ? state : state + "   ·   Undo: " + editing.undoLabel();
	}

	public String text() {
		return label.getText();
	}

	@PreDestroy
	void dispose() {
		if (editing != null) {
			editing.removeListener(listener);
		}
	}
}
