package parley.publish.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;
import parley.publish.PublishException;
import parley.publish.WhatChanged;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.Version;

/**
 * Versions from the playbook folder's git repository ({@link PlaybookRepository}). A folder without a
 * repository has no versions; none is created for it.
 */
public final class GitVersions implements VersionSource {

	private static final String UNVERSIONED = "unversioned draft";
	private static final String STATUS = PlaybookPackage.Literals.ENTRY__STATUS.getName();
	private static final String RETIRED = Status.RETIRED.getLiteral();

	@Override
	public WhatChanged changesSince(Path folder, String since) throws PublishException {
		if (!versioned(folder)) {
			throw new NoVersionsException(folder);
		}
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			return whatChanged(since, repo.diff(since, null));
		} catch (VcsException e) {
			throw new PublishException("Could not compare with " + since + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String currentName(Path folder) throws PublishException {
		if (!versioned(folder)) {
			return UNVERSIONED;
		}
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			return repo.versionName();
		} catch (VcsException e) {
			throw new PublishException(e.getMessage(), e);
		}
	}

	@Override
	public List<VersionChoice> versions(Path folder, int max) throws PublishException {
		if (!versioned(folder)) {
			return List.of();
		}
		List<VersionChoice> choices = new ArrayList<>();
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			for (Version version : repo.history()) {
				if (choices.size() == max) {
					break;
				}
				boolean released = !version.releases().isEmpty();
				choices.add(new VersionChoice(released ? String.join(", ", version.releases()) : version.shortId(),
						version.message().lines().findFirst().orElse(""), version.time(),
						released ? version.releases().get(0) : version.id()));
			}
		} catch (VcsException e) {
			throw new PublishException(e.getMessage(), e);
		}
		return choices;
	}

	/**
	 * The semantic diff as the PDF's "what changed" section: one line per element in the diff's order, the
	 * changed fields by their plain-word labels. An entry whose status became "retired" is
	 * {@link WhatChanged.Kind#RETIRED} (whatever else changed with it). A full version id is shown by its first
	 * eight characters. Each change carries what its fields were and are, for the old and new wording.
	 */
	public static WhatChanged whatChanged(String since, List<EntityChange> diff) {
		List<WhatChanged.Change> changes = new ArrayList<>();
		for (EntityChange change : diff) {
			List<String> fields = change.fields() == null ? List.of()
					: change.fields().stream().map(EntityChange.FieldChange::label).toList();
			WhatChanged.Kind kind = kind(change.kind());
			if (kind == WhatChanged.Kind.CHANGED && retired(change)) {
				kind = WhatChanged.Kind.RETIRED;
			}
			List<WhatChanged.Field> details = change.fields() == null ? List.of()
					: change.fields().stream().map(f -> new WhatChanged.Field(f.field(), f.label(), f.before(), f.after(),
							f.added(), f.removed())).toList();
			changes.add(new WhatChanged.Change(kind, change.id(), change.type(), change.title(), fields, details));
		}
		return new WhatChanged(since.matches("[0-9a-f]{40}") ? since.substring(0, 8) : since, changes);
	}

	private static boolean retired(EntityChange change) {
		return change.fields() != null && change.fields().stream()
				.anyMatch(f -> f.field().equals(STATUS) && RETIRED.equals(f.after()) && !RETIRED.equals(f.before()));
	}

	private static WhatChanged.Kind kind(EntityChange.Kind kind) {
		return switch (kind) {
		case ADDED -> WhatChanged.Kind.ADDED;
		case CHANGED -> WhatChanged.Kind.CHANGED;
		case REMOVED -> WhatChanged.Kind.REMOVED;
		};
	}

	/** Whether the folder has a repository; opening one where there is none would create it. */
	private static boolean versioned(Path folder) {
		return folder != null && Files.isDirectory(folder.resolve(".git"));
	}
}
