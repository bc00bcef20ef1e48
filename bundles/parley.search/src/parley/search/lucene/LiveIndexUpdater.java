package parley.search.lucene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import parley.core.edit.EditingSession;
import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.Source;
import parley.model.playbook.Tag;
import parley.search.LiveUpdates;

/**
 * Keeps the index in step with edits to the model. EMF change notifications on the whole playbook only
 * note which entries changed (nothing is indexed, and nothing can fail, inside a notification); the noted
 * entries are re-indexed in one batch per command when the updater follows an {@link EditingSession}
 * ({@link #attach(LuceneSearchService, EditingSession)}: after every command, undo, redo and save), or
 * before the next search otherwise ({@link #attach(LuceneSearchService)}), or at {@link #flush()}.
 * Renaming a tag, audience or source re-indexes the entries that refer to it.
 * <p>
 * An edit never fails because of the index: when the index cannot take a batch (another Parley process
 * holds it, or writing failed) the service says so once and catches up at a later batch, once it can
 * (see {@link LuceneSearchService#catchUp()}).
 */
public final class LiveIndexUpdater extends EContentAdapter implements LiveUpdates {

	private final LuceneSearchService search;
	private final Playbook playbook;
	private final EditingSession session;
	private final EditingSession.Listener afterCommand = s -> flush();
	/** Entries changed since the last batch, by identity (their id may change too). */
	private final Set<Entry> changed = new LinkedHashSet<>();
	/** Ids of entries removed since the last batch. */
	private final Set<String> removed = new LinkedHashSet<>();
	/** Tags, audiences and sources changed since the last batch: the entries referring to them are re-indexed. */
	private final Set<EObject> referenced = new LinkedHashSet<>();
	/** Who may refer to each tag, audience and source (null until the first one changes; see {@link #referring}). */
	private Map<EObject, Set<Entry>> referrers;

	private LiveIndexUpdater(LuceneSearchService search, EditingSession session) {
		this.search = search;
		this.playbook = search.playbook().playbook();
		this.session = session;
	}

	/**
	 * Starts following edits of the service's playbook made directly on the model: they are indexed in one
	 * batch before the next search (or at {@link #flush()}). Use it where the model is edited and searched on
	 * one thread.
	 */
	public static LiveIndexUpdater attach(LuceneSearchService search) {
		LiveIndexUpdater updater = new LiveIndexUpdater(search, null);
		updater.playbook.eAdapters().add(updater);
		search.beforeRead(updater::flush);
		return updater;
	}

	/**
	 * Starts following the commands of an editing session over the service's playbook: the entries each
	 * command (or undo, redo) changed are indexed in one batch after it, on the session's thread; searches on
	 * other threads never read the model.
	 */
	public static LiveIndexUpdater attach(LuceneSearchService search, EditingSession session) {
		LiveIndexUpdater updater = new LiveIndexUpdater(search, session);
		updater.playbook.eAdapters().add(updater);
		session.addListener(updater.afterCommand);
		return updater;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // keeps the adapter on added and removed contents
		if (notification.isTouch()) {
			return;
		}
		try {
			note(notification);
		} catch (RuntimeException e) {
			// Never in the middle of the author's command: index everything at the next batch instead.
			synchronized (this) {
				changed.addAll(LuceneSearchService.entries(playbook));
			}
		}
	}

	private synchronized void note(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier == playbook) {
			for (Entry gone : entries(notification.getOldValue())) {
				removed.add(gone.getId());
			}
			changed.addAll(entries(notification.getNewValue()));
		} else if (notifier instanceof EObject object) {
			EObject owner = owningEntry(object);
			if (owner instanceof Tag || owner instanceof Audience || owner instanceof Source) {
				referenced.add(owner);
			}
			if (owner instanceof Entry entry) {
				changed.add(entry);
			}
		}
	}

	/**
	 * Indexes the entries changed since the last batch, in one batch, and lets a service that fell behind
	 * catch up. Reads the model: call it where the model is edited. Never throws.
	 */
	@Override
	public void flush() {
		Map<String, Entry> update = new LinkedHashMap<>();
		Set<String> delete = new LinkedHashSet<>();
		try {
			synchronized (this) {
				if (changed.isEmpty() && removed.isEmpty() && referenced.isEmpty() && !search.isBehind()) {
					return;
				}
				if (!referenced.isEmpty()) {
					changed.addAll(referring(referenced));
				} else if (referrers != null) {
					changed.forEach(this::noteReferences);
				}
				delete.addAll(removed);
				for (Entry entry : changed) {
					if (entry.eContainer() == playbook) {
						update.put(entry.getId(), entry); // (re-)added or changed: its document is replaced
					} else {
						delete.add(entry.getId()); // removed after it changed
					}
				}
				delete.removeAll(update.keySet());
				changed.clear();
				removed.clear();
				referenced.clear();
			}
			search.update(update.values(), delete);
			if (search.isBehind()) {
				search.catchUp();
			}
		} catch (RuntimeException e) {
			search.tell("Could not update the search index (" + e.getMessage() + "); run 'Rebuild index' if"
					+ " searches miss recent edits.");
		}
	}

	/**
	 * The entries that refer to any of {@code targets} (tags, audiences, sources). The first call looks at every
	 * entry and remembers who refers to what; later calls look only at the entries remembered for the targets
	 * (checked again, as an entry may have dropped a link since) and the entries changed meanwhile, so renaming a
	 * source of a 100,000-entry playbook does not read every entry at every rename.
	 */
	private Set<Entry> referring(Set<EObject> targets) {
		if (referrers == null) {
			referrers = new java.util.HashMap<>();
			LuceneSearchService.entries(playbook).forEach(this::noteReferences);
		} else {
			changed.forEach(this::noteReferences);
		}
		Set<Entry> found = new LinkedHashSet<>();
		for (EObject target : targets) {
			java.util.Iterator<Entry> remembered = referrers.getOrDefault(target, new LinkedHashSet<>()).iterator();
			while (remembered.hasNext()) {
				Entry entry = remembered.next();
				if (entry.eContainer() == playbook && (entry.getTags().contains(target)
						|| entry.getAudiences().contains(target) || entry.getSources().contains(target))) {
					found.add(entry);
				} else {
					remembered.remove(); // removed, or no longer linked
				}
			}
		}
		return found;
	}

	/** Remembers the tags, audiences and sources {@code entry} refers to (once {@link #referring} has started). */
	private void noteReferences(Entry entry) {
		for (List<? extends EObject> links : List.of(entry.getTags(), entry.getAudiences(), entry.getSources())) {
			for (EObject target : links) {
				referrers.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(entry);
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
		if (session != null) {
			session.removeListener(afterCommand);
		} else {
			search.beforeRead(null);
		}
		playbook.eAdapters().remove(this);
	}
}
