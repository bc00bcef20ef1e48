package parley.publish;

/**
 * A scenario named in the selection ({@link Selection#scenarios()}) is not in the playbook. Front ends add
 * where their user can see the scenarios' titles and ids.
 */
public final class NoSuchScenarioException extends PublishException {

	private static final long serialVersionUID = 1L;

	private final String wanted;

	public NoSuchScenarioException(String wanted) {
		super("No scenario matches '" + wanted + "': give a scenario's id or its title.");
		this.wanted = wanted;
	}

	/** The title or id as the user gave it. */
	public String wanted() {
		return wanted;
	}
}
