package parley.publish.workflow;

import java.nio.file.Path;
import java.util.List;

import parley.publish.PublishException;
import parley.publish.WhatChanged;

/**
 * The versions of a playbook folder, as an export needs them. {@link GitVersions} reads them from the
 * folder's git repository; tests give their own.
 */
@FunctionalInterface
public interface VersionSource {

	/**
	 * The "what changed" section: every entry added, changed or removed between version {@code since} and the
	 * folder as saved now.
	 *
	 * @throws NoVersionsException when the folder has no versions
	 * @throws PublishException    when the version does not exist or the history cannot be read
	 */
	WhatChanged changesSince(Path folder, String since) throws PublishException;

	/** What to call the folder's state on a cover ("v1.2", "version 1a2b3c4d, after v1.1"). */
	default String currentName(Path folder) throws PublishException {
		return "unversioned draft";
	}

	/** The versions "what changed" may count from, newest first, at most {@code max}. */
	default List<VersionChoice> versions(Path folder, int max) throws PublishException {
		return List.of();
	}
}
