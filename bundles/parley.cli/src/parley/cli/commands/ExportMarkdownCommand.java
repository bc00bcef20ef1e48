package parley.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.interchange.PlaybookMarkdown;
import parley.core.store.AtomicFiles;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export markdown}: one Markdown file per entry, with front matter (docs/INTERCHANGE.md). */
@Command(name = "markdown", description = { "Write the playbook into FOLDER as Markdown for docs-as-code: playbook.md"
		+ " and one file per entry in a folder per type, each with front matter (every field; links as relative"
		+ " paths) and the entry's main text as its body.",
		"'parley import markdown FOLDER' reads it back. Existing files are replaced only with --overwrite, which"
				+ " also removes the .md files of the type folders that the export no longer writes (renamed or"
				+ " deleted entries)." })
final class ExportMarkdownCommand extends PlaybookCommand {

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "FOLDER",
			description = "The folder to write into (made if missing; outside the playbook folder).")
	Path out;

	@Option(names = "--overwrite", description = "Replace the files of an earlier export in FOLDER.")
	boolean overwrite;

	ExportMarkdownCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		OpenPlaybook open = playbook();
		Path dir = context.resolvePath(out).toAbsolutePath().normalize();
		ExportJsonCommand.guard(open.folder(), dir.resolve("playbook.md"));
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new CliException(dir + " is a file; give a folder for the Markdown files");
		}
		if (!Files.exists(dir) && (dir.getParent() == null || !Files.isDirectory(dir.getParent()))) {
			throw new CliException("cannot write into " + dir + ": the folder " + dir.getParent()
					+ " does not exist; create it or choose another --out");
		}
		Map<String, String> files = PlaybookMarkdown.write(open.playbook());
		List<Path> stale = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Path folder = dir.resolve(kind.folder());
			if (Files.isDirectory(folder)) {
				try (Stream<Path> list = Files.list(folder)) {
					list.filter(p -> p.getFileName().toString().endsWith(".md"))
							.filter(p -> !files.containsKey(kind.folder() + "/" + p.getFileName())).forEach(stale::add);
				} catch (IOException e) {
					throw new CliException("could not read " + folder + ": " + e.getMessage());
				}
			}
		}
		if (!overwrite && (!stale.isEmpty() || files.keySet().stream().anyMatch(f -> Files.exists(dir.resolve(f))))) {
			throw new CliException(dir + " holds an earlier export; pass --overwrite to replace it, or choose another"
					+ " --out");
		}
		long bytes = 0;
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path target = dir.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Path temp = target.resolveSibling("." + target.getFileName() + ".parley-tmp");
				byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
				Files.write(temp, content);
				AtomicFiles.move(temp, target);
				bytes += content.length;
			}
			for (Path old : stale) {
				Files.deleteIfExists(old);
			}
		} catch (IOException e) {
			throw new CliException("could not write into " + dir + ": " + e.getMessage()
					+ "; check the folder's free space and permissions, or choose another --out");
		}
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("folder", dir.toString());
			o.addProperty("files", files.size());
			o.addProperty("removed", stale.size());
			o.addProperty("bytes", bytes);
			out().println(Json.GSON.toJson(o));
		} else {
			out().printf("Wrote %d Markdown files into %s%s.%n", files.size(), dir,
					stale.isEmpty() ? "" : " (removed " + stale.size() + " of an earlier export)");
		}
		return ParleyCli.OK;
	}
}
