package parley.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import parley.core.service.EntryFilter;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Playbook;
import parley.model.playbook.Tag;

/** Content of the navigator: one folder per entry type and one for tags, each sorted by title. */
final class PlaybookTree implements ITreeContentProvider {

	/** A folder node of the tree. */
	record Folder(String label, List<?> children) {
		@Override
		public String toString() {
			return label + " (" + children.size() + ")";
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Playbook playbook)) {
			return new Object[0];
		}
		PlaybookQueries queries = new PlaybookQueries(playbook);
		List<Folder> folders = new ArrayList<>();
		folders.add(new Folder("Scenarios", queries.list(new EntryFilter(EntryType.SCENARIO, null, null))));
		folders.add(new Folder("Techniques", queries.list(new EntryFilter(EntryType.TECHNIQUE, null, null))));
		folders.add(new Folder("Phrases", queries.list(new EntryFilter(EntryType.PHRASE, null, null))));
		folders.add(new Folder("Sources", queries.list(new EntryFilter(EntryType.SOURCE, null, null))));
		List<Tag> tags = new ArrayList<>(playbook.getTags());
		tags.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(Labels.name(a)),
				String.valueOf(Labels.name(b))));
		folders.add(new Folder("Tags", tags));
		return folders.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Folder folder ? folder.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Folder folder && !folder.children().isEmpty();
	}
}
