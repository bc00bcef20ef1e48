package parley.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.sample.SyntheticPlaybook;
import parley.core.service.PlaybookQueries;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Status;
import parley.publish.Publishers;
import parley.publish.WhatChanged;
import parley.publish.workflow.ExportWorkflow;
import parley.testsupport.Playbooks;
import parley.ui.Preferences;

/** The export dialog writes a PDF with the chosen layout and filters, and can be cancelled; preferences stick. */
class TestExportAndPreferences {

	@TempDir
	Path tmp;

	Display display;
	Shell shell;
	Playbook playbook;

	@BeforeEach
	void setUp() throws Exception {
		display = Display.getDefault();
		shell = new Shell(display);
		playbook = Playbooks.starter(tmp.resolve("pb")).playbook();
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	private void spinUntil(BooleanSupplier done, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		assertTrue(done.getAsBoolean(), "timed out");
	}

	private ExportDialog dialog(Playbook book, List<ExportDialog.Since> versions, List<String> asked) {
		ExportWorkflow workflow = new ExportWorkflow(Publishers.pdf(), (folder, revision) -> {
			asked.add(revision);
			return new WhatChanged(revision, List.of());
		});
		ExportDialog dialog = new ExportDialog(shell, book, tmp.resolve("pb"), workflow, "v9", versions);
		dialog.setBlockOnOpen(false);
		dialog.launchViewer(false);
		dialog.open();
		return dialog;
	}

	@Test
	void exportsApprovedPocketCardsWithWhatChangedAndCloses() throws Exception {
		List<String> asked = new ArrayList<>();
		ExportDialog dialog = dialog(playbook, List.of(new ExportDialog.Since("v1.0 — first", "v1.0")), asked);
		Path out = tmp.resolve("cards.pdf");
		dialog.cards.setSelection(true);
		dialog.manual.setSelection(false);
		dialog.statuses.get(Status.APPROVED).setSelection(true);
		dialog.since.select(1);
		dialog.file.setText(out.toString());
		dialog.pressExport();
		assertNotNull(dialog.running(), "the export runs as a job");
		spinUntil(() -> dialog.getShell() == null, 60_000);
		long approved = playbook.getScenarios().stream().filter(s -> s.getStatus() == Status.APPROVED).count();
		assertEquals(approved, dialog.result().pages());
		assertTrue(Files.readString(out, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertEquals(List.of("v1.0"), asked);
		assertEquals("cards", Preferences.get(Preferences.EXPORT_LAYOUT, null), "the layout is remembered");
		assertEquals(tmp.toString(), Preferences.get(Preferences.EXPORT_FOLDER, null), "the folder is remembered");
	}

	/** Issue 16: the dialog offers cards four to an A4 page, for cards only. */
	@Test
	void exportsCardsFourToAnA4Page() throws Exception {
		ExportDialog dialog = dialog(playbook, List.of(), new ArrayList<>());
		dialog.manual.setSelection(true);
		dialog.cards.setSelection(false);
		dialog.cards.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertFalse(dialog.fourUp.isEnabled(), "four to a page is for cards");
		dialog.cards.setSelection(true);
		dialog.manual.setSelection(false);
		dialog.cards.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(dialog.fourUp.isEnabled());
		dialog.fourUp.setSelection(true);
		dialog.includeUnapproved.setSelection(true);
		Path out = tmp.resolve("sheet.pdf");
		dialog.file.setText(out.toString());
		dialog.pressExport();
		spinUntil(() -> dialog.getShell() == null, 60_000);
		long scenarios = playbook.getScenarios().stream().filter(s -> s.getStatus() != Status.RETIRED).count();
		assertEquals((scenarios + 3) / 4, dialog.result().pages());
	}

	/** Issue 17: the dialog offers role-play kits, cut apart for three people or not. */
	@Test
	void exportsRoleplayKitsCutApart() throws Exception {
		ExportDialog dialog = dialog(playbook, List.of(), new ArrayList<>());
		assertFalse(dialog.cutApart.isEnabled(), "cutting apart is for role-play kits");
		dialog.manual.setSelection(false);
		dialog.cards.setSelection(false);
		dialog.roleplay.setSelection(true);
		dialog.roleplay.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(dialog.cutApart.isEnabled());
		assertFalse(dialog.fourUp.isEnabled());
		assertTrue(dialog.file.getText().endsWith("-roleplay.pdf"), dialog.file.getText());
		dialog.cutApart.setSelection(true);
		Path out = tmp.resolve("kits.pdf");
		dialog.file.setText(out.toString());
		dialog.pressExport();
		spinUntil(() -> dialog.getShell() == null, 60_000);
		long approved = playbook.getScenarios().stream()
				.filter(s -> parley.core.curation.CurationState.of(s).isApproved()).count();
		assertEquals(approved, dialog.result().entries(), "a kit per approved scenario");
		assertTrue(Files.readString(out, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertEquals("roleplay", Preferences.get(Preferences.EXPORT_LAYOUT, null), "the layout is remembered");
		PreferencesDialog preferences = new PreferencesDialog(shell, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		assertTrue(preferences.roleplay.getSelection(), "Preferences shows the remembered role-play kits");
		preferences.pressOk();
		assertEquals("roleplay", Preferences.get(Preferences.EXPORT_LAYOUT, null), "and OK keeps them");
		Preferences.put(Preferences.EXPORT_LAYOUT, null); // the other tests' dialogs open on the manual
	}

	@Test
	void cancellingAnExportKeepsTheDialogAndWritesNothing() {
		Playbook big = SyntheticPlaybook.generate(3000, 7);
		ExportDialog dialog = dialog(big, List.of(), new ArrayList<>());
		assertFalse(dialog.since.isEnabled(), "no versions: no what-changed choice");
		Path out = tmp.resolve("big.pdf");
		dialog.file.setText(out.toString());
		dialog.pressExport();
		assertFalse(dialog.file.isEnabled(), "inputs are locked while exporting");
		dialog.pressCancel();
		spinUntil(() -> dialog.running() == null, 60_000);
		assertNotNull(dialog.getShell(), "the dialog stays open");
		assertTrue(dialog.getErrorMessage().contains("cancelled"), dialog.getErrorMessage());
		assertTrue(dialog.file.isEnabled());
		assertFalse(Files.exists(out));
		assertNull(dialog.result());
		dialog.close();
	}

	@Test
	void aMissingFolderIsReportedBeforeExporting() {
		ExportDialog dialog = dialog(playbook, List.of(), new ArrayList<>());
		dialog.file.setText(tmp.resolve("nowhere/manual.pdf").toString());
		assertTrue(dialog.getErrorMessage().contains("does not exist"), dialog.getErrorMessage());
		dialog.close();
	}

	@Test
	void anOutputInsideThePlaybookFolderIsRefusedAndNotExported() throws Exception {
		Path pb = tmp.resolve("pb");
		byte[] root = Files.readAllBytes(pb.resolve("playbook.xmi"));
		Path link = Files.createSymbolicLink(tmp.resolve("link"), pb);
		ExportDialog dialog = dialog(playbook, List.of(), new ArrayList<>());
		for (Path inside : List.of(pb.resolve("playbook.xmi"), pb.resolve("manual.pdf"), pb.resolve("techniques/0.xmi"),
				tmp.resolve("other/../pb/playbook.xmi"), link.resolve("manual.pdf"))) {
			dialog.file.setText(inside.toString());
			String error = dialog.getErrorMessage();
			assertNotNull(error, inside.toString());
			assertTrue(error.startsWith("Refused to export to ") && error.contains("Choose a file outside the playbook folder"),
					error);
			assertFalse(dialog.exportButton().isEnabled(), "Export is disabled for " + inside);
			dialog.pressExport();
			assertNull(dialog.running(), "no export starts for " + inside);
			assertEquals(error, dialog.getErrorMessage());
		}
		assertTrue(dialog.file.isEnabled());
		dialog.file.setText(tmp.resolve("manual.pdf").toString());
		assertNull(dialog.getErrorMessage());
		assertTrue(dialog.exportButton().isEnabled());
		dialog.close();
		assertArrayEquals(root, Files.readAllBytes(pb.resolve("playbook.xmi")));
		assertFalse(Files.exists(pb.resolve("manual.pdf")));
		assertEquals(102, new PlaybookQueries(new XmiPlaybookStore().open(pb).playbook()).entries().size(),
				"the playbook still loads, whole");
	}

	@Test
	void preferencesStoreAuthorThemeAndExportDefaults() {
		PreferencesDialog dialog = new PreferencesDialog(shell, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.name.setText("Ana Trainer");
		dialog.email.setText("ana@example.org");
		dialog.theme.select(1);
		dialog.approvedOnly.setSelection(true);
		dialog.pressOk();
		assertEquals("Ana Trainer", Preferences.get(Preferences.AUTHOR_NAME, null));
		assertEquals("ana@example.org", Preferences.get(Preferences.AUTHOR_EMAIL, null));
		assertEquals(Preferences.DARK_THEME, Preferences.get(Preferences.THEME, null));
		// the export dialog starts from these defaults
		ExportDialog export = dialog(playbook, List.of(), new ArrayList<>());
		assertTrue(export.statuses.get(Status.APPROVED).getSelection());
		assertFalse(export.statuses.get(Status.DRAFT).getSelection());
		export.close();
		Preferences.putBoolean(Preferences.EXPORT_APPROVED_ONLY, false);
	}

	/** Issue 18: with no name set, Preferences shows who versions are saved as now instead of an empty name. */
	@Test
	void preferencesShowTheAuthorVersionsAreSavedAsWhenNoneIsSet() {
		String before = Preferences.get(Preferences.AUTHOR_NAME, "");
		Preferences.put(Preferences.AUTHOR_NAME, "");
		try {
			PreferencesDialog dialog = new PreferencesDialog(shell, null, "Git Person <git@example.org>");
			dialog.setBlockOnOpen(false);
			dialog.open();
			assertEquals("", dialog.name.getText(), "nothing is set here");
			assertEquals("Git Person", dialog.name.getMessage());
			assertEquals("git@example.org", dialog.email.getMessage());
			assertTrue(dialog.currentNote.getText().startsWith("Versions are saved as Git Person <git@example.org>"),
					dialog.currentNote.getText());
			dialog.close();
			Preferences.put(Preferences.AUTHOR_NAME, "Ana Trainer");
			PreferencesDialog set = new PreferencesDialog(shell, null, "Ana Trainer <ana@example.org>");
			set.setBlockOnOpen(false);
			set.open();
			assertNull(set.currentNote, "a name set here needs no note");
			set.close();
		} finally {
			Preferences.put(Preferences.AUTHOR_NAME, before);
		}
	}

	static long count(List<Scenario> scenarios, Status status) {
		return scenarios.stream().filter(s -> s.getStatus() == status).count();
	}

	/** Issue 18: every field of the export and preferences dialogs has an accessible name (its label's). */
	@Test
	void theDialogsNameEveryField() {
		ExportDialog export = dialog(playbook, List.of(), new ArrayList<>());
		assertEquals(List.of(), parley.ui.Accessibility.unnamed(export.getShell()).stream().map(String::valueOf).toList());
		export.close();
		PreferencesDialog preferences = new PreferencesDialog(shell, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		assertEquals(List.of(),
				parley.ui.Accessibility.unnamed(preferences.getShell()).stream().map(String::valueOf).toList());
		preferences.close();
	}
}
