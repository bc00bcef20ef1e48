package parley.core.store;

import java.io.IOException;
import java.util.List;

/**
 * Where the files of a playbook are read from: a folder, or (for a saved version) a git tree. Paths are
 * relative to the playbook folder, with '/' separators.
 */
public interface PlaybookFiles {

	/** The {@code .xmi} files directly in a sub-folder (e.g. "techniques"), as relative paths, in any order. */
	List<String> list(String folder) throws IOException;

	/** The content of one file. Called from several threads at once. */
	byte[] read(String relative) throws IOException;
}
