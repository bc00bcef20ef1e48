package parley.core.service;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;

import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * The playbook-wide settings a user may read and change by name (title, description, organisation, four eyes,
 * default review intervals per type), with one rule each for what a valid value is. Front ends show
 * {@link #all()} and change a setting through the editing session with {@link Setting#parse}'s value, so the
 * change is one undoable command.
 */
public final class PlaybookSettings {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	/** One setting: its key ("four-eyes"), the model attribute it is, and what it means. */
	public record Setting(String key, EAttribute attribute, String meaning) {

		/** The setting's value in {@code playbook}, as text ("on", "90", a title). */
		public String show(Playbook playbook) {
			Object value = playbook.eGet(attribute);
			if (value instanceof Boolean b) {
				return b ? "on" : "off";
			}
			return value == null ? "" : value.toString();
		}

		/**
		 * The value {@code text} stands for.
		 *
		 * @throws IllegalArgumentException with a message saying what a valid value is
		 */
		public Object parse(String text) {
			String t = text == null ? "" : text.strip();
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == boolean.class || type == Boolean.class) {
				return switch (t.toLowerCase(Locale.ROOT)) {
				case "on", "true", "yes", "1" -> Boolean.TRUE;
				case "off", "false", "no", "0" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(key + " is on or off, not '" + t + "'");
				};
			}
			if (type == int.class || type == Integer.class) {
				try {
					int days = Integer.parseInt(t);
					if (days >= 0 && days <= 3650) {
						return days;
					}
				} catch (NumberFormatException e) {
					// reported below
				}
				throw new IllegalArgumentException(key + " is a number of days from 0 (no schedule) to 3650, not '" + t
						+ "'");
			}
			if (attribute.getLowerBound() > 0 && t.isEmpty()) {
				throw new IllegalArgumentException(key + " cannot be empty");
			}
			return t.isEmpty() ? null : t;
		}
	}

	private static final List<Setting> ALL = List.of(
			new Setting("title", P.getPlaybook_Title(), "the playbook's title (covers, window title)"),
			new Setting("description", P.getPlaybook_Description(), "what the playbook is for"),
			new Setting("organisation", P.getPlaybook_Organisation(), "who publishes it"),
			new Setting("four-eyes", P.getPlaybook_FourEyes(),
					"whoever last edited an entry's content may not approve it"),
			new Setting("review-days.technique", P.getPlaybook_TechniqueReviewDays(),
					"days between reviews of a technique without its own interval (0: none)"),
			new Setting("review-days.phrase", P.getPlaybook_PhraseReviewDays(),
					"days between reviews of a phrase without its own interval (0: none)"),
			new Setting("review-days.scenario", P.getPlaybook_ScenarioReviewDays(),
					"days between reviews of a scenario without its own interval (0: none)"),
			new Setting("review-days.source", P.getPlaybook_SourceReviewDays(),
					"days between reviews of a source without its own interval (0: none)"));

	private PlaybookSettings() {
	}

	/** Every setting, in the order shown. */
	public static List<Setting> all() {
		return ALL;
	}

	/**
	 * The setting called {@code key}.
	 *
	 * @throws IllegalArgumentException naming the known keys when there is none
	 */
	public static Setting named(String key) {
		String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
		for (Setting s : ALL) {
			if (s.key().equals(k)) {
				return s;
			}
		}
		throw new IllegalArgumentException("there is no setting '" + key + "'; the settings are "
				+ String.join(", ", ALL.stream().map(Setting::key).toList()));
	}
}
