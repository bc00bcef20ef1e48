package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.service.NewPlaybook;
import parley.core.service.RecentPlaybooks;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/** New playbooks (starter or empty) and the list of recently opened ones. */
class TestRecentAndNewPlaybooks {

	@TempDir
	Path tmp;

	@Test
	void newPlaybooksComeFromTheStarterOrStartEmpty() throws Exception {
		XmiPlaybookStore store = new XmiPlaybookStore();
		OpenPlaybook starter = NewPlaybook.create(store, tmp.resolve("team"), false, "Night shift");
		assertEquals("Night shift", store.open(tmp.resolve("team")).playbook().getTitle());
		assertTrue(starter.playbook().getTechniques().size() > 20);
		OpenPlaybook empty = NewPlaybook.create(store, tmp.resolve("blank"), true, null);
		assertEquals("blank", empty.playbook().getTitle());
		assertEquals(0, store.open(tmp.resolve("blank")).playbook().getTechniques().size());
		assertTrue(Files.isRegularFile(tmp.resolve("blank/synonyms.txt")));
		StoreException again = assertThrows(StoreException.class, () -> NewPlaybook.create(store, tmp.resolve("team"), true, null));
		assertTrue(again.getMessage().contains("already holds a playbook"), again.getMessage());
	}

	@Test
	void aNewPlaybookIsNotMadeOverEntriesWhosePlaybookFileIsMissing() throws Exception {
		XmiPlaybookStore store = new XmiPlaybookStore();
		Path team = tmp.resolve("team");
		NewPlaybook.create(store, team, false, null);
		Files.delete(team.resolve("playbook.xmi"));
		Map<String, String> before = Fixtures.snapshot(team);
		for (boolean empty : new boolean[] { false, true }) {
			StoreException e = assertThrows(StoreException.class, () -> NewPlaybook.create(store, team, empty, null));
			assertTrue(e.getMessage().contains("playbook.xmi") && e.getMessage().contains("is missing"), e.getMessage());
			assertEquals(before, Fixtures.snapshot(team), "nothing was added, moved or overwritten");
			assertFalse(Files.exists(team.resolve("playbook.xmi")));
		}
	}

	@Test
	void recentListsOpenedPlaybooksNewestFirstAndForgetsGoneOnes() throws Exception {
		XmiPlaybookStore store = new XmiPlaybookStore();
		RecentPlaybooks recent = new RecentPlaybooks(tmp.resolve("home/recent.txt"));
		assertEquals(List.of(), recent.list());
		List<Path> folders = new ArrayList<>();
		for (int i = 0; i < RecentPlaybooks.MAX + 2; i++) {
			Path folder = tmp.resolve("pb" + i);
			NewPlaybook.create(store, folder, true, null);
			folders.add(folder);
			recent.add(folder);
		}
		recent.add(folders.get(5)); // opened again: moves to the front
		List<Path> listed = new RecentPlaybooks(tmp.resolve("home/recent.txt")).list();
		assertEquals(RecentPlaybooks.MAX, listed.size());
		assertEquals(folders.get(5), listed.get(0));
		assertEquals(folders.get(folders.size() - 1), listed.get(1));
		assertTrue(!listed.contains(folders.get(0)) && !listed.contains(folders.get(1)), "oldest are forgotten");
		// a folder that is no longer a playbook is not offered
		Files.delete(folders.get(5).resolve(PlaybookLayout.ROOT_FILE));
		assertEquals(folders.get(folders.size() - 1), new RecentPlaybooks(tmp.resolve("home/recent.txt")).list().get(0));
	}
}
