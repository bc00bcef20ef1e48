package parley.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.interchange.PlaybookJson;
import parley.core.store.AtomicFiles;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.publish.OutputGuard;
import parley.publish.OutputRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export json}: the whole playbook as one JSON file (docs/INTERCHANGE.md). */
@Command(name = "json", description = { "Write the whole playbook as JSON (format parley-playbook, version 1; schema"
		+ " in docs/schema/parley-playbook-1.schema.json): every entry of every status with all its fields, ids,"
		+ " links by id and each entry's revision, in a stable order so that diffs stay small.",
		"'parley import json FILE' reads it back. The file appears only when complete; an existing file is"
				+ " replaced only with --overwrite." })
final class ExportJsonCommand extends PlaybookCommand {

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "FILE",
			description = "The JSON file to write (outside the playbook folder).")
	Path out;

	@Option(names = "--overwrite", description = "Replace FILE if it exists.")
	boolean overwrite;

	ExportJsonCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		OpenPlaybook open = playbook();
		Path target = checkOutput(open.folder(), context.resolvePath(out), overwrite);
		Playbook playbook = open.playbook();
		byte[] bytes = PlaybookJson.write(playbook).getBytes(StandardCharsets.UTF_8);
		Path temp = target.resolveSibling("." + target.getFileName() + ".parley-tmp");
		try {
			Files.write(temp, bytes);
			AtomicFiles.replace(temp, target);
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException ignored) {
				// the message below says what failed
			}
			throw new CliException("could not write " + target + ": " + e.getMessage()
					+ "; check the folder's free space and permissions, or choose another --out");
		}
		int entries = 0;
		StringBuilder counts = new StringBuilder();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			int n = ((List<?>) playbook.eGet(kind.containment())).size();
			entries += n;
			counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.folder());
		}
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("file", target.toString());
			o.addProperty("format", PlaybookJson.FORMAT);
			o.addProperty("version", PlaybookJson.VERSION);
			o.addProperty("entities", entries);
			o.addProperty("bytes", bytes.length);
			out().println(Json.GSON.toJson(o));
		} else {
			out().printf("Wrote %s: %d entities (%s).%n", target, entries, counts);
		}
		return ParleyCli.OK;
	}

	/**
	 * The export's output checks: never inside a playbook folder ({@link OutputGuard}, as for PDF) or a
	 * {@code .git} folder, never over a folder, and never over an existing file unless asked.
	 */
	static Path checkOutput(Path folder, Path out, boolean overwrite) {
		Path target = guard(folder, out);
		Path parent = target.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new CliException("cannot write " + target + ": the folder " + parent
					+ " does not exist; create it or choose another --out");
		}
		if (Files.isDirectory(target)) {
			throw new CliException("cannot write " + target + ": it is a folder; give a file name such as "
					+ target.resolve("playbook.json"));
		}
		if (Files.exists(target) && !overwrite) {
			throw new CliException(target + " exists; pass --overwrite to replace it, or choose another --out");
		}
		if (!Files.isWritable(parent) || (Files.exists(target) && !Files.isWritable(target))) {
			throw new CliException("cannot write " + target + ": no permission; choose another --out");
		}
		return target;
	}

	/** Where an export may not write: inside a playbook folder ({@link OutputGuard}) or a {@code .git} folder. */
	static Path guard(Path folder, Path out) {
		Path target;
		try {
			target = OutputGuard.check(folder, out);
		} catch (OutputRefusedException e) {
			Path parent = e.playbookFolder() == null ? null : e.playbookFolder().getParent();
			throw new CliException("refused to write " + e.target() + ": it is inside the playbook folder "
					+ e.playbookFolder() + ", whose own files it could overwrite; choose a file outside it"
					+ (parent == null ? "" : ", such as " + parent.resolve("playbook.json")));
		}
		for (Path p = target; p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals(".git")) {
				throw new CliException("refused to write " + target + ": it is inside a git folder (" + p
						+ "), which git manages; choose a file outside it");
			}
		}
		return target;
	}
}
