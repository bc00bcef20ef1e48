package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * Two authors (two processes, here two independently opened copies) with the same playbook open save entries
 * that live in the same file: each save keeps what the other saved (defect F2 of the fault matrix, issue 11).
 */
class TestConcurrentSaves {

	@TempDir
	Path dir;
	private OpenPlaybook first;
	private OpenPlaybook second;
	private String x;
	private String y;
	private String shard;

	@BeforeEach
	void open() throws Exception {
		Playbooks.starter(dir);
		first = new XmiPlaybookStore().open(dir);
		second = new XmiPlaybookStore().open(dir);
		List<String> pair = sameShard(first.playbook());
		x = pair.get(0);
		y = pair.get(1);
		shard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(technique(first, x).eClass()), technique(first, x));
	}

	@Test
	void savesOfDifferentEntriesOfOneFileKeepBoth() throws Exception {
		technique(first, x).setSummary("first's edit");
		technique(second, y).setSummary("second's edit");
		first.save();
		second.save();

		Playbook saved = reopen();
		assertEquals("first's edit", technique(saved, x).getSummary(), "the first author's save was overwritten");
		assertEquals("second's edit", technique(saved, y).getSummary());
	}

	@Test
	void laterSavesOfTheSameCopyStillKeepTheOtherAuthorsEntry() throws Exception {
		technique(first, x).setSummary("first, 1");
		technique(second, y).setSummary("second, 1");
		first.save();
		second.save();
		// The first copy still holds y as it was read; saving x again must not write that old y back.
		technique(first, x).setSummary("first, 2");
		first.save();
		technique(first, x).setSummary("first, 3");
		first.save();

		Playbook saved = reopen();
		assertEquals("first, 3", technique(saved, x).getSummary());
		assertEquals("second, 1", technique(saved, y).getSummary(), "a later save of the first copy undid the second's");
	}

	@Test
	void theLaterSaveOfTheSameEntryWins() throws Exception {
		technique(first, x).setSummary("first");
		technique(second, x).setSummary("second");
		first.save();
		second.save();

		assertEquals("second", technique(reopen(), x).getSummary());
	}

	@Test
	void anEntryAddedByOneIsKeptByTheOthersSave() throws Exception {
		Technique added = PlaybookFactory.eINSTANCE.createTechnique();
		added.setId(shardName(x) + "0000000-0000-4000-8000-000000000001");
		added.setTitle("Added by the first author");
		first.playbook().getTechniques().add(added);
		first.save();
		technique(second, y).setSummary("second's edit");
		second.save();

		Playbook saved = reopen();
		assertNotNull(technique(saved, added.getId()), "the entry the first author added was dropped");
		assertEquals("second's edit", technique(saved, y).getSummary());
	}

	@Test
	void anEntryRemovedByOneStaysRemovedWhenTheOtherSavesTheFile() throws Exception {
		first.playbook().getTechniques().remove(technique(first, y));
		first.save();
		technique(second, x).setSummary("second's edit");
		second.save();

		Playbook saved = reopen();
		assertNull(technique(saved, y), "an entry the first author removed came back");
		assertEquals("second's edit", technique(saved, x).getSummary());
	}

	@Test
	void anEntryRemovedByThisSaveIsRemovedEvenWhenTheFileChanged() throws Exception {
		technique(first, x).setSummary("first's edit");
		first.save();
		second.playbook().getTechniques().remove(technique(second, y));
		second.save();

		Playbook saved = reopen();
		assertNull(technique(saved, y));
		assertEquals("first's edit", technique(saved, x).getSummary());
	}

	@Test
	void referencesBetweenEntriesOfTheMergedFileStayLinks() throws Exception {
		String[] phrases = samePhraseShard(first.playbook());
		Phrase avoid = phrase(first, phrases[0]);
		avoid.setKind(PhraseKind.AVOID);
		avoid.getReplacements().clear();
		avoid.getReplacements().add(phrase(first, phrases[1]));
		phrase(second, phrases[1]).setText("Reworded by the second author");
		second.save();
		first.save();

		Playbook saved = reopen();
		Phrase reloaded = phrase(saved, phrases[0]);
		assertEquals(1, reloaded.getReplacements().size());
		assertSame(phrase(saved, phrases[1]), reloaded.getReplacements().get(0), "the replacement is not the entry");
		assertEquals("Reworded by the second author", reloaded.getReplacements().get(0).getText());
		String file = Files.readString(dir.resolve(PlaybookLayout.shardPath(PlaybookLayout.kindOf(avoid.eClass()), avoid)));
		assertFalse(file.contains("href=\"#"), "a link inside the file is written as an address:\n" + file);
	}

	@Test
	void aSaveWithNoOtherWriterWritesExactlyWhatItHolds() throws Exception {
		technique(first, x).setSummary("only writer");
		first.save();
		String once = Files.readString(dir.resolve(shard));
		technique(first, x).setSummary("only writer, again");
		first.save();
		technique(first, x).setSummary("only writer");
		first.save();
		assertEquals(once, Files.readString(dir.resolve(shard)));
		assertTrue(once.contains("only writer"));
	}

	private Playbook reopen() throws Exception {
		return new XmiPlaybookStore().open(dir).playbook();
	}

	private static Technique technique(OpenPlaybook open, String id) {
		return technique(open.playbook(), id);
	}

	private static Technique technique(Playbook playbook, String id) {
		return playbook.getTechniques().stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
	}

	private static Phrase phrase(OpenPlaybook open, String id) {
		return phrase(open.playbook(), id);
	}

	private static Phrase phrase(Playbook playbook, String id) {
		return playbook.getPhrases().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	private static String shardName(String id) {
		return PlaybookLayout.shardName(id);
	}

	/** Two techniques stored in the same file. */
	private static List<String> sameShard(Playbook playbook) {
		Map<String, List<String>> byShard = new TreeMap<>();
		for (Technique t : playbook.getTechniques()) {
			byShard.computeIfAbsent(shardName(t.getId()), k -> new ArrayList<>()).add(t.getId());
		}
		return byShard.values().stream().filter(ids -> ids.size() >= 2).findFirst().orElseThrow();
	}

	private static String[] samePhraseShard(Playbook playbook) {
		Map<String, List<String>> byShard = new TreeMap<>();
		for (Phrase p : playbook.getPhrases()) {
			byShard.computeIfAbsent(shardName(p.getId()), k -> new ArrayList<>()).add(p.getId());
		}
		List<String> ids = byShard.values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow();
		return new String[] { ids.get(0), ids.get(1) };
	}
}
