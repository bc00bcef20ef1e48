package parley.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;

import parley.core.edit.EditingSession;
import parley.core.store.StoreException;
import parley.ui.parts.EntryEditorPart;

/**
 * Parley's answers to the workbench's questions about unsaved changes, in place of e4's generic "Save Parts"
 * dialog, which knows parts but not that every editor shares one playbook (it saved through one part and
 * then failed on another, so the window never closed):
 * <ul>
 * <li>closing the window ({@link IWindowCloseHandler}) asks once, naming the changed entries: Save saves and
 * closes, Discard closes without saving and drops the recovery file, Cancel keeps the window;</li>
 * <li>closing an entry's tab ({@link ISaveHandler}) asks about that entry only: Save saves the playbook,
 * Don't Save sets the entry back to its saved state, Cancel keeps the tab.</li>
 * </ul>
 * {@link #install} puts both into a rendered window's context (the window renderer sets e4's own when it
 * creates the window). The questions are asked through the context's {@link Prompts} (dialogs unless tests
 * put scripted answers there); the logic is in {@link UnsavedChanges}.
 */
public final class WorkbenchClosing implements ISaveHandler, IWindowCloseHandler {

	private final MWindow window;

	private WorkbenchClosing(MWindow window) {
		this.window = window;
	}

	/** Makes Parley answer the window's close request and its parts' save requests. */
	public static void install(MWindow window) {
		IEclipseContext context = window.getContext();
		if (context == null) {
			return;
		}
		WorkbenchClosing closing = new WorkbenchClosing(window);
		context.set(ISaveHandler.class, closing);
		context.set(IWindowCloseHandler.class, closing);
	}

	private IEclipseContext context() {
		return window.getContext();
	}

	private EditingSession editing() {
		return context().get(EditingSession.class);
	}

	private Prompts prompts() {
		Prompts prompts = context().get(Prompts.class);
		return prompts != null ? prompts
				: new DialogPrompts(window.getWidget() instanceof Shell shell && !shell.isDisposed() ? shell : null);
	}

	private List<MPart> parts() {
		return context().get(EModelService.class).findElements(window, null, MPart.class);
	}

	private MPart activePart() {
		EPartService parts = context().get(EPartService.class);
		return parts == null ? null : parts.getActivePart();
	}

	// ------------------------------------------------------------ the window

	/** Closing the window: one question about every unsaved change; true lets the window (and Parley) close. */
	@Override
	public boolean close(MWindow closing) {
		UnsavedChanges.commitPendingEdits(parts());
		if (!UnsavedChanges.settle(editing(), activePart(), prompts(), "Closing the window ends Parley.", true)) {
			return false;
		}
		for (MPart part : parts()) {
			part.setDirty(false); // settled: nothing may ask again while the window goes
		}
		return true;
	}

	// ------------------------------------------------------------ parts

	/** Closing a dirty part (an entry's tab) or saving it. */
	@Override
	public boolean save(MPart part, boolean confirm) {
		EditingSession editing = editing();
		if (editing == null || part.getObject() == null) {
			part.setDirty(false); // not rendered (or no playbook): it holds nothing of its own
			return true;
		}
		if (part.getObject() instanceof EntryEditorPart editor) {
			if (confirm) {
				return UnsavedChanges.settleEntry(editing, editor, prompts());
			}
			editor.commitPending();
		} else if (confirm) {
			return UnsavedChanges.settle(editing, part, prompts(), "", false);
		}
		return saveAll(editing);
	}

	/** Saving several parts means saving the playbook once (asking first if {@code confirm}). */
	@Override
	public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
		EditingSession editing = editing();
		UnsavedChanges.commitPendingEdits(dirtyParts);
		if (editing == null) {
			return true;
		}
		if (confirm) {
			return UnsavedChanges.settle(editing, activePart(), prompts(), "", true);
		}
		return saveAll(editing);
	}

	private boolean saveAll(EditingSession editing) {
		if (!editing.isDirty()) {
			return true;
		}
		try {
			editing.save();
			editing.flushRecovery();
			return true;
		} catch (StoreException e) {
			prompts().error("Could not save", e.getMessage());
			return false;
		}
	}

	/** Not used by the workbench when {@link #save} and {@link #saveParts} are overridden; answers like them. */
	@Override
	public Save promptToSave(MPart dirtyPart) {
		String what = dirtyPart.getObject() instanceof EntryEditorPart editor && editor.entity() != null
				? UnsavedChanges.name(editor.entity())
				: "The playbook";
		int choice = prompts().choose("Save changes?", what + " has changes that are not saved.", "Save", "Don't Save",
				"Cancel");
		return choice == 0 ? Save.YES : choice == 1 ? Save.NO : Save.CANCEL;
	}

	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		Save[] answers = new Save[dirtyParts.size()];
		EditingSession editing = editing();
		int choice = editing == null ? 1 : prompts().choose("Unsaved changes",
				"These changes are not saved:\n\n" + UnsavedChanges.describe(editing), "Save", "Don't Save", "Cancel");
		Arrays.fill(answers, choice == 0 ? Save.YES : choice == 1 ? Save.NO : Save.CANCEL);
		return answers;
	}
}
