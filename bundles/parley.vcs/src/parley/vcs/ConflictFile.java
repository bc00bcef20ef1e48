package parley.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import parley.core.store.AtomicFiles;
import parley.core.store.LocalState;

/**
 * The conflicts of a merge in progress, kept in the local state folder ({@code merge.json}, never
 * versioned). It is read as untrusted input: anything Parley did not write is refused with a message that
 * names the file and the way out (give the merge up).
 */
final class ConflictFile {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private final Path folder;

	ConflictFile(Path folder) {
		this.folder = folder;
	}

	/** The refusal of an operation that must wait until the merge in progress is settled. */
	static MergeInProgressException waiting() {
		return new MergeInProgressException("A merge is waiting for conflicts to be resolved.", true, null);
	}

	/** The unresolved conflicts (empty when no merge is in progress). */
	List<Conflict> read() throws VcsException {
		Path file = LocalState.file(folder, LocalState.MERGE);
		if (!Files.exists(file)) {
			return List.of();
		}
		String problem;
		try {
			String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
			Conflict[] read = GSON.fromJson(text, Conflict[].class);
			List<Conflict> conflicts = read == null ? List.of() : java.util.Arrays.asList(read);
			problem = check(conflicts);
			if (problem == null) {
				return List.copyOf(conflicts);
			}
		} catch (java.nio.charset.CharacterCodingException e) {
			problem = "it is not UTF-8 text";
		} catch (JsonParseException e) {
			problem = "it is not a list of conflicts in JSON (" + jsonProblem(e) + ")";
		} catch (IOException e) {
			throw new MergeInProgressException("Could not read the merge in progress (" + file + "): " + e.getMessage()
					+ ". Check the file's permissions, or give the merge up.", false, e);
		}
		throw new MergeInProgressException("The merge in progress cannot be read from " + file + ": " + problem
				+ ". Parley never writes such a file; give the merge up (the playbook goes back to your last saved"
				+ " version), then sync again.", false, null);
	}

	/** Why a list read from the merge file is not one Parley wrote, or null. */
	private static String check(List<Conflict> conflicts) {
		for (int i = 0; i < conflicts.size(); i++) {
			Conflict c = conflicts.get(i);
			if (c == null) {
				return "conflict " + (i + 1) + " is empty";
			}
			if (c.id() == null || c.id().isBlank() || c.field() == null || c.field().isBlank()) {
				return "conflict " + (i + 1) + " does not name an element and a field";
			}
		}
		return null;
	}

	/** Gson's message without the exception class it starts with and the web page it ends with. */
	private static String jsonProblem(JsonParseException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		message = message.replaceFirst("^(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*: ", "");
		int see = message.indexOf("\nSee ");
		return (see < 0 ? message : message.substring(0, see)).strip();
	}

	/** Writes the conflicts left (removes the file when none is left). */
	void write(List<Conflict> conflicts) throws IOException {
		Path file = LocalState.file(folder, LocalState.MERGE);
		LocalState.ensure(folder);
		if (conflicts.isEmpty()) {
			Files.deleteIfExists(file);
		} else {
			Path tmp = file.resolveSibling(LocalState.MERGE + ".tmp");
			Files.writeString(tmp, GSON.toJson(conflicts));
			AtomicFiles.replace(tmp, file);
		}
	}
}
