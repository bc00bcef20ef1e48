package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/**
 * Bringing the past back on disk: one entry, the whole playbook (one journaled step), or the versioned files
 * other than the model; never over saved changes that no version holds unless told to.
 */
final class Restores {

	private final GitPlaybook repo;
	private final History history;

	Restores(GitPlaybook repo, History history) {
		this.repo = repo;
		this.history = history;
	}

	List<String> restoreEntry(String entryId, String revision, boolean discardUnversioned) throws VcsException {
		if (!discardUnversioned) {
			refuseToDropUnversioned(entryId, "Restoring it");
		}
		OpenPlaybook old = repo.load(revision, null);
		OpenPlaybook now = repo.current();
		EObject source = GitPlaybook.find(old.playbook(), entryId);
		if (source == null) {
			throw new VcsException("Version '" + revision + "' has no entry with id " + entryId
					+ "; the entry's history lists the versions that changed it.");
		}
		List<String> skipped = new EntryRestorer(now.playbook()).restore(source);
		try {
			now.save();
		} catch (StoreException e) {
			throw new VcsException(e.getMessage(), e);
		}
		return skipped;
	}

	void restorePlaybook(String revision, boolean discardUnversioned) throws VcsException {
		if (!discardUnversioned) {
			refuseToDropUnversioned(null, "Restoring the playbook");
		}
		repo.load(revision, null); // the version must load cleanly before anything is touched
		try {
			ObjectId commit = repo.commitId(revision);
			repo.refuseUntrusted(commit, "Version '" + revision + "'", "Nothing was restored.");
			Set<String> wanted = new HashSet<>();
			Map<String, byte[]> writes = repo.differingFiles(commit, path -> true, wanted);
			List<String> deletions = new ArrayList<>();
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				Path dir = repo.folder.resolve(kind.folder());
				if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
					try (Stream<Path> files = Files.list(dir)) {
						for (Path f : (Iterable<Path>) files::iterator) {
							String relative = repo.folder.relativize(f).toString().replace('\\', '/');
							if (!wanted.contains(relative) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
								deletions.add(relative);
							}
						}
					}
				}
			}
			// One journaled write: after a crash the folder is wholly as before or wholly as the version.
			new XmiPlaybookStore().replaceFiles(repo.folder, writes, deletions);
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not restore the playbook from '" + revision + "': " + e.getMessage(), e);
		}
	}

	List<String> otherFilesDiffering(String revision) throws VcsException {
		try {
			return List.copyOf(repo.differingFiles(repo.commitId(revision), p -> !ChangedEntries.isPlaybookFile(p),
					new HashSet<>()).keySet());
		} catch (IOException e) {
			throw new VcsException("Could not read version '" + revision + "': " + e.getMessage(), e);
		}
	}

	void restoreOtherFiles(String revision) throws VcsException {
		try {
			ObjectId commit = repo.commitId(revision);
			repo.refuseUntrusted(commit, "Version '" + revision + "'", "Nothing was restored.");
			new XmiPlaybookStore().replaceFiles(repo.folder,
					repo.differingFiles(commit, p -> !ChangedEntries.isPlaybookFile(p), new HashSet<>()), List.of());
		} catch (IOException | StoreException e) {
			throw new VcsException("Could not restore the files of '" + revision + "': " + e.getMessage(), e);
		}
	}

	List<EntityChange> unversionedChanges(String entryId) throws VcsException {
		if (!repo.hasVersions()) {
			return List.of();
		}
		List<EntityChange> changes = history.diff(Constants.HEAD, null);
		return entryId == null ? changes : changes.stream().filter(c -> c.id().equals(entryId)).toList();
	}

	private void refuseToDropUnversioned(String entryId, String what) throws VcsException {
		List<EntityChange> unversioned = unversionedChanges(entryId);
		if (!unversioned.isEmpty()) {
			if (entryId != null && unversioned.get(0).title() != null) {
				what = "Restoring '" + unversioned.get(0).title() + "'";
			}
			StringBuilder message = new StringBuilder(what).append(" would replace saved changes that are in no version yet,"
					+ " and they would be lost:\n");
			int shown = 0;
			for (EntityChange change : unversioned) {
				if (shown++ == 10) {
					message.append("  ... and ").append(unversioned.size() - 10).append(" more\n");
					break;
				}
				message.append("  ").append(change.title() == null ? change.id() : change.title()).append(": ")
						.append(change.kind() == EntityChange.Kind.CHANGED
								? String.join(", ", change.fields().stream().map(EntityChange.FieldChange::label).toList())
								: change.kind().name().toLowerCase(Locale.ROOT))
						.append("\n");
			}
			message.append(UnversionedChangesException.KEEP_OR_DISCARD);
			throw new UnversionedChangesException(message.toString(), unversioned);
		}
	}
}
