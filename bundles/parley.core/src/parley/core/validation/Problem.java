package parley.core.validation;

/**
 * One validation finding about one playbook element.
 *
 * @param severity     error or warning
 * @param rule         the id of the rule that found it (e.g. {@code avoid-without-replacement})
 * @param elementId    UUID of the element concerned (for a step: the step's own id)
 * @param elementLabel what a person calls the element ("Phrase 'Calm down'")
 * @param field        the model field concerned, or null
 * @param message      what is wrong and what to do
 */
public record Problem(Severity severity, String rule, String elementId, String elementLabel, String field,
		String message) {

	@Override
	public String toString() {
		return severity.name().toLowerCase() + ": " + elementLabel + (field == null ? "" : " [" + field + "]") + ": "
				+ message + " (" + rule + ")";
	}
}
