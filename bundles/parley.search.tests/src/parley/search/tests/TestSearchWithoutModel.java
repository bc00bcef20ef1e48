package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.search.Hit;
import parley.search.SearchRequest;
import parley.search.SearchService;
import parley.search.SearchServices;
import parley.testsupport.Folders;

/**
 * A service opened on a folder ({@link SearchServices#open(Path, Supplier, java.util.function.Consumer)})
 * answers from an up-to-date index without loading the playbook, and loads it when the index needs it: files
 * changed since the index was committed, an interrupted save, a damaged or missing index.
 */
class TestSearchWithoutModel {

	@TempDir
	Path tmp;

	private final AtomicInteger loads = new AtomicInteger();
	private final List<String> notices = new ArrayList<>();

	private SearchService open(Path pb) throws Exception {
		return SearchServices.open(pb, () -> {
			loads.incrementAndGet();
			try {
				return new XmiPlaybookStore().open(pb);
			} catch (StoreException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}, notices::add);
	}

	private static List<String> titles(SearchService search, String query) throws Exception {
		return search.search(SearchRequest.of(query).withLimit(10)).hits().stream().map(Hit::title).toList();
	}

	@Test
	void anUpToDateIndexAnswersWithoutLoadingThePlaybook() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		try (SearchService search = open(pb)) {
			List<Hit> hits = search.search(SearchRequest.of("empathy").withLimit(5)).hits();
			assertFalse(hits.isEmpty());
			assertFalse(search.suggest("empa", 5).isEmpty());
			assertFalse(search.similar(hits.get(0).id(), 5).isEmpty());
			search.duplicatePhrases(0.5);
			assertTrue(search.indexedEntries() > 0);
		}
		assertEquals(0, loads.get(), "the playbook was not loaded");
		assertEquals(List.of(), notices);
	}

	@Test
	void filesSavedSinceTheIndexWasCommittedAreLoadedAndIndexed() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		OpenPlaybook other = new XmiPlaybookStore().open(pb); // another process saves
		other.playbook().getTechniques().get(0).setTitle("Quokka breathing technique");
		other.save();
		try (SearchService search = open(pb)) {
			assertEquals(List.of("Quokka breathing technique"), titles(search, "quokka"));
		}
		assertEquals(1, loads.get());
		try (SearchService search = open(pb)) {
			assertEquals(List.of("Quokka breathing technique"), titles(search, "quokka"));
		}
		assertEquals(1, loads.get(), "the index was committed as matching the files");
	}

	@Test
	void anInterruptedSaveIsSettledByLoadingFirst() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Path journal = LocalState.file(pb, LocalState.JOURNAL);
		Files.createDirectories(journal);
		Files.writeString(journal.resolve("0.tmp"), "half a save"); // no commit: loading discards it
		try (SearchService search = open(pb)) {
			assertFalse(titles(search, "empathy").isEmpty());
		}
		assertEquals(1, loads.get());
		try (var files = Files.list(journal)) {
			assertEquals(0, files.count(), "loading settled the journal");
		}
	}

	@Test
	void aMissingIndexIsBuiltFromTheLoadedPlaybook() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Folders.deleteRecursively(LocalState.file(pb, LocalState.INDEX));
		try (SearchService search = open(pb)) {
			assertFalse(titles(search, "empathy").isEmpty());
		}
		assertEquals(1, loads.get());
		assertTrue(notices.stream().anyMatch(n -> n.startsWith("Building the search index")), notices.toString());
	}

	@Test
	void anIndexAnotherProcessHoldsIsReadWithoutLoadingWhenUpToDate() throws Exception {
		Path pb = tmp.resolve("pb");
		try (Starter holder = new Starter(pb); SearchService search = open(pb)) {
			assertFalse(titles(search, "empathy").isEmpty());
		}
		assertEquals(0, loads.get());
	}

	@Test
	void whatIsWrongWithThePlaybookComesFirst() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Files.writeString(pb.resolve("playbook.xmi"), "<not xmi");
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> open(pb));
		assertTrue(e.getMessage().contains("playbook.xmi"), e.getMessage());
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		IllegalStateException none = assertThrows(IllegalStateException.class, () -> open(empty));
		assertSame(parley.core.store.NotAPlaybookException.class, none.getCause().getClass());
	}
}
