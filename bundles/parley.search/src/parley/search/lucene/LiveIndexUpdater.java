package parley.search.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.Source;
import parley.model.playbook.Tag;
import parley.search.SearchException;

/**
 * Keeps the index in step with edits to the model: listens to EMF change notifications on the whole
 * playbook and re-indexes each changed entry at once (near-real-time: the next search sees it). Renaming a
 * tag, audience or source re-indexes the entries that refer to it.
 */
public final class LiveIndexUpdater extends EContentAdapter implements AutoCloseable {

	private final LuceneSearchService search;
	private final Playbook playbook;

	private LiveIndexUpdater(LuceneSearchService search) {
		this.search = search;
		this.playbook = search.playbook().playbook();
	}

	/** Starts following edits of the service's playbook. */
	public static LiveIndexUpdater attach(LuceneSearchService search) {
		LiveIndexUpdater updater = new LiveIndexUpdater(search);
		updater.playbook.eAdapters().add(updater);
		return updater;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // keeps the adapter on added and removed contents
		if (notification.isTouch()) {
			return;
		}
		Set<Entry> changed = new LinkedHashSet<>();
		Set<String> removed = new LinkedHashSet<>();
		Object notifier = notification.getNotifier();
		if (notifier == playbook) {
			entries(notification.getOldValue()).forEach(e -> removed.add(e.getId()));
			changed.addAll(entries(notification.getNewValue()));
			changed.removeIf(e -> e.eContainer() != playbook);
			changed.forEach(e -> removed.remove(e.getId()));
		} else if (notifier instanceof EObject object) {
			EObject owner = owningEntry(object);
			if (owner instanceof Tag || owner instanceof Audience || owner instanceof Source) {
				for (Entry referring : LuceneSearchService.entries(playbook)) {
					if (referring.getTags().contains(owner) || referring.getAudiences().contains(owner)
							|| referring.getSources().contains(owner)) {
						changed.add(referring);
					}
				}
			}
			if (owner instanceof Entry entry) {
				changed.add(entry);
			}
		}
		if (!changed.isEmpty() || !removed.isEmpty()) {
			try {
				search.update(changed, removed);
			} catch (SearchException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
	}

	private static List<Entry> entries(Object value) {
		if (value instanceof Entry entry) {
			return List.of(entry);
		}
		List<Entry> entries = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object o : list) {
				if (o instanceof Entry entry) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}

	/** The top-level playbook element an object belongs to (an entry, tag or audience). */
	private EObject owningEntry(EObject object) {
		EObject current = object;
		while (current.eContainer() != null && current.eContainer() != playbook) {
			current = current.eContainer();
		}
		return current.eContainer() == playbook ? current : null;
	}

	@Override
	public void close() {
		playbook.eAdapters().remove(this);
	}
}
