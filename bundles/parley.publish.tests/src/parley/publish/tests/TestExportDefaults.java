package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.publish.Layout;
import parley.publish.workflow.ExportDefaults;

/** Where an export goes when the user names no file: the documents folder, never the working directory. */
class TestExportDefaults {

	@TempDir
	Path home;

	@Test
	void theXdgDocumentsFolderComesFirst() {
		assertEquals(Path.of("/data/docs/Parley"),
				ExportDefaults.folder(Map.of("XDG_DOCUMENTS_DIR", "/data/docs"), home));
	}

	@Test
	void userDirsNameTheDocumentsFolderRelativeToHome() throws Exception {
		Files.createDirectories(home.resolve(".config"));
		Files.writeString(home.resolve(".config/user-dirs.dirs"),
				"# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
		assertEquals(home.resolve("Dokumente/Parley"), ExportDefaults.folder(Map.of(), home));
	}

	@Test
	void withoutXdgDocumentsWhenItExistsElseHome() throws Exception {
		assertEquals(home.resolve("Parley"), ExportDefaults.folder(Map.of(), home));
		Files.createDirectories(home.resolve("Documents"));
		assertEquals(home.resolve("Documents/Parley"), ExportDefaults.folder(Map.of(), home));
	}

	@Test
	void fileNamesFollowThePlaybookAndLayout() {
		assertEquals("de-escalation-starter-playbook.pdf",
				ExportDefaults.fileName("De-escalation Starter Playbook", Layout.MANUAL));
		assertEquals("team-playbook-2026-cards.pdf", ExportDefaults.fileName("Team playbook (2026)", Layout.CARDS));
		assertEquals("team-playbook-2026-roleplay.pdf", ExportDefaults.fileName("Team playbook (2026)", Layout.ROLEPLAY));
		assertEquals("playbook-changes.pdf", ExportDefaults.fileName("  ", Layout.CHANGES));
	}
}
