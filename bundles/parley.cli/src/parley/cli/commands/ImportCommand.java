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
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Playbook;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley import json FILE}: bring a JSON export back into the playbook (docs/INTERCHANGE.md). */
@Command(name = "import", description = "Bring content in from files.", subcommands = ImportCommand.Json.class)
final class ImportCommand extends CliCommand {

	ImportCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() {
		throw new CliException("name the format: 'parley import json FILE'", ParleyCli.USAGE);
	}

	@Command(name = "json", description = { "Import a JSON file written by 'parley export json' (or by a tool that"
			+ " follows docs/schema/parley-playbook-1.schema.json), all or nothing.",
			"Records are matched by id, else by exact title; changed fields are updated, new records become new"
					+ " entries, and nothing is deleted unless --delete-missing. Any bad record stops the import with"
					+ " every problem listed as FILE:LINE:COLUMN; an entry changed in the playbook since the export"
					+ " and in the file is a conflict, refused unless --theirs. Prints what changed, as 'parley diff'"
					+ " does." })
	static final class Json extends PlaybookCommand {

		@Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import.")
		Path file;

		@Option(names = "--dry-run", description = "Show what the import would change; write nothing.")
		boolean dryRun;

		@Option(names = "--delete-missing", description = "Also delete the entries the file does not hold.")
		boolean deleteMissing;

		@Option(names = "--theirs",
				description = "Take the file's version of entries that were changed in the playbook since the export.")
		boolean theirs;

		Json(CliContext context) {
			super(context);
		}

		@Override
		int run() throws StoreException {
			Path path = context.resolvePath(file);
			byte[] bytes = read(path);
			OpenPlaybook open = playbook();
			Playbook live = open.playbook();
			JsonImport.Options options = new JsonImport.Options(deleteMissing, theirs);
			String name = file.toString();
			List<EntityChange> changes;
			if (dryRun) {
				Playbook copy = EcoreUtil.copy(live);
				plan(copy, name, bytes, options).command().execute();
				changes = SemanticDiff.compare(live, copy);
			} else {
				Playbook before = EcoreUtil.copy(live);
				JsonImport.Plan plan = plan(live, name, bytes, options);
				EditingSession session = new EditingSession(open);
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

		private static JsonImport.Plan plan(Playbook playbook, String name, byte[] bytes, JsonImport.Options options) {
			try {
				return JsonImport.plan(playbook, name, bytes, options, Clock.systemUTC());
			} catch (ImportException e) {
				throw new CliException(e.getMessage());
			}
		}

		private static byte[] read(Path path) {
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
