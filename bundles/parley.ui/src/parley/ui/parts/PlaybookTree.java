package parley.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

import parley.core.service.Labels;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/**
 * Content of the navigator: one folder per entry type and one for tags, each sorted by title and narrowed
 * by the filter text; scenarios show their steps (drop targets for phrases and techniques). Lazy: the
 * virtual tree asks only for the rows it shows, so 10k entries cost a sort, not 10k widgets.
 */
final class PlaybookTree implements ILazyTreeContentProvider {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	/** A folder node of the tree; equal by type so that expansion survives a refresh. */
	static final class Folder {
		final EClass type;
		final String label;
		List<EObject> children = List.of();

		Folder(EClass type, String label) {
			this.type = type;
			this.label = label;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Folder f && f.type == type;
		}

		@Override
		public int hashCode() {
			return type.hashCode();
		}

		@Override
		public String toString() {
			return label + " (" + children.size() + ")";
		}
	}

	private final Map<EClass, Folder> folders = new LinkedHashMap<>();
	private TreeViewer viewer;
	private Playbook playbook;
	private String filter = "";

	PlaybookTree() {
		folders.put(P.getScenario(), new Folder(P.getScenario(), "Scenarios"));
		folders.put(P.getTechnique(), new Folder(P.getTechnique(), "Techniques"));
		folders.put(P.getPhrase(), new Folder(P.getPhrase(), "Phrases"));
		folders.put(P.getSource(), new Folder(P.getSource(), "Sources"));
		folders.put(P.getTag(), new Folder(P.getTag(), "Tags"));
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		viewer = (TreeViewer) v;
		playbook = newInput instanceof Playbook p ? p : null;
		recompute();
	}

	/** Sets the filter text (words anywhere in a name); call {@link TreeViewer#refresh()} after. */
	void setFilter(String text) {
		filter = text == null ? "" : text.strip();
		recompute();
	}

	String filter() {
		return filter;
	}

	/** Re-reads the playbook's lists (after an edit). */
	void recompute() {
		for (Folder folder : folders.values()) {
			if (playbook == null) {
				folder.children = List.of();
				continue;
			}
			List<EObject> children = new ArrayList<>();
			for (Object element : (List<?>) playbook.eGet(containment(folder.type))) {
				EObject e = (EObject) element;
				if (PickDialog.matches(filter, Labels.name(e))) {
					children.add(e);
				}
			}
			children.sort(Comparator.comparing((EObject e) -> String.valueOf(Labels.name(e)),
					String.CASE_INSENSITIVE_ORDER));
			folder.children = children;
		}
	}

	private static org.eclipse.emf.ecore.EReference containment(EClass type) {
		return parley.core.store.PlaybookLayout.kindOf(type).containment();
	}

	List<Folder> folders() {
		return List.copyOf(folders.values());
	}

	Folder folderOf(EClass type) {
		return folders.get(type);
	}

	private Object[] children(Object parent) {
		if (parent instanceof Playbook) {
			return folders.values().toArray();
		}
		if (parent instanceof Folder folder) {
			return folder.children.toArray();
		}
		if (parent instanceof Scenario scenario) {
			return scenario.getSteps().toArray();
		}
		return new Object[0];
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] children = children(parent);
		if (index < children.length) {
			Object child = children[index];
			viewer.replace(parent, index, child);
			viewer.setChildCount(child, children(child).length);
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = children(element).length;
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Folder) {
			return playbook;
		}
		if (element instanceof Step step) {
			return step.eContainer();
		}
		if (element instanceof EObject e) {
			return folders.get(e.eClass());
		}
		return null;
	}
}
