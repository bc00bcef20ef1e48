package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.model.playbook.Entry;
import parley.ui.WorkbenchCuration;
import parley.ui.WorkbenchCuration.Step;
import parley.ui.Icons;
import parley.ui.Prompts;
import parley.ui.parts.EntryEditorPart;
import parley.ui.parts.PickDialog;

/**
 * Review > Submit for review… / Approve… / Send back… / Retire… / Mark reviewed / Reopen / Add comment… (the
 * command's {@value #STEP} parameter names the step): takes the step on the entry of the active editor, else on
 * the entry selected in the navigator, through {@link WorkbenchCuration}; undoable. Enabled when the entry's state
 * allows the step ({@code Curator.refusal}); a step the four-eyes rule refuses stays enabled and says why.
 */
public final class CurationHandler {

	/** The command parameter that names the step ({@link Step#key()}). */
	public static final String STEP = "parley.ui.commandparameter.step";

	@CanExecute
	boolean canExecute(@Optional EditingSession editing, @Optional @Named(STEP) String step,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return Step.of(step) != null && WorkbenchCuration.offered(editing, target(part, selection), Step.of(step));
	}

	/** @return whether the playbook changed */
	@Execute
	boolean execute(EditingSession editing, @Named(STEP) String step, @Optional Prompts given,
			@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Entry entry = target(part, selection);
		if (Step.of(step) == null || entry == null) {
			return false;
		}
		Handlers.commitPendingEdits(part); // an approval covers what was typed
		Prompts prompts = Handlers.prompts(given, shell);
		return new WorkbenchCuration(editing, prompts, candidates -> {
			Icons icons = new Icons(Handlers.display(shell));
			try {
				PickDialog dialog = new PickDialog(shell, "Replaced by", candidates, icons);
				return prompts.open(dialog) == Window.OK ? (Entry) dialog.result() : null;
			} finally {
				icons.dispose();
			}
		}).run(Step.of(step), entry);
	}

	/** The entry of the active editor, else the selected entry, else null. */
	static Entry target(MPart part, Object selection) {
		if (part != null && part.getObject() instanceof EntryEditorPart editor) {
			return editor.entity() instanceof Entry entry && editor.isAlive() ? entry : null;
		}
		return selection instanceof Entry entry && entry.eContainer() != null ? entry : null;
	}
}
