package parley.search;

import java.util.Collection;

import parley.core.edit.EditingSession;
import parley.model.playbook.Entry;

/**
 * A {@link SearchService} over a playbook that is open for editing: edits reach searches at once (near
 * real time), and an edit never fails because of the index. When the index cannot take an edit (another
 * Parley process holds it, or writing failed) the service says so once, {@link #isBehind() falls behind},
 * and {@link #catchUp() catches up} once it can. Methods that read the model must be called where the
 * model is edited.
 */
public interface LiveSearchService extends SearchService {

	/**
	 * Follows the commands of an editing session over this service's playbook: the entries each command (or
	 * undo, redo) changed are indexed in one batch after it, on the session's thread.
	 */
	LiveUpdates follow(EditingSession session);

	/**
	 * Follows edits made directly on the model (no editing session): they are indexed in one batch before
	 * the next search, or at {@link LiveUpdates#flush()}. For code that edits and searches on one thread.
	 */
	LiveUpdates followModel();

	/**
	 * Re-indexes entries as they are now in the model and removes entries by id; the next search sees the
	 * change. Not committed: call {@link #playbookSaved()} after saving. Never fails because of the index.
	 */
	void update(Collection<Entry> changed, Collection<String> removedIds);

	/** Commits the index as matching the playbook files just saved (not when it is behind or temporary). */
	void playbookSaved() throws SearchException;

	/** Whether the index misses edits of the model (see {@link #catchUp()}). */
	boolean isBehind();

	/**
	 * If the index missed edits, tries to bring it up to date with the model now. Never throws.
	 *
	 * @return whether the index is up to date with the model afterwards
	 */
	boolean catchUp();
}
