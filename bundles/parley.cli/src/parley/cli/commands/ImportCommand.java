package parley.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.edit.EditingSession;
import parley.core.interchange.ImportException;
import parley.core.interchange.JsonImport;
import parley.core.interchange.PlaybookCsv;
import parley.core.interchange.PlaybookMarkdown;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley import json FILE} (and {@code csv}, {@code markdown}): bring an export back into the playbook
 * (docs/INTERCHANGE.md); {@code parley import article FILE...} ({@link ImportArticleCommand}) files articles in the
 * import inbox (docs/IMPORT.md).
 */
@Command(name = "import", description = "Bring content in from files.", subcommands = { ImportCommand.Json.class,
		ImportCommand.Csv.class, ImportCommand.Markdown.class, ImportArticleCommand.class })
final class ImportCommand extends CliCommand {

	ImportCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		throw new CliException("name the format: 'parley import json FILE', 'parley import csv|markdown FOLDER' or"
				+ " 'parley import article FILE...'", ParleyCli.USAGE);
	}

	@Command(name = "json", description = { "Import a JSON file written by 'parley export json' (or by a tool that"
			+ " follows docs/schema/parley-playbook-1.schema.json), all or nothing.",
			"Records are matched by id, else by exact title; changed fields are updated, new records become new"
					+ " entries, and nothing is deleted unless --delete-missing. Any bad record stops the import with"
					+ " every problem listed as FILE:LINE:COLUMN; an entry changed in the playbook since the export"
					+ " and in the file is a conflict, refused unless --theirs. Prints what changed, as 'parley diff'"
					+ " does." })
	static final class Json extends Format {

		@Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import.")
		Path file;

		Json(CliContext context) {
			super(context);
		}

		@Override
		String name() {
			return file.toString();
		}

		@Override
		JsonImport.Plan plan(Playbook playbook, JsonImport.Options options) throws ImportException {
			return JsonImport.plan(playbook, name(), read(context.resolvePath(file)), options, Clock.systemUTC());
		}
	}

	@Command(name = "csv", description = { "Import the CSV sheets 'parley export csv' wrote (or a spreadsheet saved"
			+ " from them) from FOLDER, all or nothing, with the same rules as 'parley import json'.",
			"Only the sheets present are read; a row without id is matched by title or makes a new entry; a link"
					+ " cell with titles and an empty ids cell is resolved by title." })
	static final class Csv extends FolderFormat {

		Csv(CliContext context) {
			super(context);
		}

		@Override
		JsonImport.Plan plan(Playbook playbook, JsonImport.Options options) throws ImportException {
			Path dir = directory("csv");
			java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
			java.util.Map<String, Path> found = new java.util.LinkedHashMap<>();
			for (String sheet : PlaybookCsv.fileNames()) {
				Path p = dir.resolve(sheet);
				if (Files.exists(p)) {
					found.put(sheet, p);
				}
			}
			checkTotal(dir, found.values());
			found.forEach((sheet, p) -> files.put(sheet, read(p)));
			return PlaybookCsv.plan(playbook, name(), files, options, Clock.systemUTC());
		}
	}

	@Command(name = "markdown", description = { "Import the Markdown files 'parley export markdown' wrote (playbook.md"
			+ " and the .md files of the type folders in FOLDER), all or nothing, with the same rules as 'parley import"
			+ " json'.",
			"A file without id is matched by title or makes a new entry; links are paths relative to the file." })
	static final class Markdown extends FolderFormat {

		Markdown(CliContext context) {
			super(context);
		}

		@Override
		JsonImport.Plan plan(Playbook playbook, JsonImport.Options options) throws ImportException {
			Path dir = directory("markdown");
			java.util.Map<String, Path> found = new java.util.TreeMap<>();
			if (Files.isRegularFile(dir.resolve("playbook.md"))) {
				found.put("playbook.md", dir.resolve("playbook.md"));
			}
			for (parley.core.store.PlaybookLayout.Kind kind : parley.core.store.PlaybookLayout.KINDS) {
				Path sub = dir.resolve(kind.folder());
				if (!Files.isDirectory(sub)) {
					continue;
				}
				try (java.util.stream.Stream<Path> list = Files.list(sub)) {
					for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".md")
							&& Files.isRegularFile(p)).toList()) {
						found.put(kind.folder() + "/" + p.getFileName(), p);
					}
				} catch (IOException e) {
					throw new CliException("could not read " + sub + ": " + e.getMessage());
				}
			}
			checkTotal(dir, found.values());
			java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
			found.forEach((name, p) -> files.put(name, read(p)));
			return PlaybookMarkdown.plan(playbook, name(), files, options, Clock.systemUTC());
		}
	}

	/** What every format's import does: plan, run as one command, print the diff, save. */
	/** A format exported as a folder of files (CSV sheets, Markdown files). */
	abstract static class FolderFormat extends Format {

		@Parameters(index = "0", paramLabel = "FOLDER", description = "The folder the export wrote.")
		Path folder;

		FolderFormat(CliContext context) {
			super(context);
		}

		@Override
		String name() {
			String name = folder.toString();
			return name.endsWith("/") ? name : name + "/";
		}

		/** The folder, resolved; refused when it is not one. */
		Path directory(String format) {
			Path dir = context.resolvePath(folder);
			if (!Files.isDirectory(dir)) {
				throw new CliException("no folder " + dir + "; give the folder 'parley export " + format
						+ " --out' wrote");
			}
			return dir;
		}
	}

	abstract static class Format extends PlaybookCommand {

		@Option(names = "--dry-run", description = "Show what the import would change; write nothing.")
		boolean dryRun;

		@Option(names = "--delete-missing", description = "Also delete the entries the file does not hold.")
		boolean deleteMissing;

		@Option(names = "--theirs",
				description = "Take the file's version of entries that were changed in the playbook since the export.")
		boolean theirs;

		Format(CliContext context) {
			super(context);
		}

		/** The file or folder as the user named it, for messages. */
		abstract String name();

		/** Reads and checks the input against {@code playbook}. */
		abstract JsonImport.Plan plan(Playbook playbook, JsonImport.Options options) throws ImportException;

		@Override
		int run() throws StoreException {
			OpenPlaybook open = playbook();
			Playbook live = open.playbook();
			JsonImport.Options options = new JsonImport.Options(deleteMissing, theirs);
			String name = name();
			List<EntityChange> changes;
			if (dryRun) {
				Playbook copy = EcoreUtil.copy(live);
				checked(copy, options).command().execute();
				changes = SemanticDiff.compare(live, copy);
			} else {
				Playbook before = EcoreUtil.copy(live);
				JsonImport.Plan plan = checked(live, options);
				EditingSession session = EditingSession.forOneCommand(open);
				try {
					session.executeCommand(plan.command());
					changes = SemanticDiff.compare(before, live);
					if (!changes.isEmpty()) {
						session.save();
					}
				} finally {
					session.dispose();
				}
			}
			if (json()) {
				out().println(parley.cli.commands.Json.GSON.toJson(changes));
			} else {
				out().print(SemanticDiff.describe(changes));
			}
			long added = changes.stream().filter(c -> c.kind() == EntityChange.Kind.ADDED).count();
			long changed = changes.stream().filter(c -> c.kind() == EntityChange.Kind.CHANGED).count();
			long removed = changes.stream().filter(c -> c.kind() == EntityChange.Kind.REMOVED).count();
			err().printf("%s %s: %d added, %d changed, %d removed.%s%n", dryRun ? "Dry run of" : "Imported", name,
					added, changed, removed, dryRun ? " Nothing was written." : "");
			return ParleyCli.OK;
		}

		private JsonImport.Plan checked(Playbook playbook, JsonImport.Options options) {
			try {
				return plan(playbook, options);
			} catch (ImportException e) {
				throw new CliException(e.getMessage());
			}
		}

		/** Refuses a folder whose files are more than an import reads together, before reading any. */
		static void checkTotal(Path dir, java.util.Collection<Path> paths) {
			long total = 0;
			for (Path p : paths) {
				try {
					total += Files.size(p);
				} catch (IOException e) {
					throw new CliException("could not read " + p + ": " + e.getMessage());
				}
			}
			if (total > JsonImport.MAX_BYTES) {
				throw new CliException("the files in " + dir + " are larger together than an import reads ("
						+ JsonImport.MAX_BYTES / (1024 * 1024) + " MB); import fewer at once");
			}
		}

		static byte[] read(Path path) {
			try {
				if (Files.isDirectory(path)) {
					throw new CliException(path + " is a folder; give the JSON file 'parley export json' wrote");
				}
				if (Files.size(path) > JsonImport.MAX_BYTES) {
					throw new CliException(path + " is larger than an import reads (" + JsonImport.MAX_BYTES / (1024 * 1024)
							+ " MB); split it");
				}
				return Files.readAllBytes(path);
			} catch (NoSuchFileException e) {
				throw new CliException("no file " + path + "; give the path of a JSON export");
			} catch (IOException e) {
				throw new CliException("could not read " + path + ": " + e.getMessage());
			}
		}
	}
}
