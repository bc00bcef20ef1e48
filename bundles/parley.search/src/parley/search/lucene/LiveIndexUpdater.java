package parley.search.lucene;

import java.util.HashSet;
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
		Set<String> changed = new HashSet<>();
		Object notifier = notification.getNotifier();
		if (notifier == playbook) {
			collect(notification.getOldValue(), changed);
			collect(notification.getNewValue(), changed);
		} else if (notifier instanceof EObject object) {
			EObject entry = owningEntry(object);
			if (entry instanceof Tag || entry instanceof Audience || entry instanceof Source) {
				for (Entry referring : LuceneSearchService.entries(playbook)) {
					if (referring.getTags().contains(entry) || referring.getAudiences().contains(entry)
							|| referring.getSources().contains(entry)) {
						changed.add(referring.getId());
					}
				}
			}
			if (entry instanceof Entry e) {
				changed.add(e.getId());
			}
		}
		if (!changed.isEmpty()) {
			try {
				search.update(changed);
			} catch (SearchException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
	}

	private static void collect(Object value, Set<String> ids) {
		if (value instanceof Entry entry) {
			ids.add(entry.getId());
		} else if (value instanceof List<?> list) {
			for (Object o : list) {
				collect(o, ids);
			}
		}
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
