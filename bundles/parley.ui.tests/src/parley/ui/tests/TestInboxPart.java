package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.core.inbox.InboxStore;
import parley.testsupport.Articles;
import parley.importer.ArticleImport;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.Entry;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.search.SearchService;
import parley.ui.ArticleImports;
import parley.ui.Prompts;
import parley.ui.WorkbenchSearch;
import parley.ui.parts.InboxPart;

/**
 * File > Import > Article and the Inbox part (issue 14): an imported article's candidates are listed with their
 * source; Accept makes an undoable draft (undo lists the candidate again), Merge adds to an entry, Discard and
 * Bring back; decisions reach the inbox file; missing details are asked for, and a cancelled or failed import
 * changes nothing.
 */
class TestInboxPart extends ShellFixture {

	private static final String ARTICLE = Articles.NIGHT_SHIFT;
	private static final String GREET = Articles.GREET;
	private static final String NEXT = Articles.NEXT;

	/** Scripted answers; everything asked is recorded. */
	static final class Scripted implements Prompts {
		final Deque<String[]> answers = new ArrayDeque<>();
		final List<String> asked = new ArrayList<>();
		final List<String> informed = new ArrayList<>();
		final List<String> errors = new ArrayList<>();

		@Override
		public String[] ask(String title, String message, String[] labels, String[] initial) {
			asked.add(title + ": " + String.join("|", labels) + " = " + String.join("|", initial));
			return answers.poll();
		}

		@Override
		public int choose(String title, String message, String... buttons) {
			return -1;
		}

		@Override
		public void inform(String title, String message) {
			informed.add(message);
		}

		@Override
		public void error(String title, String message) {
			errors.add(message);
		}

		@Override
		public int open(Window window) {
			return Window.CANCEL;
		}
	}

	private final Scripted prompts = new Scripted();
	private WorkbenchSearch workbench;

	@BeforeEach
	void scriptAnswers() {
		context.set(Prompts.class, prompts);
		workbench = new WorkbenchSearch(context, context.get(UISynchronize.class));
		workbench.start(editing);
		spin(() -> context.get(SearchService.class) != null);
	}

	@AfterEach
	void stopSearch() throws InterruptedException {
		Job.getJobManager().join(WorkbenchSearch.FAMILY, null);
		workbench.stop();
	}

	private final List<ArticleImport.Result> results = new ArrayList<>();

	private void importFile(Path file) throws InterruptedException {
		Job job = ArticleImports.importArticle(file, editing, prompts, display, results::add);
		job.join();
		spin(ArticleImports::isIdle);
	}

	private Path article(String name, String text) throws Exception {
		Path file = tmp.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private InboxPart part() {
		InboxPart part = ContextInjectionFactory.make(InboxPart.class, context);
		shell.open();
		spin(part::isRead);
		return part;
	}

	private Candidate onDisk(String title) throws Exception {
		return InboxStore.load(folder).getCandidates().stream().filter(c -> c.getTitle().equals(title)).findFirst()
				.orElseThrow();
	}

	@Test
	void acceptMakesAnUndoableDraftAndTheCandidateComesBackOnUndo() throws Exception {
		importFile(article("night.md", ARTICLE));
		assertEquals(List.of(), prompts.asked, "the front matter gave title, author and date: nothing to ask");
		assertEquals(1, results.size());
		InboxPart inbox = part();
		assertTrue(inbox.shown().contains(GREET), inbox.shown().toString());
		assertEquals(List.of(GREET, "technique", "Calm Lines for Night Shifts", "pending"), inbox.row(GREET));
		assertTrue(inbox.summaryText().startsWith(results.get(0).candidates().size() + " waiting"), inbox.summaryText());

		inbox.select(GREET);
		assertTrue(inbox.detailText().contains("technique, pending · from Calm Lines for Night Shifts (night.md)"),
				inbox.detailText());
		assertTrue(inbox.detailText().contains("In the article: " + GREET), inbox.detailText());
		assertTrue(inbox.canAccept());
		int techniques = playbook().getTechniques().size();
		List<Entry> made = inbox.accept(null);
		assertEquals(1, made.size());
		Technique technique = (Technique) made.get(0);
		assertEquals(techniques + 1, playbook().getTechniques().size());
		assertEquals(Status.DRAFT, technique.getStatus());
		assertEquals("Calm Lines for Night Shifts", technique.getSources().get(0).getTitle());
		assertFalse(inbox.shown().contains(GREET), "an accepted candidate leaves the waiting list");
		assertEquals(CandidateDecision.ACCEPTED, onDisk(GREET).getDecision(), "the decision is in the inbox file");
		assertEquals(technique.getId(), onDisk(GREET).getEntryId());

		editing.undo();
		assertEquals(techniques, playbook().getTechniques().size());
		spin(() -> inbox.shown().contains(GREET));
		assertEquals("pending", inbox.row(GREET).get(3));
	}

	@Test
	void mergeAddsTheWordingToAnEntryAndDiscardCanBeBroughtBack() throws Exception {
		importFile(article("night.md", ARTICLE));
		InboxPart inbox = part();
		Technique target = playbook().getTechniques().get(0);
		int steps = target.getSteps().size();
		inbox.select(NEXT);
		inbox.mergeInto(target);
		assertEquals(steps + 1, target.getSteps().size());
		assertTrue(target.getSteps().contains(NEXT));
		assertFalse(inbox.shown().contains(NEXT));
		assertEquals(CandidateDecision.MERGED, onDisk(NEXT).getDecision());

		inbox.select(GREET);
		inbox.discard();
		assertFalse(inbox.shown().contains(GREET));
		assertEquals(CandidateDecision.DISCARDED, onDisk(GREET).getDecision());
		inbox.setShowAll(true);
		assertEquals("discarded", inbox.row(GREET).get(3));
		assertEquals("merged", inbox.row(NEXT).get(3));
		inbox.select(GREET);
		assertFalse(inbox.canAccept(), "a discarded candidate is brought back before it is accepted");
		assertTrue(inbox.canRestore());
		inbox.restore();
		assertEquals("pending", inbox.row(GREET).get(3));
		assertEquals(CandidateDecision.PENDING, onDisk(GREET).getDecision());
	}

	@Test
	void theChosenCandidateShowsTheEntriesLikeIt() throws Exception {
		importFile(article("night.md", ARTICLE));
		InboxPart inbox = part();
		inbox.select("That is not my department");
		assertTrue(inbox.detailText().contains("Say instead: \u201cLet me find the right person for this\u201d"),
				inbox.detailText());
		assertFalse(inbox.resemblingShown().isEmpty(), "the starter playbook has phrases like it");
	}

	@Test
	void missingDetailsAreAskedForAndACancelImportsNothing() throws Exception {
		Path notes = article("team-notes.txt", "Keep your voice low when the caller raises theirs; it slows the call down.\n");
		int sources = playbook().getSources().size();
		importFile(notes); // no answer: the dialog was cancelled
		assertEquals(1, prompts.asked.size(), prompts.asked.toString());
		assertTrue(prompts.asked.get(0).contains(String.join("|", ArticleImports.FIELDS)), prompts.asked.toString());
		assertEquals(sources, playbook().getSources().size());
		assertFalse(Files.exists(InboxStore.file(folder)), "nothing was filed");
		assertEquals(List.of("Nothing was imported."), prompts.informed);

		prompts.answers.add(new String[] { "Team Notes", "Lee Example", "", "2024-01-02", "" });
		importFile(notes);
		Source source = playbook().getSources().stream().filter(s -> s.getTitle().equals("Team Notes")).findFirst()
				.orElseThrow();
		assertEquals("Lee Example", source.getAuthor());
		assertEquals("2024-01-02", source.getPublished());
		assertEquals(1, results.size());
	}

	@Test
	void anUnreadableFileIsReportedAndAnUndoneImportWithdrawsItsCandidates() throws Exception {
		Path broken = tmp.resolve("broken.docx");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 0, 0 });
		int sources = playbook().getSources().size();
		importFile(broken);
		assertEquals(1, prompts.errors.size(), prompts.errors.toString());
		assertTrue(prompts.errors.get(0).startsWith("Nothing was imported") && prompts.errors.get(0).contains("broken.docx"),
				prompts.errors.get(0));
		assertEquals(sources, playbook().getSources().size());

		importFile(article("night.md", ARTICLE));
		InboxPart inbox = part();
		assertTrue(inbox.shown().contains(GREET));
		editing.undo(); // Edit > Undo Import night.md
		assertEquals(sources, playbook().getSources().size());
		spin(() -> !inbox.shown().contains(GREET));
		assertNotNull(onDisk(GREET), "kept in the file: Redo brings it back");
		editing.redo();
		spin(() -> inbox.shown().contains(GREET));
	}
}
