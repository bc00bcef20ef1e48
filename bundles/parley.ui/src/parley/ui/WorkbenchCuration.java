package parley.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

import parley.core.curation.CurationException;
import parley.core.curation.Curator;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.model.playbook.CurationAction;
import parley.model.playbook.Entry;
import parley.model.playbook.Status;
import parley.vcs.Author;

/**
 * The workbench's curation steps: asks what a step needs (a reviewer and a note, the comment that sends an entry
 * back, the replacement of a retired entry), then runs the step {@link Curator} builds as one undoable command on
 * the editing session. A step the rules refuse (four eyes, say) shows the reason and changes nothing. The entry
 * editor's buttons, the navigator's menu and the Review menu's handler ({@code CurationHandler}) all come here.
 */
public final class WorkbenchCuration {

	/** A step a user can take, with its words and the curation action it records. */
	public enum Step {
		SUBMIT("submit", "Submit for review…", CurationAction.SUBMITTED),
		APPROVE("approve", "Approve…", CurationAction.APPROVED),
		SEND_BACK("sendback", "Send back…", CurationAction.RETURNED),
		RETIRE("retire", "Retire…", CurationAction.RETIRED),
		REVIEWED("reviewed", "Mark reviewed", CurationAction.REVIEWED),
		REOPEN("reopen", "Reopen", CurationAction.REOPENED),
		COMMENT("comment", "Add comment…", null);

		private final String key;
		private final String label;
		private final CurationAction action;

		Step(String key, String label, CurationAction action) {
			this.key = key;
			this.label = label;
			this.action = action;
		}

		/** The command parameter's value ("approve"). */
		public String key() {
			return key;
		}

		/** The menu and button text ("Approve…"). */
		public String label() {
			return label;
		}

		/** The step for a command parameter's value, or null. */
		public static Step of(String key) {
			for (Step step : values()) {
				if (step.key.equals(key)) {
					return step;
				}
			}
			return null;
		}
	}

	private static final String ANYONE = "\u0000anyone";

	private final EditingSession editing;
	private final Prompts prompts;
	/** Chooses the replacement of a retired entry among the candidates; null: cancelled. */
	private final Function<List<Entry>, Entry> chooser;

	public WorkbenchCuration(EditingSession editing, Prompts prompts, Function<List<Entry>, Entry> chooser) {
		this.editing = editing;
		this.prompts = prompts;
		this.chooser = chooser;
	}

	/**
	 * Whether {@code step} may be offered for {@code entry}: the entry's state allows it. A step only the
	 * four-eyes rule refuses is offered, so that taking it says why it is refused.
	 */
	public static boolean offered(EditingSession editing, Entry entry, Step step) {
		if (editing == null || entry == null || entry.eContainer() == null) {
			return false;
		}
		if (step == Step.COMMENT) {
			return true;
		}
		// asked as someone who edited nothing, so that the entry's state decides, never four eyes or a missing name
		return new Curator(editing.domain(), ANYONE, Clock.systemUTC()).refusal(entry, step.action) == null;
	}

	/** Why {@code step} is refused for {@code entry} now (taken by the session's editor), or null. */
	public static String refusal(EditingSession editing, Entry entry, Step step) {
		return step == Step.COMMENT ? null : editing.curator().refusal(entry, step.action);
	}

	/**
	 * Takes {@code step} on {@code entry}, asking what it needs.
	 *
	 * @return whether the playbook changed (false: refused, cancelled or failed; the user was told why)
	 */
	public boolean run(Step step, Entry entry) {
		if (entry == null || editing == null) {
			return false;
		}
		if (!knowWhoYouAre()) {
			return false;
		}
		Curator curator = editing.curator();
		String title = step.label().replace("…", "");
		if (step != Step.COMMENT) {
			String refused = curator.refusal(entry, step.action);
			if (refused != null) {
				prompts.error("Cannot " + title.toLowerCase(Locale.ROOT), refused);
				return false;
			}
		}
		String what = Labels.describe(entry);
		try {
			Command command = switch (step) {
			case SUBMIT -> {
				String[] answer = prompts.ask("Submit for review", "Submit " + what + " for review. Name a reviewer"
						+ " if you like, and add a note for them.", new String[] { "Reviewer:", "Note:" },
						new String[] { entry.getReviewer() == null ? "" : entry.getReviewer(), "" });
				yield answer == null ? null : curator.submit(entry, answer[0], answer[1]);
			}
			case APPROVE -> {
				String[] answer = prompts.ask("Approve", "Approve " + what + " as it stands now. A note is"
						+ " optional.", new String[] { "Note:" }, new String[] { "" });
				yield answer == null ? null : curator.approve(entry, answer[0]);
			}
			case SEND_BACK -> {
				String[] answer = prompts.ask("Send back", "Send " + what + " back to draft. Say what to change.",
						new String[] { "Comment:" }, new String[] { "" });
				yield answer == null ? null : curator.sendBack(entry, answer[0]);
			}
			case RETIRE -> retire(curator, entry, what);
			case REVIEWED -> curator.markReviewed(entry, null);
			case REOPEN -> curator.reopen(entry, null);
			case COMMENT -> {
				String[] answer = prompts.ask("Add comment", "A note on " + what + " for the people who curate it.",
						new String[] { "Comment:" }, new String[] { "" });
				yield answer == null ? null : curator.comment(entry, answer[0]);
			}
			};
			return command != null && editing.executeCommand(command);
		} catch (CurationException e) {
			prompts.error("Cannot " + title.toLowerCase(Locale.ROOT), e.getMessage());
			return false;
		}
	}

	/** Adds a comment typed elsewhere (the editor's comment field). */
	public boolean comment(Entry entry, String text) {
		if (!knowWhoYouAre()) {
			return false;
		}
		try {
			return editing.executeCommand(editing.curator().comment(entry, text));
		} catch (CurationException e) {
			prompts.error("Cannot add the comment", e.getMessage());
			return false;
		}
	}

	private Command retire(Curator curator, Entry entry, String what) throws CurationException {
		int choice = prompts.choose("Retire", "Retire " + what + "? Teams stop receiving it; Reopen brings it"
				+ " back as a draft.", "Retire", "Retire, replaced by…", "Cancel");
		if (choice == 0) {
			return curator.retire(entry, null, null);
		}
		if (choice != 1) {
			return null;
		}
		List<Entry> candidates = Elements.all(editing.playbook().playbook()).stream()
				.filter(e -> e instanceof Entry other && other != entry && other.eClass() == entry.eClass()
						&& other.getStatus() != Status.RETIRED)
				.map(Entry.class::cast).toList();
		Entry replacement = chooser.apply(candidates);
		return replacement == null ? null : curator.retire(entry, replacement, null);
	}

	/**
	 * Makes sure the session knows who takes the step: asks for a name (kept as the author of versions too)
	 * when none is known.
	 */
	private boolean knowWhoYouAre() {
		if (editing.editor() != null) {
			return true;
		}
		String[] answer = prompts.ask("Who are you?", "Curation steps record who took them, and Parley does not"
				+ " know your name yet. It is kept in the preferences (File > Preferences… changes it) and used for"
				+ " versions too.", new String[] { "Name:", "E-mail:" }, new String[] { "", "" });
		if (answer == null) {
			return false;
		}
		if (answer[0].isBlank()) {
			prompts.error("No name", "Curation steps need your name; nothing was changed.");
			return false;
		}
		Preferences.put(Preferences.AUTHOR_NAME, answer[0]);
		Preferences.put(Preferences.AUTHOR_EMAIL, answer[1]);
		editing.setEditor(new Author(answer[0], answer[1]).format());
		return true;
	}
}
