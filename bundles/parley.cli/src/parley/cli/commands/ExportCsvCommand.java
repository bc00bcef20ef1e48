package parley.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.interchange.PlaybookCsv;
import parley.core.store.AtomicFiles;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export csv}: the playbook as spreadsheet sheets in a folder (docs/INTERCHANGE.md). */
@Command(name = "csv", description = { "Write the whole playbook as CSV sheets into FOLDER, one per type (playbook,"
		+ " sources, tags, audiences, techniques, phrases, scenarios) and per kind of contained record (steps,"
		+ " events, comments): RFC 4180, UTF-8, links as titles with the ids in a column of their own.",
		"'parley import csv FOLDER' reads them back. Existing sheets are replaced only with --overwrite." })
final class ExportCsvCommand extends PlaybookCommand {

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "FOLDER",
			description = "The folder to write the sheets into (made if missing; outside the playbook folder).")
	Path out;

	@Option(names = "--bom", description = "Start each sheet with a UTF-8 byte order mark (for spreadsheets that"
			+ " need it to read UTF-8).")
	boolean bom;

	@Option(names = "--overwrite", description = "Replace sheets that exist in FOLDER.")
	boolean overwrite;

	ExportCsvCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		OpenPlaybook open = playbook();
		Path dir = context.resolvePath(out).toAbsolutePath().normalize();
		ExportJsonCommand.guard(open.folder(), dir.resolve(PlaybookCsv.fileNames().get(0)));
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new CliException(dir + " is a file; give a folder for the sheets");
		}
		if (!Files.exists(dir)) {
			if (dir.getParent() == null || !Files.isDirectory(dir.getParent())) {
				throw new CliException("cannot write into " + dir + ": the folder " + dir.getParent()
						+ " does not exist; create it or choose another --out");
			}
			try {
				Files.createDirectory(dir);
			} catch (IOException e) {
				throw new CliException("could not make the folder " + dir + ": " + e.getMessage());
			}
		}
		Map<String, String> sheets = PlaybookCsv.write(open.playbook(), bom);
		for (String name : sheets.keySet()) {
			ExportJsonCommand.checkOutput(open.folder(), dir.resolve(name), overwrite);
		}
		long bytes = 0;
		try {
			for (Map.Entry<String, String> sheet : sheets.entrySet()) {
				Path target = dir.resolve(sheet.getKey());
				Path temp = dir.resolve("." + sheet.getKey() + ".parley-tmp");
				byte[] content = sheet.getValue().getBytes(StandardCharsets.UTF_8);
				Files.write(temp, content);
				AtomicFiles.replace(temp, target);
				bytes += content.length;
			}
		} catch (IOException e) {
			throw new CliException("could not write the sheets into " + dir + ": " + e.getMessage()
					+ "; check the folder's free space and permissions, or choose another --out");
		}
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("folder", dir.toString());
			o.addProperty("sheets", sheets.size());
			o.addProperty("bytes", bytes);
			out().println(Json.GSON.toJson(o));
		} else {
			out().printf("Wrote %d sheets into %s: %s.%n", sheets.size(), dir, String.join(", ", sheets.keySet()));
		}
		return ParleyCli.OK;
	}
}
