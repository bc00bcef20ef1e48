package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.EntryType;
import parley.core.store.OpenPlaybook;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Status;
import parley.model.playbook.Technique;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.OutputRefusedException;
import parley.publish.PublishException;
import parley.publish.Publisher;
import parley.publish.Publishers;
import parley.publish.Selection;
import parley.publish.WhatChanged;
import parley.publish.workflow.ExportRequest;
import parley.publish.workflow.ExportResult;
import parley.publish.workflow.ExportWorkflow;
import parley.publish.workflow.GitVersions;
import parley.publish.workflow.NoVersionsException;
import parley.publish.workflow.VersionChoice;
import parley.publish.workflow.VersionSource;
import parley.testsupport.Playbooks;
import parley.vcs.PlaybookRepository;

/**
 * The export workflow that {@code parley export pdf} and File > Export PDF share (issue 12): the output path is
 * checked before any work, "what changed" comes from the semantic diff of two real versions, the selection
 * reaches the PDF, and its failures are typed for the front ends to word.
 */
class TestExportWorkflow {

	@TempDir
	Path tmp;
	Path pb;
	OpenPlaybook open;

	/** A publisher and a version source that fail the test if the workflow reaches them. */
	static final Publisher NO_PUBLISHING = (playbook, options, out, monitor) -> {
		throw new AssertionError("published although the output was refused");
	};
	static final VersionSource NO_VERSIONS = new VersionSource() {
		@Override
		public WhatChanged changesSince(Path folder, String since) {
			throw new AssertionError("compared versions although the output was refused");
		}

		@Override
		public String currentName(Path folder) {
			throw new AssertionError("read versions although the output was refused");
		}
	};

	@BeforeEach
	void starter() throws Exception {
		pb = tmp.resolve("pb");
		open = Playbooks.starter(pb);
	}

	private ExportRequest request(Path out) {
		return ExportRequest.of(open.playbook(), open.folder(), out);
	}

	@Test
	void anOutputInsideThePlaybookFolderOrOverAPlaybookFileIsRefusedBeforeAnyWork() throws Exception {
		Map<String, byte[]> before = TestOutputGuard.snapshot(pb);
		ExportWorkflow workflow = new ExportWorkflow(NO_PUBLISHING, NO_VERSIONS);
		Path other = tmp.resolve("other");
		Playbooks.starterCopy(other);
		for (Path out : List.of(pb.resolve("manual.pdf"), pb.resolve("playbook.xmi"), pb.resolve("techniques/0.xmi"),
				tmp.resolve("elsewhere/../pb/manual.pdf"), other.resolve("playbook.xmi"), tmp.resolve("playbook.xmi"))) {
			OutputRefusedException e = assertThrows(OutputRefusedException.class,
					() -> workflow.run(request(out).withSince("v1.0"), new NullProgressMonitor()), out.toString());
			assertTrue(e.getMessage().startsWith("Refused to export to "), e.getMessage());
			assertFalse(e.getMessage().contains("--"), "no command-line option in the message: " + e.getMessage());
			assertEquals(e.getMessage(), assertThrows(OutputRefusedException.class,
					() -> ExportWorkflow.checkOutput(open.folder(), out)).getMessage(), "one check for both front ends");
		}
		TestOutputGuard.assertSameFiles(before, TestOutputGuard.snapshot(pb));

		PublishException missing = assertThrows(PublishException.class,
				() -> workflow.run(request(tmp.resolve("nowhere/manual.pdf")), new NullProgressMonitor()));
		assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
		PublishException folder = assertThrows(PublishException.class,
				() -> ExportWorkflow.checkOutput(open.folder(), tmp));
		assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
		assertEquals(tmp.resolve("manual.pdf"), ExportWorkflow.checkOutput(open.folder(), tmp.resolve("x/../manual.pdf")));
	}

	@Test
	void whatChangedComesFromTheSemanticDiffOfTwoVersions() throws Exception {
		Technique doomed = PlaybookFactory.eINSTANCE.createTechnique();
		doomed.setTitle("A technique that will go");
		open.playbook().getTechniques().add(doomed);
		open.save();
		GitVersions git = new GitVersions();
		NoVersionsException none = assertThrows(NoVersionsException.class, () -> git.changesSince(pb, "v1.0"));
		assertEquals(pb, none.folder());
		assertFalse(Files.exists(pb.resolve(".git")), "asking for versions creates no repository");
		assertEquals("unversioned draft", git.currentName(pb));
		assertEquals(List.of(), git.versions(pb, 50));

		String first;
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			first = repo.commit("Starter content", repo.defaultAuthor()).id();
			repo.release("v1.0", "First edition", repo.defaultAuthor(), true, LocalDate.now());
		}
		Technique changed = open.playbook().getTechniques().get(0);
		String oldSummary = changed.getSummary();
		changed.setSummary("A sharper summary for the new edition.");
		Technique added = PlaybookFactory.eINSTANCE.createTechnique();
		added.setTitle("A technique that is new");
		open.playbook().getTechniques().add(added);
		String doomedId = doomed.getId();
		open.playbook().getTechniques().remove(doomed);
		open.save();
		String second;
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			second = repo.commit("Second edition", repo.defaultAuthor()).id();
		}

		WhatChanged changes = git.changesSince(pb, "v1.0");
		assertEquals("v1.0", changes.since());
		assertEquals(Set.of(new WhatChanged.Change(WhatChanged.Kind.CHANGED, changed.getId(), "technique",
				changed.getTitle(), List.of("summary")),
				new WhatChanged.Change(WhatChanged.Kind.ADDED, added.getId(), "technique", added.getTitle(), List.of()),
				new WhatChanged.Change(WhatChanged.Kind.REMOVED, doomedId, "technique", "A technique that will go",
						List.of())),
				Set.copyOf(changes.changes().stream().map(c -> new WhatChanged.Change(c.kind(), c.id(), c.type(),
						c.title(), c.fields())).toList()));
		WhatChanged.Field summary = changes.changes().stream().filter(c -> c.id().equals(changed.getId())).findFirst()
				.orElseThrow().detail("summary");
		assertEquals(oldSummary, summary.before(), "the old wording, for 'what changed'");
		assertEquals("A sharper summary for the new edition.", summary.after());
		assertEquals(first.substring(0, 8), git.changesSince(pb, first).since(), "a full id is shown short");
		assertEquals(changes.changes(), git.changesSince(pb, first).changes());
		assertTrue(git.changesSince(pb, second).changes().isEmpty());
		assertThrows(PublishException.class, () -> git.changesSince(pb, "v9"));

		List<VersionChoice> versions = git.versions(pb, 50);
		assertEquals(List.of(second, "v1.0"), versions.stream().map(VersionChoice::revision).toList());
		assertEquals(List.of("Second edition", "Starter content"), versions.stream().map(VersionChoice::summary).toList());
		assertEquals("v1.0", versions.get(1).name());
		assertEquals(1, git.versions(pb, 1).size());
		assertEquals("version " + second.substring(0, 8) + ", after v1.0", git.currentName(pb));

		Path out = tmp.resolve("changes.pdf");
		ExportResult result = new ExportWorkflow().run(
				request(out).withSince("v1.0").withSelection(Selection.ALL.withUnapproved(true)), new NullProgressMonitor());
		assertEquals(changes, result.whatChanged());
		assertEquals("version " + second.substring(0, 8) + ", after v1.0", result.versionName());
		try (Pdf pdf = new Pdf(out)) {
			String text = pdf.all();
			assertTrue(text.contains("What changed since v1.0"), text.substring(0, 300));
			assertTrue(text.contains("Changed (1)") && text.contains("Added (1)") && text.contains("Removed (1)"), text);
			assertTrue(text.contains("Technique: " + changed.getTitle() + " (p."), text);
			assertTrue(text.contains("Version " + second.substring(0, 8) + ", after v1.0"), "not \"Version: version\": " + text);
		}
	}

	/**
	 * Issue 13: a phrase retired since the version is a "retired" change, printed under "Stop saying" with what to
	 * say instead, and nowhere else; an export for teams holds approved entries only unless asked for more.
	 */
	@Test
	void wordingRetiredSinceAVersionIsListedUnderStopSaying() throws Exception {
		open.playbook().getPhrases().forEach(p -> p.setStatus(Status.APPROVED));
		Phrase avoid = open.playbook().getPhrases().stream()
				.filter(p -> p.getKind() == PhraseKind.AVOID && !p.getReplacements().isEmpty()).findFirst().orElseThrow();
		avoid.setText("Calm down, there is no need to shout.");
		open.save();
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Starter content", repo.defaultAuthor());
			repo.release("v1.0", "First edition", repo.defaultAuthor(), true, LocalDate.now());
		}
		avoid.setStatus(Status.RETIRED);
		Phrase instead = avoid.getReplacements().get(0);
		avoid.setReplacedBy(instead);
		open.save();
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			repo.commit("Retire a phrase", repo.defaultAuthor());
		}

		WhatChanged changes = new GitVersions().changesSince(pb, "v1.0");
		assertEquals(List.of(WhatChanged.Kind.RETIRED), changes.changes().stream().map(WhatChanged.Change::kind).toList());
		assertEquals(avoid.getId(), changes.changes().get(0).id());

		Path out = tmp.resolve("stop-saying.pdf");
		new ExportWorkflow().run(request(out).withSince("v1.0"), new NullProgressMonitor());
		try (Pdf pdf = new Pdf(out)) {
			String text = pdf.all();
			assertTrue(text.contains("Stop saying \u201CCalm down, there is no need to shout.\u201D \u2014 say instead \u201C"
					+ instead.getText() + "\u201D (p. "), text);
			assertEquals(text.indexOf("Calm down, there is no need to shout."),
					text.lastIndexOf("Calm down, there is no need to shout."), "the retired wording is printed once");
			assertFalse(text.contains("DRAFT"), "approved entries only by default: " + text.substring(0, 400));
		}
	}

	@Test
	void theSelectionLayoutTitleAndVersionReachThePdf() throws Exception {
		long approved = open.playbook().getScenarios().stream().filter(s -> s.getStatus() == Status.APPROVED).count();
		Path cards = tmp.resolve("cards.pdf");
		Selection approvedOnly = new Selection(Set.of(), Set.of(), EnumSet.of(Status.APPROVED), Set.of(), Set.of(),
				List.of());
		ExportResult result = new ExportWorkflow().run(request(cards).withLayout(Layout.CARDS)
				.withSelection(approvedOnly).withVersionName("v2.0", true), new NullProgressMonitor());
		assertEquals(Layout.CARDS, result.layout());
		assertEquals(approved, result.publish().pages());
		assertEquals("v2.0 with unsaved changes", result.versionName());
		assertNull(result.whatChanged());
		assertEquals(cards, result.publish().file());

		Path manual = tmp.resolve("techniques.pdf");
		Selection techniques = new Selection(EnumSet.of(EntryType.TECHNIQUE), Set.of(), Set.of(), Set.of(), Set.of(),
				List.of(), true);
		result = new ExportWorkflow().run(request(manual).withSelection(techniques).withTitle("Techniques only"),
				new NullProgressMonitor());
		assertEquals(open.playbook().getTechniques().size(), result.publish().entries());
		assertEquals("unversioned draft", result.versionName());
		try (Pdf pdf = new Pdf(manual)) {
			String text = pdf.all();
			assertTrue(text.contains("Techniques only"), text.substring(0, 300));
			open.playbook().getScenarios().forEach(s -> assertFalse(text.contains(s.getTitle() + " ."), s.getTitle()));
		}

		EmptySelectionException noCards = assertThrows(EmptySelectionException.class, () -> new ExportWorkflow().run(
				request(tmp.resolve("none.pdf")).withLayout(Layout.CARDS).withSelection(techniques), new NullProgressMonitor()));
		assertEquals(Layout.CARDS, noCards.layout());
		assertFalse(noCards.getMessage().contains("--"), noCards.getMessage());
		assertFalse(Files.exists(tmp.resolve("none.pdf")));
	}

	@Test
	void roleplayKitsCutApartReachThePublisher() throws Exception {
		java.util.concurrent.atomic.AtomicReference<parley.publish.PublishOptions> seen = new java.util.concurrent.atomic.AtomicReference<>();
		Publisher capture = (playbook, options, out, monitor) -> {
			seen.set(options);
			return new parley.publish.PublishResult(out, 1, 1, 1, 1, 0, List.of());
		};
		VersionSource named = new VersionSource() {
			@Override
			public WhatChanged changesSince(Path folder, String since) {
				throw new AssertionError("no what-changed asked for");
			}

			@Override
			public String currentName(Path folder) {
				return "v3.0";
			}
		};
		ExportResult result = new ExportWorkflow(capture, named).run(request(tmp.resolve("kits.pdf"))
				.withLayout(Layout.ROLEPLAY).withCutApart(true), new NullProgressMonitor());
		assertEquals(Layout.ROLEPLAY, result.layout());
		assertEquals(Layout.ROLEPLAY, seen.get().layout());
		assertTrue(seen.get().cutApart());
		assertEquals("v3.0", seen.get().version());
		new ExportWorkflow(capture, named).run(request(tmp.resolve("booklet.pdf")).withLayout(Layout.ROLEPLAY),
				new NullProgressMonitor());
		assertFalse(seen.get().cutApart(), "a booklet unless asked");
	}

	@Test
	void versionNamesSayWhenTheEditorHasUnsavedChanges() {
		assertEquals("unversioned draft", ExportWorkflow.versionName(null, false));
		assertEquals("unversioned draft with unsaved changes", ExportWorkflow.versionName(null, true));
		assertEquals("v1.0", ExportWorkflow.versionName("v1.0", false));
		assertEquals("v1.0 with unsaved changes", ExportWorkflow.versionName("v1.0 with unsaved changes", true));
		assertEquals("v1.0 with unsaved changes", ExportWorkflow.versionName("v1.0", true));
	}

	@Test
	void thePublisherComesFromTheApi() {
		assertEquals("parley.publish.pdf", Publishers.pdf().getClass().getPackageName());
	}
}
