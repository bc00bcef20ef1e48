package parley.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;

import parley.core.edit.EditingSession;
import parley.core.interchange.ImportConflictException;
import parley.core.interchange.ImportException;
import parley.core.interchange.JsonImport;
import parley.core.interchange.PlaybookCsv;
import parley.core.interchange.PlaybookJson;
import parley.core.interchange.PlaybookMarkdown;
import parley.core.store.AtomicFiles;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Playbook;
import parley.publish.OutputGuard;
import parley.publish.OutputRefusedException;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;

/**
 * File > Import and File > Export as JSON, CSV or Markdown (docs/INTERCHANGE.md) in the workbench: the same
 * checks and the same plan as {@code parley import}/{@code parley export}, with the questions asked through
 * {@link Prompts}. Files are read and written in background {@link Job}s; the model is read (planning, the
 * preview, the export's text) and changed (the import's one command on the {@link EditingSession}) on the UI
 * thread only.
 */
public final class Interchange {

	/** The formats, as the command parameter names them. */
	public enum Format {
		JSON("JSON", false, "playbook.json"), CSV("CSV", true, "playbook-csv"),
		MARKDOWN("Markdown", true, "playbook-markdown");

		private final String label;
		private final boolean folder;
		private final String suggested;

		Format(String label, boolean folder, String suggested) {
			this.label = label;
			this.folder = folder;
			this.suggested = suggested;
		}

		public String label() {
			return label;
		}

		/** Whether the format is a folder of files (CSV sheets, Markdown files) rather than one file. */
		public boolean folder() {
			return folder;
		}

		/** The file or folder name the chooser starts with. */
		public String suggested() {
			return suggested;
		}

		/** The format named {@code json}, {@code csv} or {@code markdown}; JSON when null or unknown. */
		public static Format parse(String name) {
			if (name != null) {
				for (Format f : values()) {
					if (f.name().equalsIgnoreCase(name.strip())) {
						return f;
					}
				}
			}
			return JSON;
		}
	}

	/** The longest preview a question shows; the rest is counted. */
	private static final int PREVIEW_LINES = 40;

	private static final AtomicInteger PENDING = new AtomicInteger();

	private Interchange() {
	}

	/**
	 * Whether every import and export started so far has finished, its follow-up on the UI thread included.
	 * Tests wait for this instead of pausing.
	 */
	public static boolean isIdle() {
		return PENDING.get() == 0;
	}

	/** A refusal in words for the user: what is wrong and what to do. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	// ------------------------------------------------------------------------------------------ import

	/**
	 * Imports {@code path}: reads it in a background job, then on the UI thread plans the import (refusing it,
	 * with every problem as {@code file:line:column}, when the file cannot be imported as it is), shows what it
	 * would change, asks about conflicts and about deleting what the file does not hold, and runs the plan as
	 * one command on {@code editing} (Edit > Undo takes it back; File > Save writes it).
	 *
	 * @return the job reading the input
	 */
	public static Job importFrom(Format format, Path path, EditingSession editing, Prompts prompts, Display display) {
		String title = "Import " + format.label();
		Path input = path.toAbsolutePath().normalize();
		String name = format.folder() ? input + "/" : input.toString();
		PENDING.incrementAndGet();
		Job job = new Job("Reading " + name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Reading " + name, IProgressMonitor.UNKNOWN);
				Runnable followUp;
				try {
					Map<String, byte[]> files = read(format, input);
					followUp = () -> confirmAndApply(format, name, files, editing, prompts, title);
				} catch (Refused | RuntimeException e) {
					followUp = () -> prompts.error(title, "Nothing was imported: " + e.getMessage());
				} finally {
					monitor.done();
				}
				finish(display, followUp);
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** The files of an import, by the names the format's reader expects. Off the UI thread: no model here. */
	static Map<String, byte[]> read(Format format, Path input) throws Refused {
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (format == Format.JSON) {
			if (Files.isDirectory(input)) {
				throw new Refused(input + " is a folder; choose the JSON file an export wrote");
			}
			files.put(input.getFileName().toString(), readFile(input));
			return files;
		}
		if (!Files.isDirectory(input)) {
			throw new Refused("no folder " + input + "; choose the folder the " + format.label()
					+ " export wrote");
		}
		if (format == Format.CSV) {
			for (String sheet : PlaybookCsv.fileNames()) {
				Path p = input.resolve(sheet);
				if (Files.exists(p)) {
					files.put(sheet, readFile(p));
				}
			}
			if (files.isEmpty()) {
				throw new Refused(input + " holds none of the sheets an export writes (" + String.join(", ",
						PlaybookCsv.fileNames()) + "); choose the folder the CSV export wrote");
			}
			return files;
		}
		Map<String, byte[]> sorted = new TreeMap<>();
		if (Files.isRegularFile(input.resolve("playbook.md"))) {
			sorted.put("playbook.md", readFile(input.resolve("playbook.md")));
		}
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			Path sub = input.resolve(kind.folder());
			if (!Files.isDirectory(sub)) {
				continue;
			}
			try (Stream<Path> list = Files.list(sub)) {
				for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
						.toList()) {
					sorted.put(kind.folder() + "/" + p.getFileName(), readFile(p));
				}
			} catch (IOException e) {
				throw new Refused("could not read " + sub + ": " + e.getMessage());
			}
		}
		if (sorted.isEmpty()) {
			throw new Refused(input + " holds no Markdown files of an export (playbook.md, techniques/*.md, …);"
					+ " choose the folder the Markdown export wrote");
		}
		return sorted;
	}

	private static byte[] readFile(Path path) throws Refused {
		try {
			if (Files.size(path) > JsonImport.MAX_BYTES) {
				throw new Refused(path + " is larger than an import reads (" + JsonImport.MAX_BYTES / (1024 * 1024)
						+ " MB); split it");
			}
			return Files.readAllBytes(path);
		} catch (NoSuchFileException e) {
			throw new Refused("no file " + path + "; choose a file an export wrote");
		} catch (IOException e) {
			throw new Refused("could not read " + path + ": " + e.getMessage());
		}
	}

	/** Checks the input against {@code playbook}: the plan, or every problem. */
	static JsonImport.Plan plan(Format format, Playbook playbook, String name, Map<String, byte[]> files,
			JsonImport.Options options) throws ImportException {
		return switch (format) {
		case JSON -> JsonImport.plan(playbook, name, files.values().iterator().next(), options, Clock.systemUTC());
		case CSV -> PlaybookCsv.plan(playbook, name, files, options, Clock.systemUTC());
		case MARKDOWN -> PlaybookMarkdown.plan(playbook, name, files, options, Clock.systemUTC());
		};
	}

	/** What the import would change: run on a copy of the playbook and compared, as the dry run does. */
	static List<EntityChange> preview(Format format, Playbook live, String name, Map<String, byte[]> files,
			JsonImport.Options options) throws ImportException {
		Playbook copy = EcoreUtil.copy(live);
		plan(format, copy, name, files, options).command().execute();
		return SemanticDiff.compare(live, copy);
	}

	/** On the UI thread: the preview, the questions, and the one command. */
	static void confirmAndApply(Format format, String name, Map<String, byte[]> files, EditingSession editing,
			Prompts prompts, String title) {
		Playbook live = editing.playbook().playbook();
		boolean theirs = false;
		List<EntityChange> changes;
		try {
			changes = preview(format, live, name, files, new JsonImport.Options(false, false));
		} catch (ImportConflictException conflicts) {
			int answer = prompts.choose(title + ": conflicts", conflicts.getMessage() + "\n\nThese entries were"
					+ " changed in the playbook since the export and in the file. Take the file's version of them,"
					+ " or cancel and nothing changes.", "Take the file's version", "Cancel");
			if (answer != 0) {
				return;
			}
			theirs = true;
			try {
				changes = preview(format, live, name, files, new JsonImport.Options(false, true));
			} catch (ImportException e) {
				prompts.error(title, e.getMessage());
				return;
			}
		} catch (ImportException e) {
			prompts.error(title, e.getMessage());
			return;
		}
		List<EntityChange> removals = List.of();
		String deleteRefused = null;
		try {
			removals = preview(format, live, name, files, new JsonImport.Options(true, theirs)).stream()
					.filter(c -> c.kind() == EntityChange.Kind.REMOVED).toList();
		} catch (ImportException e) {
			deleteRefused = e.getMessage();
		}
		if (changes.isEmpty() && removals.isEmpty()) {
			prompts.inform(title, "Nothing to import: " + name + " holds what the playbook holds.");
			return;
		}
		StringBuilder message = new StringBuilder();
		message.append(changes.isEmpty() ? "Importing " + name + " changes nothing in the playbook."
				: "Importing " + name + " changes the playbook as follows (" + counts(changes) + "):\n\n"
						+ shorten(SemanticDiff.describe(changes)));
		if (!removals.isEmpty()) {
			message.append("\n\n\u201CImport and delete missing\u201D also deletes the ").append(removals.size())
					.append(removals.size() == 1 ? " entry" : " entries").append(" the file does not hold:\n\n")
					.append(shorten(SemanticDiff.describe(removals)));
		} else if (deleteRefused != null) {
			message.append("\n\nDeleting what the file does not hold is not possible: ").append(deleteRefused);
		}
		message.append("\n\nThe import is one step: Edit > Undo takes it back, and File > Save writes it.");
		List<String> buttons = new ArrayList<>();
		if (!changes.isEmpty()) {
			buttons.add("Import");
		}
		if (!removals.isEmpty()) {
			buttons.add("Import and delete missing");
		}
		buttons.add("Cancel");
		int answer = prompts.choose(title, message.toString(), buttons.toArray(String[]::new));
		if (answer < 0 || answer >= buttons.size() - 1) {
			return;
		}
		boolean deleteMissing = buttons.get(answer).startsWith("Import and delete");
		try {
			JsonImport.Plan plan = plan(format, live, name, files, new JsonImport.Options(deleteMissing, theirs));
			if (!editing.executeCommand(plan.command())) {
				prompts.error(title, "Nothing was imported: the import could not run on the playbook as it is now.");
			}
		} catch (ImportException e) {
			prompts.error(title, e.getMessage());
		}
	}

	private static String counts(List<EntityChange> changes) {
		long added = changes.stream().filter(c -> c.kind() == EntityChange.Kind.ADDED).count();
		long changed = changes.stream().filter(c -> c.kind() == EntityChange.Kind.CHANGED).count();
		long removed = changes.stream().filter(c -> c.kind() == EntityChange.Kind.REMOVED).count();
		return added + " added, " + changed + " changed, " + removed + " removed";
	}

	private static String shorten(String text) {
		List<String> lines = text.strip().lines().toList();
		if (lines.size() <= PREVIEW_LINES) {
			return String.join("\n", lines);
		}
		return String.join("\n", lines.subList(0, PREVIEW_LINES)) + "\n… and " + (lines.size() - PREVIEW_LINES)
				+ " more lines ('parley import … --dry-run' lists them all)";
	}

	// ------------------------------------------------------------------------------------------ export

	/** What an export writes: files (absolute path to text) and the files of an earlier export it removes. */
	record Output(Map<Path, String> files, List<Path> stale, String summary) {
	}

	/**
	 * Exports the playbook to {@code path}: checks the output as the command line does (never inside the
	 * playbook folder or a {@code .git} folder, never over a folder; asks before replacing an earlier export),
	 * makes the text on the UI thread, then writes it in a background job with progress and says where it wrote.
	 *
	 * @return the writing job, or null when nothing is written
	 */
	public static Job exportTo(Format format, Path path, Playbook playbook, Path playbookFolder, Prompts prompts,
			Display display) {
		String title = "Export " + format.label();
		Output output;
		try {
			output = prepare(format, path.toAbsolutePath().normalize(), playbook, playbookFolder, prompts, title);
		} catch (Refused e) {
			prompts.error(title, "Nothing was exported: " + e.getMessage());
			return null;
		}
		if (output == null) {
			return null;
		}
		PENDING.incrementAndGet();
		Job job = new Job("Exporting the playbook as " + format.label()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Exporting the playbook as " + format.label(), output.files().size() + 1);
				Runnable followUp;
				try {
					long bytes = write(output, monitor);
					followUp = () -> prompts.inform(title, "Wrote " + output.summary() + " (" + bytes / 1024
							+ " KB).");
				} catch (IOException | RuntimeException e) {
					followUp = () -> prompts.error(title, "The export failed: " + e.getMessage()
							+ "; check the folder's free space and permissions, or choose another place.");
				} finally {
					monitor.done();
				}
				finish(display, followUp);
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		return job;
	}

	/** The output checks and the text to write (reads the model: UI thread); null when the user declined. */
	static Output prepare(Format format, Path out, Playbook playbook, Path playbookFolder, Prompts prompts,
			String title) throws Refused {
		if (format == Format.JSON) {
			Path target = guard(playbookFolder, out);
			Path parent = target.getParent();
			if (parent == null || !Files.isDirectory(parent)) {
				throw new Refused("the folder " + parent + " does not exist; create it or choose another place");
			}
			if (Files.isDirectory(target)) {
				throw new Refused(target + " is a folder; give a file name such as " + target.resolve("playbook.json"));
			}
			if (Files.exists(target) && !replace(prompts, title, target + " exists. Replace it?")) {
				return null;
			}
			Map<Path, String> files = new LinkedHashMap<>();
			files.put(target, PlaybookJson.write(playbook));
			return new Output(files, List.of(), entities(playbook) + " into " + target);
		}
		Path dir = out;
		guard(playbookFolder, dir.resolve(format == Format.CSV ? PlaybookCsv.fileNames().get(0) : "playbook.md"));
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new Refused(dir + " is a file; choose a folder for the " + format.label() + " files");
		}
		if (!Files.exists(dir) && (dir.getParent() == null || !Files.isDirectory(dir.getParent()))) {
			throw new Refused("the folder " + dir.getParent() + " does not exist; create it or choose another place");
		}
		Map<String, String> written = format == Format.CSV ? PlaybookCsv.write(playbook, false)
				: PlaybookMarkdown.write(playbook);
		Map<Path, String> files = new LinkedHashMap<>();
		written.forEach((relative, text) -> files.put(dir.resolve(relative), text));
		List<Path> stale = new ArrayList<>();
		if (format == Format.MARKDOWN) {
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				Path folder = dir.resolve(kind.folder());
				if (Files.isDirectory(folder)) {
					try (Stream<Path> list = Files.list(folder)) {
						list.filter(p -> p.getFileName().toString().endsWith(".md"))
								.filter(p -> !written.containsKey(kind.folder() + "/" + p.getFileName()))
								.forEach(stale::add);
					} catch (IOException e) {
						throw new Refused("could not read " + folder + ": " + e.getMessage());
					}
				}
			}
		}
		boolean earlier = !stale.isEmpty() || files.keySet().stream().anyMatch(Files::exists);
		if (earlier && !replace(prompts, title, dir + " holds an earlier export. Replace it?"
				+ (stale.isEmpty() ? "" : " (" + stale.size() + " files of entries no longer in the playbook are"
						+ " removed.)"))) {
			return null;
		}
		return new Output(files, stale, files.size() + " " + format.label() + " files with " + entities(playbook)
				+ " into " + dir);
	}

	private static boolean replace(Prompts prompts, String title, String question) {
		return prompts.choose(title, question, "Replace", "Cancel") == 0;
	}

	/** Where an export may not write: inside a playbook folder ({@link OutputGuard}) or a {@code .git} folder. */
	static Path guard(Path playbookFolder, Path out) throws Refused {
		Path target;
		try {
			target = OutputGuard.check(playbookFolder, out);
		} catch (OutputRefusedException e) {
			throw new Refused(e.target() + " is inside the playbook folder " + e.playbookFolder()
					+ ", whose own files it could overwrite; choose a place outside it");
		}
		for (Path p = target; p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals(".git")) {
				throw new Refused(target + " is inside a git folder (" + p + "), which git manages; choose a"
						+ " place outside it");
			}
		}
		return target;
	}

	private static String entities(Playbook playbook) {
		int n = 0;
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			n += ((List<?>) playbook.eGet(kind.containment())).size();
		}
		return n + " entities";
	}

	/** Writes each file beside its place and renames it there, so it appears only complete. Off the UI thread. */
	static long write(Output output, IProgressMonitor monitor) throws IOException {
		long bytes = 0;
		for (Map.Entry<Path, String> file : output.files().entrySet()) {
			Path target = file.getKey();
			monitor.subTask(target.getFileName().toString());
			Files.createDirectories(target.getParent());
			Path temp = target.resolveSibling("." + target.getFileName() + ".parley-tmp");
			byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
			try {
				Files.write(temp, content);
				AtomicFiles.replace(temp, target);
			} finally {
				Files.deleteIfExists(temp);
			}
			bytes += content.length;
			monitor.worked(1);
		}
		for (Path old : output.stale()) {
			Files.deleteIfExists(old);
		}
		monitor.worked(1);
		return bytes;
	}

	/** Runs a job's follow-up on the UI thread; the job counts as done once it has run. */
	private static void finish(Display display, Runnable followUp) {
		if (display.isDisposed()) {
			PENDING.decrementAndGet();
			return;
		}
		display.asyncExec(() -> {
			try {
				followUp.run();
			} finally {
				PENDING.decrementAndGet();
			}
		});
	}
}
