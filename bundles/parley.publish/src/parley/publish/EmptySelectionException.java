package parley.publish;

/**
 * Nothing to publish: no entry matches the selection, or the pocket cards or role-play kits have no scenario. The message says
 * so in plain words; each front end adds how its user widens the selection (options, check boxes).
 */
public final class EmptySelectionException extends PublishException {

	private static final long serialVersionUID = 1L;

	private final Layout layout;

	EmptySelectionException(String message, Layout layout) {
		super(message);
		this.layout = layout;
	}

	/** Thrown when no entry matches the selection. */
	public static EmptySelectionException noEntries() {
		return new EmptySelectionException("No entry matches the filters; widen the selection.", Layout.MANUAL);
	}

	/** Thrown when pocket cards are asked for and no scenario matches the selection. */
	public static EmptySelectionException noScenarios() {
		return new EmptySelectionException("No scenario matches the filters, so there are no cards to print; widen"
				+ " the selection or publish the manual instead.", Layout.CARDS);
	}

	/** Thrown when role-play kits are asked for and no scenario matches the selection. */
	public static EmptySelectionException noRoleplayScenarios() {
		return new EmptySelectionException("No scenario matches the filters, so there is no role-play kit to print;"
				+ " widen the selection.", Layout.ROLEPLAY);
	}

	/** {@link Layout#CARDS} or {@link Layout#ROLEPLAY} when it was the cards or the kits that had no scenario, else {@link Layout#MANUAL}. */
	public Layout layout() {
		return layout;
	}
}
