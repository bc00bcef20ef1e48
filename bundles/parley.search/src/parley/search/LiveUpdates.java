package parley.search;

/**
 * Follows edits of an open playbook's model and keeps a {@link LiveSearchService}'s index in step with
 * them, in batches (one per command of an editing session, or one before the next search). Never throws
 * because of the index. Close it to stop following.
 */
public interface LiveUpdates extends AutoCloseable {

	/**
	 * Indexes the edits noted since the last batch now, in one batch, and lets an index that fell behind
	 * catch up. Reads the model: call it where the model is edited.
	 */
	void flush();

	@Override
	void close();
}
