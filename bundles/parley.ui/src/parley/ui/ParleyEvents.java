package parley.ui;

/** Event topics (IEventBroker) parts use to talk to parts that other bundles or later work provide. */
public final class ParleyEvents {
	private ParleyEvents() {
	}

	/**
	 * "Show similar" in the navigator's context menu posts the entry (event data: the {@link
	 * parley.model.playbook.Entry}); the search part subscribes to show the entries most like it.
	 */
	public static final String SHOW_SIMILAR = "parley/entry/showSimilar";
}
