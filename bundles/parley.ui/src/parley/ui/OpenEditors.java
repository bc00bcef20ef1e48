package parley.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;

import parley.core.service.Elements;
import parley.core.store.OpenPlaybook;
import parley.model.playbook.Identified;
import parley.ui.parts.EntryEditorPart;

/**
 * The entries whose editors were open when Parley closed, reopened at the next start. An editor cannot be
 * restored as a part (its entry is read with the playbook, after the window appears), so before the layout is
 * saved the editors leave the model and their entries' ids are kept in the application's persisted state
 * with the playbook's folder; once that playbook is open again they are reopened in the same order, the one
 * that was in front in front. Another playbook opened at the start leaves them closed.
 */
public final class OpenEditors {

	static final String FOLDER = "parley.editors.folder";
	static final String IDS = "parley.editors.ids";
	static final String FRONT = "parley.editors.front";

	private OpenEditors() {
	}

	/** Before the layout is saved: keeps which entries of {@code folder}'s playbook are open, closes their parts. */
	public static void remember(MApplication application, EModelService models, Path folder) {
		Map<String, String> state = application.getPersistedState();
		state.remove(FOLDER);
		state.remove(IDS);
		state.remove(FRONT);
		List<String> ids = new ArrayList<>();
		String front = null;
		for (MPartStack stack : models.findElements(application, PartEntryOpener.MAIN_STACK, MPartStack.class)) {
			MUIElement selected = stack.getSelectedElement(); // before removing: a removal moves the selection
			for (MUIElement child : List.copyOf(stack.getChildren())) {
				String id = child instanceof MPart part ? part.getPersistedState().get(EntryEditorPart.ENTITY_ID) : null;
				if (id == null) {
					continue;
				}
				ids.add(id);
				if (selected == child) {
					front = id;
				}
				stack.getChildren().remove(child);
			}
			if (selected != null && !stack.getChildren().contains(selected)) {
				// the window is gone, so no renderer moves the selection: a reference to a removed part would
				// make the saved layout unreadable
				stack.setSelectedElement(stack.getChildren().isEmpty() ? null : stack.getChildren().get(0));
			}
		}
		if (folder != null && !ids.isEmpty()) {
			state.put(FOLDER, folder.toAbsolutePath().normalize().toString());
			state.put(IDS, String.join(",", ids));
			if (front != null) {
				state.put(FRONT, front);
			}
		}
	}

	/**
	 * Once a playbook is open: reopens the editors {@link #remember} kept, if they were of this playbook
	 * (forgetting them either way); the number reopened.
	 */
	public static int reopen(MApplication application, EntryOpener opener, OpenPlaybook open) {
		Map<String, String> state = application.getPersistedState();
		String folder = state.remove(FOLDER);
		String ids = state.remove(IDS);
		String front = state.remove(FRONT);
		if (folder == null || ids == null
				|| !Path.of(folder).equals(open.folder().toAbsolutePath().normalize())) {
			return 0;
		}
		List<String> wanted = Arrays.asList(ids.split(","));
		Identified[] found = new Identified[wanted.size()];
		for (EObject element : Elements.all(open.playbook())) {
			if (element instanceof Identified entry) {
				int at = wanted.indexOf(entry.getId());
				if (at >= 0) {
					found[at] = entry;
				}
			}
		}
		int opened = 0;
		Identified shownFirst = null;
		for (int i = 0; i < found.length; i++) {
			if (found[i] != null) {
				opener.open(found[i], null);
				opened++;
				if (wanted.get(i).equals(front)) {
					shownFirst = found[i];
				}
			}
		}
		if (shownFirst != null) {
			opener.open(shownFirst, null); // brings it to the front
		}
		return opened;
	}
}
