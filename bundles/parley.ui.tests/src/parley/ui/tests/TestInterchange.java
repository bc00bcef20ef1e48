package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.interchange.PlaybookCsv;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.Technique;
import parley.ui.Interchange;
import parley.ui.Prompts;
import parley.ui.handlers.ExportDataHandler;
import parley.ui.handlers.ImportHandler;
import parley.ui.handlers.UndoHandler;
import parley.vcs.EntityChange;
import parley.vcs.SemanticDiff;

/**
 * File > Import and File > Export as JSON, CSV or Markdown (issue 14): the export writes the file in a job, the
 * import shows what it would change, asks, and runs as one undoable command; a file with problems changes
 * nothing. The file chooser and the questions are answered by {@link Scripted}.
 */
class TestInterchange extends ShellFixture {

	/** Scripted answers: the paths chosen, then the buttons pressed; everything asked is recorded. */
	static final class Scripted implements Prompts {
		final Deque<String> paths = new ArrayDeque<>();
		final Deque<Integer> choices = new ArrayDeque<>();
		final List<String> asked = new ArrayList<>();
		final List<String> informed = new ArrayList<>();
		final List<String> errors = new ArrayList<>();

		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			asked.add(title + ": " + message);
			return null;
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			asked.add(title + ": " + message + " " + List.of(buttons));
			Integer choice = choices.poll();
			return choice == null ? -1 : choice;
		}

		@Override
		public void inform(String title, String message) {
			informed.add(title + ": " + message);
		}

		@Override
		public void error(String title, String message) {
			errors.add(title + ": " + message);
		}

		@Override
		public String choosePath(String title, boolean folder, boolean save, String suggested) {
			return paths.poll();
		}

		@Override
		public int open(Window window) {
			return Window.CANCEL;
		}
	}

	private final Scripted prompts = new Scripted();

	@BeforeEach
	void scriptAnswers() {
		context.set(Prompts.class, prompts);
	}

	private Job run(Object handler, String format) {
		context.set(ImportHandler.FORMAT, format);
		try {
			return (Job) ContextInjectionFactory.invoke(handler, Execute.class, context);
		} finally {
			context.remove(ImportHandler.FORMAT);
		}
	}

	/** Runs the handler and the event loop until its job and the job's follow-up on the UI thread are done. */
	private void runToEnd(Object handler, String format) throws InterruptedException {
		Job job = run(handler, format);
		if (job != null) {
			job.join();
		}
		spin(Interchange::isIdle);
		drainEvents();
	}

	private Path exportJson() throws Exception {
		Path out = tmp.resolve("out").resolve("playbook.json");
		Files.createDirectories(out.getParent());
		prompts.paths.add(out.toString());
		runToEnd(new ExportDataHandler(), "json");
		assertEquals(List.of(), prompts.errors);
		assertTrue(Files.isRegularFile(out), "the export wrote the file");
		return out;
	}

	/** A technique whose title needs no escaping in JSON, so the test can edit the file as text. */
	private Technique plainTechnique() {
		return playbook().getTechniques().stream()
				.filter(t -> t.getTitle() != null && t.getTitle().chars().noneMatch(c -> c == '"' || c == '\\'))
				.findFirst().orElseThrow();
	}

	/** The file with the title of the record with {@code id} replaced. */
	private static String retitle(String json, String id, String title) {
		int record = json.indexOf("\"id\": \"" + id + "\"");
		assertTrue(record >= 0, "the record is in the file");
		String key = "\"title\": \"";
		int start = json.indexOf(key, record) + key.length();
		int end = json.indexOf('"', start);
		return json.substring(0, start) + title + json.substring(end);
	}

	@Test
	void anImportOfOneChangedFieldMakesExactlyThatChangeAndIsUndoneInOneStep() throws Exception {
		Path out = exportJson();
		assertTrue(prompts.informed.stream().anyMatch(m -> m.contains("Wrote") && m.contains(out.toString())),
				"the export says where it wrote: " + prompts.informed);
		Technique technique = plainTechnique();
		String oldTitle = technique.getTitle();
		Files.writeString(out, retitle(Files.readString(out), technique.getId(), "Name the feeling first"));
		Playbook before = EcoreUtil.copy(playbook());
		String onDisk = Files.readString(folder.resolve("playbook.xmi"));

		prompts.paths.add(out.toString());
		prompts.choices.add(0); // Import
		runToEnd(new ImportHandler(), "json");

		assertEquals(List.of(), prompts.errors);
		assertEquals(1, prompts.asked.size(), "one question: " + prompts.asked);
		String question = prompts.asked.get(0);
		assertTrue(question.contains("Name the feeling first") && question.contains("0 added, 1 changed, 0 removed"),
				"the question shows the change: " + question);
		assertEquals("Name the feeling first", technique.getTitle());
		List<EntityChange> changes = SemanticDiff.compare(before, playbook());
		assertEquals(1, changes.size(), "exactly one entity changed: " + changes);
		assertEquals(technique.getId(), changes.get(0).id());
		assertEquals(EntityChange.Kind.CHANGED, changes.get(0).kind());
		assertTrue(changes.get(0).fields().stream().anyMatch(f -> f.field().equals("title")), changes.toString());
		assertTrue(editing.isDirty(), "unsaved like any edit");
		assertEquals(onDisk, Files.readString(folder.resolve("playbook.xmi")), "nothing saved before File > Save");
		assertTrue(new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.anyMatch(t -> oldTitle.equals(t.getTitle())), "the files still hold the old title");

		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, context);
		assertEquals(oldTitle, technique.getTitle());
		assertEquals(List.of(), SemanticDiff.compare(before, playbook()), "one undo takes the whole import back");
		assertFalse(editing.canUndo());
	}

	@Test
	void aFileWithProblemsChangesNothingAndListsThemWithTheirPlace() throws Exception {
		Path out = exportJson();
		Technique technique = plainTechnique();
		String json = retitle(Files.readString(out), technique.getId(), "Changed");
		int record = json.indexOf("\"id\": \"" + technique.getId() + "\"");
		json = json.substring(0, record) + "\"colour\": \"red\",\n      " + json.substring(record);
		Files.writeString(out, json, StandardCharsets.UTF_8);
		Playbook before = EcoreUtil.copy(playbook());

		prompts.paths.add(out.toString());
		prompts.choices.add(0);
		runToEnd(new ImportHandler(), "json");

		assertEquals(1, prompts.errors.size(), "the problems are reported: " + prompts.errors);
		String error = prompts.errors.get(0);
		assertTrue(error.contains("Nothing was imported") && error.contains(out + ":")
				&& error.contains("unknown field \"colour\""), error);
		assertTrue(error.matches("(?s).*" + java.util.regex.Pattern.quote(out.toString()) + ":\\d+:\\d+: .*"),
				"file:line:column: " + error);
		assertEquals(List.of(), prompts.asked, "nothing is asked: there is nothing to confirm");
		assertEquals(List.of(), SemanticDiff.compare(before, playbook()), "nothing changed");
		assertFalse(editing.canUndo());
		assertFalse(editing.isDirty());
	}

	@Test
	void anEntryChangedOnBothSidesIsAConflictThatCancellingLeavesAlone() throws Exception {
		Path out = exportJson();
		Technique technique = plainTechnique();
		Files.writeString(out, retitle(Files.readString(out), technique.getId(), "From the file"));
		editing.set(technique, parley.model.playbook.PlaybookPackage.Literals.ENTRY__TITLE, "From the workbench");
		Playbook before = EcoreUtil.copy(playbook());

		prompts.paths.add(out.toString());
		prompts.choices.add(1); // Cancel
		runToEnd(new ImportHandler(), "json");
		assertEquals(1, prompts.asked.size(), prompts.asked.toString());
		assertTrue(prompts.asked.get(0).contains("conflicts") && prompts.asked.get(0).contains(out + ":"),
				prompts.asked.get(0));
		assertEquals(List.of(), SemanticDiff.compare(before, playbook()), "cancelled: nothing changed");

		prompts.asked.clear();
		prompts.paths.add(out.toString());
		prompts.choices.add(0); // take the file's version
		prompts.choices.add(0); // Import
		runToEnd(new ImportHandler(), "json");
		assertEquals(2, prompts.asked.size(), prompts.asked.toString());
		assertEquals("From the file", technique.getTitle());
		ContextInjectionFactory.invoke(new UndoHandler(), Execute.class, context);
		assertEquals("From the workbench", technique.getTitle(), "undo takes back the import, not the edit before");
	}

	@Test
	void exportChecksItsOutputAndAsksBeforeReplacing() throws Exception {
		prompts.paths.add(folder.resolve("inside.json").toString());
		assertNull(run(new ExportDataHandler(), "json"));
		assertEquals(1, prompts.errors.size(), prompts.errors.toString());
		assertTrue(prompts.errors.get(0).contains("inside the playbook folder"), prompts.errors.get(0));
		assertFalse(Files.exists(folder.resolve("inside.json")));
		prompts.errors.clear();

		Path out = exportJson();
		Files.writeString(out, "keep me");
		prompts.paths.add(out.toString());
		prompts.choices.add(1); // Cancel
		assertNull(run(new ExportDataHandler(), "json"));
		assertTrue(prompts.asked.get(prompts.asked.size() - 1).contains("exists"), prompts.asked.toString());
		assertEquals("keep me", Files.readString(out), "not replaced without a yes");

		prompts.paths.add(out.toString());
		prompts.choices.add(0); // Replace
		runToEnd(new ExportDataHandler(), "json");
		assertTrue(Files.readString(out).contains("\"format\": \"parley-playbook\""));
	}

	@Test
	void csvAndMarkdownFoldersGoOutAndComeBackUnchanged() throws Exception {
		for (String format : List.of("csv", "markdown")) {
			Path dir = tmp.resolve(format);
			prompts.paths.add(dir.toString());
			runToEnd(new ExportDataHandler(), format);
			assertEquals(List.of(), prompts.errors, format);
			assertTrue(Files.isDirectory(dir), format);
			if (format.equals("csv")) {
				assertTrue(Files.isRegularFile(dir.resolve(PlaybookCsv.fileNames().get(0))));
			} else {
				assertTrue(Files.isRegularFile(dir.resolve("playbook.md")));
			}
			prompts.informed.clear();
			prompts.paths.add(dir.toString());
			runToEnd(new ImportHandler(), format);
			assertEquals(List.of(), prompts.errors, format);
			assertEquals(1, prompts.informed.size(), prompts.informed.toString());
			assertTrue(prompts.informed.get(0).contains("Nothing to import"), prompts.informed.get(0));
			assertFalse(editing.canUndo(), format);
		}
	}

	@Test
	void cancellingTheChooserDoesNothing() {
		assertNull(run(new ImportHandler(), "json"));
		assertNull(run(new ExportDataHandler(), "csv"));
		assertNotNull(playbook());
		assertEquals(List.of(), prompts.asked);
	}
}
