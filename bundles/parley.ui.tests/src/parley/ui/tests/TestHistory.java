package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import parley.vcs.Author;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.ui.Prompts;
import parley.ui.VersionControl;
import parley.ui.handlers.ConflictsHandler;
import parley.ui.handlers.ReleaseHandler;
import parley.ui.handlers.RestoreEntryHandler;
import parley.ui.handlers.RestorePlaybookHandler;
import parley.ui.handlers.SaveVersionHandler;
import parley.ui.handlers.SyncHandler;
import parley.ui.parts.ConflictsDialog;
import parley.ui.parts.HistoryPart;
import parley.vcs.Conflict;
import parley.vcs.EntityChange;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;

/**
 * The History part and the version handlers on real widgets and real git repositories (a bare repository in
 * the temporary folder is the shared remote). Questions are answered by {@link Scripted} prompts.
 */
class TestHistory extends ShellFixture {

	static final Author ANA = new Author("Ana Author", "ana@example.org");

	/** Answers questions from a script and records what the user was told. */
	static final class Scripted implements Prompts {
		final Deque<String[]> answers = new ArrayDeque<>();
		final Deque<Integer> choices = new ArrayDeque<>();
		final List<String> told = new ArrayList<>();
		final List<String> errors = new ArrayList<>();
		final List<String> questions = new ArrayList<>();
		final List<Window> opened = new ArrayList<>();

		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			return answers.poll();
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			questions.add(title + ": " + message + " " + String.join("|", buttons));
			Integer choice = choices.poll();
			return choice == null ? -1 : choice;
		}

		@Override
		public void inform(String title, String message) {
			told.add(title + ": " + message);
		}

		@Override
		public void error(String title, String message) {
			errors.add(title + ": " + message);
		}

		@Override
		public int open(Window window) {
			window.setBlockOnOpen(false);
			opened.add(window);
			return window.open();
		}
	}

	VersionControl versions;
	Scripted prompts;

	@BeforeEach
	void setUpVersions() {
		versions = new VersionControl();
		context.set(VersionControl.class, versions);
		prompts = new Scripted();
		context.set(Prompts.class, prompts);
		context.set(IServiceConstants.ACTIVE_SHELL, shell);
	}

	/**
	 * Waits until the versioning jobs have finished and their follow-ups on the UI thread have run (what those
	 * schedule included), and the events they queued are handled.
	 */
	void settle() {
		do {
			spin(() -> versions.isIdle() && Job.getJobManager().find(VersionControl.FAMILY).length == 0);
		} while (drainEvents() || !versions.isIdle());
	}

	Version commit(String message) throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			return repo.commit(message, ANA);
		}
	}

	List<Version> history() throws Exception {
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			return repo.history();
		}
	}

	HistoryPart historyPart() {
		HistoryPart part = ContextInjectionFactory.make(HistoryPart.class, context);
		shell.open();
		settle();
		return part;
	}

	Technique technique() {
		return playbook().getTechniques().get(0);
	}

	static Technique onDisk(Path folder, String id) throws Exception {
		return new XmiPlaybookStore().open(folder).playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
	}

	private static List<String> row(TableItem item, int columns) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}

	private Object run(Object handler) {
		return ContextInjectionFactory.invoke(handler, Execute.class, context);
	}

	private boolean can(Object handler) {
		return (Boolean) ContextInjectionFactory.invoke(handler, CanExecute.class, context);
	}

	static String git(Path dir, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(Arrays.asList(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), out);
		return out.strip();
	}

	Path bareRemote() throws Exception {
		Path bare = tmp.resolve("shared.git");
		git(tmp, "init", "-q", "--bare", "-b", "main", bare.toString());
		return bare;
	}

	@Test
	void theHistoryShowsASavedVersionWithItsMessageAndAuthor() throws Exception {
		commit("Starter content");
		HistoryPart part = historyPart();
		assertEquals(1, part.versions().size());
		TableItem item = part.table().getTable().getItem(0);
		List<String> texts = row(item, 4);
		assertEquals("Ana Author", texts.get(1));
		assertEquals("Starter content", texts.get(3));
		assertEquals("1 version", part.summaryText());
	}

	@Test
	void selectingAVersionShowsWhatChangedSinceEntryByEntryAndFieldByField() throws Exception {
		Technique technique = technique();
		String old = technique.getSummary();
		commit("Starter content");
		editing.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "A new summary.");
		editing.save();
		HistoryPart part = historyPart();
		part.select(part.versions().get(0));
		settle();
		EntityChange change = part.changes().stream().filter(c -> c.id().equals(technique.getId())).findFirst().orElseThrow();
		assertEquals(EntityChange.Kind.CHANGED, change.kind());
		TreeItem entry = Arrays.stream(part.diffViewer().getTree().getItems())
				.filter(i -> i.getText(0).contains(technique.getTitle())).findFirst().orElseThrow();
		assertEquals(technique.getTitle() + " (changed technique)", entry.getText(0));
		TreeItem summary = Arrays.stream(entry.getItems()).filter(i -> i.getText(0).equals("summary")).findFirst().orElseThrow();
		assertEquals(old, summary.getText(1), "the value in that version");
		assertEquals("A new summary.", summary.getText(2), "the value now");
		assertTrue(part.diffSummaryText().startsWith("1 entry changed since"), part.diffSummaryText());

		EntityChange.FieldChange summaryChange = change.fields().stream().filter(f -> f.field().equals("summary"))
				.findFirst().orElseThrow();
		part.selectChange(summaryChange);
		assertTrue(part.detailText().endsWith("Now: A new summary."), part.detailText());
		assertTrue(part.detailText().contains("In that version: " + old), part.detailText());
		part.diffViewer().getTree().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		spin(() -> !opener.calls.isEmpty());
		assertEquals("Technique '" + technique.getTitle() + "'/summary", opener.calls.get(0), "opened at the field");
	}

	@Test
	void saveVersionSavesThePlaybookAndMakesAGitCommitThatTheHistoryShows() throws Exception {
		HistoryPart part = historyPart();
		assertEquals(0, part.versions().size());
		editing.set(technique(), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Saved with the version.");
		assertTrue(can(new SaveVersionHandler()));
		prompts.answers.add(new String[] { "First version" });
		assertNotNull(run(new SaveVersionHandler()));
		settle();
		assertFalse(editing.isDirty(), "the playbook was saved first");
		List<Version> history = history();
		assertEquals(1, history.size());
		assertEquals("First version", history.get(0).message());
		assertEquals("Saved with the version.", onDisk(folder, technique().getId()).getSummary());
		assertEquals(List.of("First version"), part.versions().stream().map(Version::message).toList(),
				"the part lists the new version");

		prompts.answers.add(new String[] { "Nothing changed" });
		run(new SaveVersionHandler());
		settle();
		assertEquals(1, history().size());
		assertTrue(prompts.told.get(0).startsWith("Nothing to save"), prompts.told.toString());
	}

	@Test
	void restoreSaysWhatItReplacesKeepsUnversionedWorkAndCanBeUndone() throws Exception {
		// Issue 11, defect 1: "Restore entry" dropped saved, unversioned work without asking and could not be undone.
		Technique technique = technique();
		String old = technique.getSummary();
		String id = technique.getId();
		commit("Starter content");
		editing.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Changed later.");
		editing.save();
		commit("Changed a summary");
		HistoryPart part = historyPart();
		assertFalse(can(new RestoreEntryHandler()), "no version selected");
		part.select(part.versions().get(1));
		settle();
		EntityChange change = part.changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
		part.selectChange(change);
		assertTrue(can(new RestoreEntryHandler()));
		assertEquals(id, versions.entryId());

		editing.set(technique(), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Saved, in no version yet.");
		editing.save();
		prompts.choices.add(0); // Save a Version First
		assertNotNull(run(new RestoreEntryHandler()));
		settle();
		String question = prompts.questions.get(0);
		assertTrue(question.contains("replaces") && question.contains("summary") && question.contains("in no version yet")
				&& question.contains("Save a Version First|Restore|Cancel"), question);
		assertEquals(old, technique().getSummary(), "restored in the model");
		assertTrue(editing.isDirty(), "as an edit that is saved with the playbook");
		assertEquals("Saved, in no version yet.", onDisk(folder, id).getSummary(), "nothing is written until Save");
		assertTrue(history().get(0).message().startsWith("Before restoring"), "the unversioned work went into a version");
		editing.undo();
		assertEquals("Saved, in no version yet.", technique().getSummary(), "Undo brings back what the restore replaced");
		editing.redo();
		editing.save();
		assertEquals(old, onDisk(folder, id).getSummary());

		// The whole playbook: Cancel changes nothing; Restore is one edit that Undo takes back.
		commit("Restored the summary");
		settle();
		part.select(part.versions().stream().filter(v -> v.message().equals("Changed a summary")).findFirst().orElseThrow());
		settle();
		prompts.choices.add(1); // Cancel
		assertNotNull(run(new RestorePlaybookHandler()));
		settle();
		assertEquals(old, technique().getSummary());
		assertTrue(prompts.questions.get(1).contains("Restore|Cancel"), prompts.questions.get(1));
		prompts.choices.add(0); // Restore
		run(new RestorePlaybookHandler());
		settle();
		assertEquals("Changed later.", technique().getSummary());
		editing.undo();
		assertEquals(old, technique().getSummary());
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
	}

	@Test
	void aReleaseNamesTheLatestVersionShowsItsNotesAndTheAuthorComesFromThePreferences() throws Exception {
		var preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(VersionControl.PREFERENCES);
		preferences.put(VersionControl.AUTHOR_NAME, "Pat Preferences");
		preferences.put(VersionControl.AUTHOR_EMAIL, "pat@example.org");
		try {
			HistoryPart part = historyPart();
			editing.set(technique(), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Released summary.");
			prompts.answers.add(new String[] { "Ready for the teams" });
			run(new SaveVersionHandler());
			settle();
			Version version = history().get(0);
			if (System.getenv("PARLEY_AUTHOR") == null) {
				assertEquals("Pat Preferences", version.author());
				assertEquals("pat@example.org", version.email());
			}
			prompts.answers.add(new String[] { "v1", "First release for the teams" });
			prompts.choices.add(0); // the starter holds drafts and entries in review: "Release anyway"
			run(new ReleaseHandler());
			settle();
			assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
			assertEquals(1, prompts.questions.size(), "the release gate asks once");
			assertTrue(prompts.questions.get(0).startsWith("Unapproved entries: The latest version holds"),
					prompts.questions.toString());
			assertTrue(prompts.questions.get(0).contains("(in review)"), prompts.questions.toString());
			assertTrue(prompts.told.get(0).contains("Released with "), "the notes name what was unapproved");
			assertTrue(prompts.told.get(0).startsWith("Release v1: First release for the teams"), prompts.told.toString());
			assertTrue(prompts.told.get(0).contains("First release."), prompts.told.toString());
			assertEquals(List.of("v1"), history().get(0).releases());
			assertEquals("v1", part.table().getTable().getItem(0).getText(2), "the release column");
		} finally {
			preferences.remove(VersionControl.AUTHOR_NAME);
			preferences.remove(VersionControl.AUTHOR_EMAIL);
		}
	}

	@Test
	void theReleaseConfirmationListsEntriesThatRepeatTheirSourcesWithoutHoldingTheReleaseBack() throws Exception {
		Technique technique = technique();
		parley.model.playbook.Source source = technique.getSources().get(0);
		String copied = "Listen to the whole complaint before you answer and never interrupt a customer who explains.";
		editing.set(source, PlaybookPackage.Literals.SOURCE__IMPORTED_TEXT, "An article.\n" + copied + "\n");
		editing.set(technique, PlaybookPackage.Literals.TECHNIQUE__RATIONALE, copied);
		prompts.answers.add(new String[] { "Copied a passage" });
		run(new SaveVersionHandler());
		settle();
		prompts.answers.add(new String[] { "v1", "First release" });
		prompts.choices.add(0); // "Release anyway"
		run(new ReleaseHandler());
		settle();
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
		assertEquals(1, prompts.questions.size(), "one confirmation: " + prompts.questions);
		String question = prompts.questions.get(0);
		assertTrue(question.contains("1 entry repeats its sources' wording (rewrite it in your own words):"), question);
		assertTrue(question.contains("Technique '" + technique.getTitle() + "' [rationale]: repeats 15 words of '"
				+ source.getTitle() + "'"), question);
		assertEquals(List.of("v1"), history().get(0).releases(), "released all the same");
	}

	@Test
	void syncSavesAVersionAndPushesToABareRemote() throws Exception {
		Path bare = bareRemote();
		prompts.answers.add(new String[] { bare.toString() }); // the remote
		prompts.answers.add(new String[] { "Starter content" }); // the version sync asks for first
		assertNotNull(run(new SyncHandler()));
		settle();
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
		assertEquals(List.of("Sync: Sent your versions to origin."), prompts.told);
		List<Version> history = history();
		assertEquals(1, history.size());
		assertEquals(history.get(0).id(), git(bare, "rev-parse", "main"), "the remote has the version");
	}

	@Test
	void aConflictIsShownFieldByFieldAndTakingTheirsSettlesIt() throws Exception {
		Path bare = bareRemote();
		String id = technique().getId();
		commit("Starter content");
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			repo.sync(repo.remoteFor(bare.toString(), "origin"), ANA);
		}
		Path other = tmp.resolve("other");
		try (PlaybookRepository theirs = PlaybookRepository.cloneFrom(bare.toString(), other)) {
			OpenPlaybook open = new XmiPlaybookStore().open(other);
			open.playbook().getTechniques().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow()
					.setSummary("Their summary.");
			open.save();
			theirs.commit("Their edit", new Author("Ben", "ben@example.org"));
			theirs.sync("origin", new Author("Ben", "ben@example.org"));
		}
		editing.set(technique(), PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "My summary.");
		prompts.choices.add(0); // save the unsaved change
		prompts.answers.add(new String[] { "origin" });
		prompts.answers.add(new String[] { "My edit" });
		run(new SyncHandler());
		settle();
		assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
		assertEquals(1, prompts.opened.size(), "the conflicts dialog opened");
		ConflictsDialog dialog = (ConflictsDialog) prompts.opened.get(0);
		List<Conflict> conflicts = dialog.conflicts();
		assertEquals(1, conflicts.size());
		Conflict conflict = conflicts.get(0);
		assertEquals(List.of(id, "summary", "My summary.", "Their summary."),
				List.of(conflict.id(), conflict.field(), conflict.mine(), conflict.theirs()));
		dialog.select(conflict);
		assertTrue(dialog.detailText().contains("Mine: My summary.\nTheirs: Their summary."), dialog.detailText());
		dialog.resolve(PlaybookRepository.Choice.THEIRS);
		assertTrue(dialog.conflicts().isEmpty(), dialog.statusText());
		assertEquals("Their summary.", onDisk(folder, id).getSummary());
		dialog.finish();
		settle();
		assertEquals("finished", dialog.outcome());
		assertEquals("Their summary.", onDisk(folder, id).getSummary());
		try (PlaybookRepository repo = PlaybookRepository.open(folder)) {
			assertTrue(repo.conflicts().isEmpty());
			assertFalse(repo.hasUnversionedChanges());
			assertEquals(repo.history().get(0).id(), git(bare, "rev-parse", "main"), "the merge was sent");
		}
		assertEquals("Their summary.", session.current().playbook().getTechniques().stream()
				.filter(t -> t.getId().equals(id)).findFirst().orElseThrow().getSummary(), "the playbook was read again");

		// the dialog can be opened again from the menu: nothing is left
		ConflictsDialog again = (ConflictsDialog) run(new ConflictsHandler());
		assertTrue(again.conflicts().isEmpty());
		again.close();
	}
}
