package parley.vcs.workflow;

import java.util.List;
import java.util.stream.Collectors;

import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.vcs.Author;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.RestoreCommands;
import parley.vcs.UnversionedChangesException;
import parley.vcs.VcsException;
import parley.vcs.Version;

/**
 * Restore: one entry, or the whole playbook, as it was in a version; a new change, history is never
 * rewritten. The rule for saved changes that no version holds is the same on disk and in the workbench: they
 * are named, and replaced only when the person says so (or first kept by saving a version,
 * {@link #saveFirst}). On disk ({@link #onDisk}) the restore is written at once and refused with
 * {@link UnversionedChangesException}; in the workbench it is read first ({@link #prepare}), shown
 * ({@link Prepared#replaced}), then applied as one undoable edit ({@link #command}).
 */
public final class RestoreVersion {

	private RestoreVersion() {
	}

	/** The entry to restore: its id and how to call it in messages. */
	public record Target(String id, String label) {
	}

	/**
	 * The entry a person named (its id, or its title as it is now); an id of an entry deleted since is taken
	 * as it is.
	 */
	public static Target target(Playbook playbook, String wanted) {
		List<Entry> matches = new PlaybookQueries(playbook).find(wanted);
		return matches.size() == 1 ? new Target(matches.get(0).getId(), "'" + matches.get(0).getTitle() + "'")
				: new Target(wanted.strip(), wanted.strip());
	}

	/** What a restore on disk did: a sentence, and the links left out because their targets are gone. */
	public record Restored(String summary, List<String> skipped) {
	}

	/**
	 * Restores on disk: the entry {@code target} (the whole playbook when null) as in {@code revision}.
	 *
	 * @throws UnversionedChangesException unless {@code discardUnversioned}, when saved changes no version holds
	 *                                     would be replaced
	 */
	public static Restored onDisk(PlaybookRepository repository, Target target, String revision,
			boolean discardUnversioned) throws VcsException {
		if (target == null) {
			repository.restorePlaybook(revision, discardUnversioned);
			return new Restored("Restored the whole playbook as it was in " + revision + ".", List.of());
		}
		List<String> skipped = repository.restoreEntry(target.id(), revision, discardUnversioned);
		return new Restored("Restored " + target.label() + " as it was in " + revision + ".", skipped);
	}

	/**
	 * What the workbench reads before asking: the version's model, the saved-but-unversioned changes concerned,
	 * and (for the whole playbook) the versioned files other than the model that differ.
	 */
	public record Prepared(Version version, String entryId, Playbook model, List<EntityChange> unversioned,
			List<String> otherFiles) {

		/** What restoring would replace in the live model, element by element. */
		public List<EntityChange> replaced(Playbook live) {
			return RestoreCommands.preview(live, model, entryId);
		}

		/** Whether saved changes that no version holds would be replaced: the person decides. */
		public boolean replacesUnversioned() {
			return !unversioned.isEmpty();
		}
	}

	/** Reads what {@link Prepared} holds (in the background: it reads the repository). */
	public static Prepared prepare(PlaybookRepository repository, Version version, String entryId) throws VcsException {
		return new Prepared(version, entryId, repository.load(version.id()).playbook(),
				repository.unversionedChanges(entryId),
				entryId == null ? repository.otherFilesDiffering(version.id()) : List.of());
	}

	/** Keeps the unversioned changes in the history before a restore replaces them. */
	public static Version saveFirst(PlaybookRepository repository, String what, Version version, Author author)
			throws VcsException {
		return repository.commit("Before restoring " + what + " from version " + version.shortId(), author);
	}

	/** The restore as one undoable edit of {@code live}, named {@code label}. */
	public static RestoreCommands.Restore command(Playbook live, Prepared prepared, String label) {
		return prepared.entryId() == null ? RestoreCommands.playbook(live, prepared.model(), label)
				: RestoreCommands.entry(live, prepared.model(), prepared.entryId(), label);
	}

	/** Changes as a list for a person, at most {@code limit} lines and a count of the rest. */
	public static String describe(List<EntityChange> changes, int limit) {
		String lines = changes.stream().limit(limit).map(c -> "• " + (c.title() == null ? c.id() : c.title()) + ": "
				+ switch (c.kind()) {
				case CHANGED -> c.fields().stream().map(EntityChange.FieldChange::label).collect(Collectors.joining(", "));
				case ADDED -> "comes back";
				case REMOVED -> "is removed";
				}).collect(Collectors.joining("\n"));
		return lines + (changes.size() > limit ? "\n• … and " + (changes.size() - limit) + " more" : "") + "\n";
	}
}
