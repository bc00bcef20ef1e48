package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.PlaybookLocations;
import parley.core.store.NotAPlaybookException;
import parley.core.store.PlaybookStore;
import parley.testsupport.Playbooks;

class TestPlaybookLocations {

	@TempDir
	Path tmp;

	@Test
	void userFolderFollowsParleyHomeThenXdgThenHome() {
		assertEquals(Path.of("/p"), new PlaybookLocations(Map.of("PARLEY_HOME", "/p", "XDG_DATA_HOME", "/x"), tmp).dataHome());
		assertEquals(Path.of("/x/parley"), new PlaybookLocations(Map.of("XDG_DATA_HOME", "/x"), tmp).dataHome());
		assertEquals(tmp.resolve(".local/share/parley"), new PlaybookLocations(Map.of(), tmp).dataHome());
	}

	@Test
	void defaultPlaybookIsAStarterCopyMadeOnFirstUse() throws Exception {
		PlaybookLocations locations = new PlaybookLocations(Map.of("PARLEY_HOME", tmp.resolve("home").toString()), tmp);
		Path folder = locations.resolve(null, tmp);
		assertEquals(tmp.resolve("home/playbook"), folder);
		assertTrue(PlaybookStore.isPlaybook(folder));
	}

	@Test
	void explicitFolderWinsAndMustBeAPlaybook() throws Exception {
		PlaybookLocations locations = new PlaybookLocations(Map.of("PARLEY_HOME", tmp.resolve("home").toString()), tmp);
		assertThrows(NotAPlaybookException.class, () -> locations.resolve(tmp.resolve("nothing-here"), tmp));
		Path pb = tmp.resolve("mine");
		Playbooks.starter(pb);
		assertEquals(pb, locations.resolve(pb, tmp));
	}

	@Test
	void workingDirectoryInsideAPlaybookSelectsIt() throws Exception {
		Path pb = tmp.resolve("team/playbook");
		Playbooks.starter(pb);
		Path inside = Files.createDirectories(pb.resolve("techniques"));
		PlaybookLocations locations = new PlaybookLocations(Map.of("PARLEY_HOME", tmp.resolve("home").toString()), tmp);
		assertEquals(pb, locations.resolve(null, inside));
	}

	@Test
	void aPlaybookFolderWithoutItsPlaybookFileIsReportedNotPassedOver() throws Exception {
		Path pb = tmp.resolve("team/playbook");
		Playbooks.starter(pb);
		Files.delete(pb.resolve("playbook.xmi"));
		PlaybookLocations locations = new PlaybookLocations(Map.of("PARLEY_HOME", tmp.resolve("home").toString()), tmp);
		NotAPlaybookException e = assertThrows(NotAPlaybookException.class, () -> locations.resolve(null, pb.resolve("techniques")));
		assertTrue(e.getMessage().contains("is missing"), e.getMessage());
		assertTrue(!Files.exists(tmp.resolve("home/playbook")), "the default playbook is not used instead");
	}
}
