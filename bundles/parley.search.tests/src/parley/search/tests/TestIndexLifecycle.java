package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.search.DuplicatePair;
import parley.search.SearchRequest;
import parley.search.lucene.LuceneSearchService;
import parley.testsupport.Folders;

/** The index as a cache: built, brought up to date, rebuilt when lost or damaged, shared across processes. */
class TestIndexLifecycle {

	@TempDir
	Path tmp;

	private Path index(Path pb) {
		return parley.core.store.LocalState.file(pb, parley.core.store.LocalState.INDEX);
	}

	@Test
	void firstOpenBuildsTheIndexAndLaterOpensReuseIt() throws Exception {
		Path pb = tmp.resolve("pb");
		try (Starter first = new Starter(pb)) {
			assertTrue(first.notices.stream().anyMatch(n -> n.startsWith("Building the search index")), first.notices.toString());
			assertEquals(first.search.indexedEntries(), first.playbook.playbook().getTechniques().size()
					+ first.playbook.playbook().getPhrases().size() + first.playbook.playbook().getScenarios().size()
					+ first.playbook.playbook().getSources().size());
		}
		try (Starter second = new Starter(pb)) {
			assertEquals(List.of(), second.notices, "an up-to-date index is used as it is");
			assertFalse(second.hits("empathy").isEmpty());
		}
		assertTrue(Files.readString(pb.resolve(".gitignore")).contains(".parley/"), "the index is never versioned");
	}

	@Test
	void deletedIndexIsRebuiltWithANotice() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Folders.deleteRecursively(index(pb));
		try (Starter again = new Starter(pb)) {
			assertTrue(again.notices.stream().anyMatch(n -> n.startsWith("Building the search index")), again.notices.toString());
			assertFalse(again.hits("empathy").isEmpty());
		}
	}

	@Test
	void damagedIndexIsRebuiltWithANotice() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		try (Stream<Path> files = Files.list(index(pb))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (!file.getFileName().toString().equals("write.lock")) {
					Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
				}
			}
		}
		try (Starter again = new Starter(pb)) {
			assertTrue(again.notices.stream().anyMatch(n -> n.contains("damaged") || n.contains("another version")),
					again.notices.toString());
			assertFalse(again.hits("empathy").isEmpty());
		}
	}

	@Test
	void damagedStoredTextIsFoundOnOpenAndRebuilt() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		scribble(storedFields(pb));
		try (Starter again = new Starter(pb)) {
			assertTrue(again.notices.stream().anyMatch(n -> n.contains("damaged") && n.contains("rebuilding")),
					again.notices.toString());
			assertSearchesWork(again);
		}
		try (Starter later = new Starter(pb)) {
			assertEquals(List.of(), later.notices, "the rebuilt index is kept");
		}
	}

	@Test
	void cutShortStoredTextIsFoundOnOpenAndRebuilt() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Path fdt = storedFields(pb);
		try (var channel = java.nio.channels.FileChannel.open(fdt, java.nio.file.StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 2);
		}
		try (Starter again = new Starter(pb)) {
			assertTrue(again.notices.stream().anyMatch(n -> n.contains("damaged") && n.contains("rebuilding")),
					again.notices.toString());
			assertSearchesWork(again);
		}
	}

	@Test
	void damageFoundWhileSearchingRebuildsTheIndexAndTheSearchSucceeds() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		try (Starter open = new Starter(pb)) {
			assertEquals(List.of(), open.notices);
			scribble(storedFields(pb)); // while the index is open: the next read of stored text trips over it
			assertSearchesWork(open);
			assertTrue(open.notices.stream().anyMatch(n -> n.contains("damaged") && n.contains("rebuilding")),
					open.notices.toString());
		}
		try (Starter later = new Starter(pb)) {
			assertFalse(later.notices.stream().anyMatch(n -> n.contains("damaged")), later.notices.toString());
			assertSearchesWork(later);
		}
	}

	@Test
	void aDamagedIndexAnotherProcessHoldsIsReplacedByATemporaryOne() throws Exception {
		Path pb = tmp.resolve("pb");
		try (Starter holder = new Starter(pb)) {
			scribble(storedFields(pb));
			try (Starter reader = new Starter(pb)) {
				assertTrue(reader.notices.stream().anyMatch(n -> n.contains("damaged") && n.contains("temporary index")),
						reader.notices.toString());
				assertSearchesWork(reader);
			}
		}
	}

	/** A search with highlighted snippets (they read the stored text), suggestions and similar entries all work. */
	private static void assertSearchesWork(Starter s) throws Exception {
		var hits = s.search.search(SearchRequest.of("empathy").withLimit(20)).hits();
		assertFalse(hits.isEmpty());
		assertTrue(hits.stream().anyMatch(h -> h.snippet() != null && h.snippet().contains("«")), hits.toString());
		assertFalse(s.search.suggest("empa", 5).isEmpty());
		assertFalse(s.search.similar(hits.get(0).id(), 5).isEmpty());
		assertEquals(s.playbook.playbook().getTechniques().size() + s.playbook.playbook().getPhrases().size()
				+ s.playbook.playbook().getScenarios().size() + s.playbook.playbook().getSources().size(),
				s.search.indexedEntries());
	}

	/** The largest stored-fields data file of the index (the text snippets are read from). */
	private Path storedFields(Path pb) throws Exception {
		try (Stream<Path> files = Files.list(index(pb))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".fdt"))
					.max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
		}
	}

	/** Overwrites bytes in the middle of a file in place, keeping its length (as a disk error would). */
	private static void scribble(Path file) throws Exception {
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
			long size = channel.size();
			byte[] junk = new byte[(int) Math.min(4096, size / 2)];
			java.util.Arrays.fill(junk, (byte) 0x5a);
			channel.write(java.nio.ByteBuffer.wrap(junk), size / 4);
		}
	}

	@Test
	void savedChangesAreIndexedOnNextOpenWithoutARebuild() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		OpenPlaybook edit = new XmiPlaybookStore().open(pb);
		edit.playbook().getTechniques().get(0).setTitle("Quokka breathing technique");
		edit.save();
		try (Starter again = new Starter(pb)) {
			assertEquals(List.of(), again.notices, "brought up to date quietly, entry by entry");
			assertEquals("Quokka breathing technique", again.titles("quokka").get(0));
		}
	}

	@Test
	void aSecondProcessCanSearchWhileTheFirstHoldsTheIndex() throws Exception {
		Path pb = tmp.resolve("pb");
		try (Starter holder = new Starter(pb)) {
			try (Starter reader = new Starter(pb)) {
				assertFalse(reader.hits("empathy").isEmpty(), "no lock error; the up-to-date index is read");
			}
			OpenPlaybook edit = new XmiPlaybookStore().open(pb);
			edit.playbook().getTechniques().get(0).setTitle("Wombat grounding technique");
			edit.save();
			try (Starter reader = new Starter(pb)) {
				assertTrue(reader.notices.stream().anyMatch(n -> n.contains("temporary index")), reader.notices.toString());
				assertEquals("Wombat grounding technique", reader.titles("wombat").get(0));
			}
		}
	}

	@Test
	void reindexRebuildsEverything() throws Exception {
		try (Starter s = new Starter(tmp.resolve("pb"))) {
			int before = s.search.indexedEntries();
			s.search.reindex();
			assertEquals(before, s.search.indexedEntries());
		}
	}

	@Test
	void nearDuplicatePhrasesAreReported() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		OpenPlaybook edit = new XmiPlaybookStore().open(pb);
		Phrase original = edit.playbook().getPhrases().stream().filter(p -> p.getText().split("\\s+").length >= 8).findFirst().orElseThrow();
		Phrase copy = PlaybookFactory.eINSTANCE.createPhrase();
		copy.setTitle("Reworded copy");
		copy.setKind(PhraseKind.RECOMMENDED);
		copy.setText(original.getText().replaceFirst("\\.$", "") + " today.");
		edit.playbook().getPhrases().add(copy);
		edit.save();
		try (Starter s = new Starter(pb)) {
			List<DuplicatePair> pairs = s.search.duplicatePhrases(0.7);
			assertTrue(pairs.stream().anyMatch(p -> (p.first().id().equals(copy.getId()) && p.second().id().equals(original.getId()))
					|| (p.second().id().equals(copy.getId()) && p.first().id().equals(original.getId()))), pairs.toString());
			for (DuplicatePair pair : pairs) {
				assertTrue(pair.similarity() >= 0.7);
			}
			assertTrue(s.search.duplicatePhrases(0.99).size() < pairs.size() || pairs.size() == 1);
		}
	}

	@Test
	void editingTheSynonymListTakesEffectOnNextOpen() throws Exception {
		Path pb = tmp.resolve("pb");
		try (Starter s = new Starter(pb)) {
			assertTrue(s.search.search(SearchRequest.of("kerfuffle")).totalHits() == 0);
		}
		Files.writeString(pb.resolve(LuceneSearchService.SYNONYMS_FILE), "\nkerfuffle, empathy\n",
				java.nio.file.StandardOpenOption.APPEND);
		try (Starter s = new Starter(pb)) {
			assertTrue(s.search.search(SearchRequest.of("kerfuffle")).totalHits() > 0);
		}
	}

	@Test
	void aBrokenSynonymListIsReportedWithFileAndLine() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close();
		Files.writeString(pb.resolve(LuceneSearchService.SYNONYMS_FILE), "angry, irate\nmad => cross => livid\n");
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		parley.search.SearchException e = org.junit.jupiter.api.Assertions.assertThrows(parley.search.SearchException.class,
				() -> LuceneSearchService.open(open, n -> { }));
		assertTrue(e.getMessage().contains("synonyms.txt") && e.getMessage().contains("line 2"), e.getMessage());
	}
}
