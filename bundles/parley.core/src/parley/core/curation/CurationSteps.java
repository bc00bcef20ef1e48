package parley.core.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

import parley.core.edit.EditingSession;
import parley.core.service.Labels;
import parley.model.playbook.Entry;

/**
 * One curation step taken on several entries at once, all or nothing: either every entry may take the step and
 * one undoable command does them all, or nothing changes and every refusal is reported (the entry and why, in
 * the words of {@link CurationException}). The CLI ({@code parley approve ID...}) and the workbench (a step on
 * a selection) run the same code:
 *
 * <pre>
 * CurationSteps.Result r = CurationSteps.run(session, entries, CurationSteps.approve(note));
 * if (r.refused()) { show r.refusals() } else { session.save(); }
 * </pre>
 */
public final class CurationSteps {

	/** What one step does to one entry: builds the {@link Curator}'s command, or throws why it may not. */
	@FunctionalInterface
	public interface Action {
		Command on(Curator curator, Entry entry) throws CurationException;
	}

	/**
	 * A curation step with the words that report it.
	 *
	 * @param name   the step as a command name ("approve")
	 * @param done   what happened to each entry, in the past tense ("approved")
	 * @param label  the undo label for several entries ("Approve")
	 * @param action builds the command for one entry
	 */
	public record Step(String name, String done, String label, Action action) {
	}

	/** One entry that may not take the step, and why (the message names the entry). */
	public record Refusal(Entry entry, String reason) {
	}

	/**
	 * What running a step on several entries came to.
	 *
	 * @param entries  the entries, each once, in the order given
	 * @param command  the command that took the step on all of them (executed by {@link #run}); null if refused
	 * @param refusals why entries may not take the step; empty if it was taken
	 */
	public record Result(Step step, List<Entry> entries, Command command, List<Refusal> refusals) {
		/** Whether the step was refused (for at least one entry) and so taken on none. */
		public boolean refused() {
			return !refusals.isEmpty();
		}

		/**
		 * The refusals as one message: for one entry its reason, for several a heading saying nothing changed and a
		 * line per refusal.
		 */
		public String message() {
			if (entries.size() == 1 && refusals.size() == 1) {
				return refusals.get(0).reason();
			}
			StringBuilder b = new StringBuilder(refusals.size() + " of " + entries.size() + " entries cannot be "
					+ step.done() + "; nothing was changed:");
			refusals.forEach(r -> b.append(System.lineSeparator()).append("  ").append(r.reason()));
			return b.toString();
		}
	}

	private CurationSteps() {
	}

	/** Sends entries to review, naming a reviewer (may be null). */
	public static Step submit(String reviewer, String note) {
		return new Step("submit", "submitted for review", "Submit", (c, e) -> c.submit(e, reviewer, note));
	}

	/** Approves entries in review, or approves again entries changed since approval. */
	public static Step approve(String note) {
		return new Step("approve", "approved", "Approve", (c, e) -> c.approve(e, note));
	}

	/** Returns entries in review to draft; the note is required. */
	public static Step sendBack(String note) {
		return new Step("reject", "sent back to draft", "Send back", (c, e) -> c.sendBack(e, note));
	}

	/** Retires entries, optionally naming the entry that replaces them (may be null). */
	public static Step retire(Entry replacedBy, String note) {
		return new Step("retire", "retired", "Retire", (c, e) -> c.retire(e, replacedBy, note));
	}

	/** Marks approved entries reviewed today. */
	public static Step markReviewed(String note) {
		return new Step("reviewed", "marked reviewed", "Mark reviewed", (c, e) -> c.markReviewed(e, note));
	}

	/** Brings retired entries back as drafts. */
	public static Step reopen(String note) {
		return new Step("reopen", "reopened", "Reopen", (c, e) -> c.reopen(e, note));
	}

	/** Adds a review comment to each entry. */
	public static Step comment(String text) {
		return new Step("comment", "commented on", "Comment on", (c, e) -> c.comment(e, text));
	}

	/**
	 * Builds the step for every entry (each once) without executing anything: the command, or every refusal.
	 */
	public static Result plan(Curator curator, List<? extends Entry> entries, Step step) {
		List<Entry> distinct = List.copyOf(new LinkedHashSet<>(entries));
		List<Command> commands = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		for (Entry entry : distinct) {
			try {
				commands.add(step.action().on(curator, entry));
			} catch (CurationException e) {
				refusals.add(new Refusal(entry, e.getMessage()));
			}
		}
		if (!refusals.isEmpty() || distinct.isEmpty()) {
			commands.forEach(Command::dispose);
			return new Result(step, distinct, null, List.copyOf(refusals));
		}
		if (commands.size() == 1) {
			return new Result(step, distinct, commands.get(0), List.of());
		}
		CompoundCommand all = new CompoundCommand(step.label() + " " + distinct.size() + " entries");
		commands.forEach(all::append);
		return new Result(step, distinct, all, List.of());
	}

	/**
	 * Takes the step on every entry as the session's {@link EditingSession#editor() editor}, as one undoable
	 * command, or on none when any is refused. Nothing is saved: the caller saves (the CLI at once, the
	 * workbench when the user does).
	 *
	 * @throws IllegalStateException when the built command cannot execute (a bug, not a user's mistake)
	 */
	public static Result run(EditingSession session, List<? extends Entry> entries, Step step) {
		Result result = plan(session.curator(), entries, step);
		if (result.command() != null && !session.executeCommand(result.command())) {
			throw new IllegalStateException("The command to " + step.name() + " "
					+ result.entries().stream().map(Labels::describe).toList() + " could not execute.");
		}
		return result;
	}
}
