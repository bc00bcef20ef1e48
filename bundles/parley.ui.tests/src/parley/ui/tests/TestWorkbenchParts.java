package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.PlaybookSession;
import parley.core.service.StarterPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Technique;
import parley.ui.parts.DetailPart;
import parley.ui.parts.NavigatorPart;

/**
 * The navigator and detail parts on real SWT widgets (needs a display: Xvfb in CI), created through e4
 * injection as the workbench creates them, on a copy of the starter playbook.
 */
class TestWorkbenchParts extends ShellFixture {

	@Test
	void navigatorShowsTheStarterEntriesByType() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
		TreeItem[] folders = waitForItems(navigator);
		List<String> labels = Arrays.stream(folders).map(TreeItem::getText).toList();
		assertTrue(labels.get(0).startsWith("Scenarios ("), labels.toString());
		assertTrue(labels.get(1).startsWith("Techniques ("), labels.toString());
		assertTrue(labels.get(2).startsWith("Phrases ("), labels.toString());
		assertTrue(labels.get(3).startsWith("Sources ("), labels.toString());
		assertTrue(labels.get(4).startsWith("Tags ("), labels.toString());
		assertTrue(folders[0].getItemCount() >= 8, "scenarios shown: " + folders[0].getItemCount());
		assertTrue(folders[1].getItemCount() >= 15, "techniques shown: " + folders[1].getItemCount());
		List<String> techniques = Arrays.stream(folders[1].getItems()).map(TreeItem::getText).toList();
		assertTrue(techniques.contains("Active listening"), techniques.toString());
		assertEquals(techniques.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), techniques, "sorted by title");
	}

	@Test
	void selectingAnEntryShowsItInTheDetailPart() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		DetailPart detail = ContextInjectionFactory.make(DetailPart.class, context);
		shell.open();
		waitForItems(navigator);
		assertTrue(detail.shownText().contains("Select an entry in the playbook navigator."));
		Technique listening = playbook().getTechniques().stream()
				.filter(t -> t.getTitle().equals("Active listening")).findFirst().orElseThrow();
		navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(listening), true);
		spin(() -> detail.shownText().startsWith("Active listening"));
		String shown = detail.shownText();
		assertTrue(shown.contains("technique · approved"), shown);
		assertTrue(shown.contains("rationale"), shown);
		assertTrue(shown.contains(listening.getRationale()), shown);
		assertTrue(shown.contains("sources"), shown);
		// it follows edits, and forgets an entry that is deleted
		editing.set(listening, parley.model.playbook.PlaybookPackage.Literals.TECHNIQUE__RATIONALE, "A new reason.");
		assertTrue(detail.shownText().contains("A new reason."), detail.shownText());
		// a title cleared in the editor (an edit the Problems part reports) is shown as untitled, not an error
		editing.set(listening, parley.model.playbook.PlaybookPackage.Literals.ENTRY__TITLE, null);
		assertTrue(detail.shownText().startsWith("(untitled)"), detail.shownText());
		editing.undo();
		assertTrue(detail.shownText().startsWith("Active listening"), detail.shownText());
		editing.delete(java.util.List.of(listening));
		assertTrue(detail.shownText().contains("Select an entry in the playbook navigator."), detail.shownText());
	}

	@Test
	void navigatorNamesThePlaybookAndExplainsAFolderThatCannotBeOpened() throws Exception {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
		waitForItems(navigator);
		assertTrue(navigator.statusText().startsWith("De-escalation Starter Playbook"), navigator.statusText());

		Path notAPlaybook = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
		org.junit.jupiter.api.Assertions.assertThrows(parley.core.store.StoreException.class, () -> session.open(notAPlaybook));
		spin(() -> navigator.statusText().startsWith("The playbook could not be opened"));
		assertTrue(navigator.statusText().contains("has no playbook.xmi")
				&& navigator.statusText().contains("File > New Playbook"), navigator.statusText());
		assertFalse(navigator.statusText().contains("parley "), "the workbench names a command-line command: "
				+ navigator.statusText());
	}

	private TreeItem[] waitForItems(NavigatorPart navigator) {
		spin(() -> navigator.viewer().getTree().getItemCount() > 0);
		TreeItem[] items = navigator.viewer().getTree().getItems();
		assertNotNull(items);
		return items;
	}

}
