package parley.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;

import jakarta.inject.Inject;
import parley.core.service.Labels;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.ui.parts.EntryEditorPart;

/**
 * Opens entry editors as parts of the main stack, created from the part descriptor
 * {@value #EDITOR_DESCRIPTOR}; one editor per entity (an open one is brought forward).
 */
public final class PartEntryOpener implements EntryOpener {

	public static final String EDITOR_DESCRIPTOR = "parley.ui.partdescriptor.editor";
	public static final String MAIN_STACK = "parley.ui.stack.main";

	@Inject
	MApplication application;

	@Inject
	EModelService models;

	@Override
	public void open(EObject element, String field) {
		EObject entity = element;
		while (entity.eContainer() != null && !(entity.eContainer() instanceof Playbook)) {
			entity = entity.eContainer();
		}
		EPartService parts = partService();
		MPart part = find(entity);
		if (part == null) {
			part = parts.createPart(EDITOR_DESCRIPTOR);
			// A closed editor leaves the model: a hidden part would keep its dirty flag with no editor behind it.
			part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
			part.getTransientData().put(EntryEditorPart.ENTITY, entity);
			part.getPersistedState().put(EntryEditorPart.ENTITY_ID, ((Identified) entity).getId());
			part.setLabel(String.valueOf(Labels.name(entity)));
			List<MPartStack> stacks = models.findElements(application, MAIN_STACK, MPartStack.class);
			if (!stacks.isEmpty()) {
				stacks.get(0).getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
		if (part.getObject() instanceof EntryEditorPart editor) {
			editor.focus(element, field);
		}
	}

	@Override
	public void closeAll() {
		EPartService parts = partService();
		for (MPart part : models.findElements(application, null, MPart.class)) {
			if (part.getObject() instanceof EntryEditorPart || part.getTransientData().containsKey(EntryEditorPart.ENTITY)) {
				part.setDirty(false); // the caller saved or discarded the changes
				parts.hidePart(part, true);
			}
		}
	}

	/** The part service of the main window (parts are created and shown there). */
	private EPartService partService() {
		MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
				: application.getChildren().get(0);
		return window.getContext().get(EPartService.class);
	}

	private MPart find(EObject entity) {
		for (MPart part : models.findElements(application, null, MPart.class)) {
			if (part.getTransientData().get(EntryEditorPart.ENTITY) == entity) {
				return part;
			}
		}
		return null;
	}
}
