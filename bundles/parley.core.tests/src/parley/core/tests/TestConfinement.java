package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.core.store.MalformedPlaybookException;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.PlaybookPaths;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.core.validation.PlaybookValidator;
import parley.model.playbook.Technique;
import parley.testsupport.Folders;
import parley.testsupport.Playbooks;

/**
 * A playbook folder may come from someone else: whatever it holds, the store reads and writes only inside
 * it. Journals that name other files, symbolic links to files or folders outside, references whose href
 * leaves the folder and oversized files are refused with a message naming the file, and nothing outside
 * the playbook folder is read, written or deleted (docs/SECURITY.md).
 */
class TestConfinement {

	private static final String SECRET = "TOP-SECRET-7f3a";

	@TempDir
	Path tmp;

	Path pb;
	Path outside;
	Path secret;
	Path victim;
	int entities;

	@BeforeEach
	void playbookAndOutside() throws Exception {
		pb = tmp.resolve("pb");
		entities = Fixtures.count(Playbooks.synthetic(pb, 60, 42));
		outside = Files.createDirectories(tmp.resolve("outside"));
		secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
		victim = Files.writeString(outside.resolve("victim.txt"), "mine\n");
	}

	private void assertOutsideUntouched() throws Exception {
		assertEquals(SECRET + "\n", Files.readString(secret));
		assertEquals("mine\n", Files.readString(victim));
		try (var list = Files.list(outside)) {
			assertEquals(2, list.count(), "nothing was created outside the playbook");
		}
	}

	private Path journal() throws Exception {
		Path journal = LocalState.file(pb, LocalState.JOURNAL);
		Files.createDirectories(journal);
		return journal;
	}

	@Test
	void journalNamingAnAbsoluteTargetIsRefusedAndNothingIsWritten() throws Exception {
		Map<String, String> before = Fixtures.snapshot(pb);
		Path journal = journal();
		Files.writeString(journal.resolve("0.tmp"), "overwritten");
		Files.writeString(journal.resolve("commit"), "0.tmp\t" + victim + "\n-\t" + secret + "\n");

		StoreException e = assertThrows(StoreException.class, () -> new XmiPlaybookStore().open(pb));
		assertTrue(e.getMessage().contains("not a playbook file") && e.getMessage().contains("Nothing was replayed"),
				e.getMessage());
		assertOutsideUntouched();
		assertEquals(before, Fixtures.snapshot(pb));
		// The refused journal is set aside, so the next open goes on with the files as they are.
		assertFalse(Files.exists(journal));
		assertEquals(entities, Fixtures.count(new XmiPlaybookStore().open(pb)));
	}

	@Test
	void journalClimbingOutWithDotDotIsRefused() throws Exception {
		Path journal = journal();
		Files.writeString(journal.resolve("0.tmp"), "overwritten");
		Files.writeString(journal.resolve("commit"), "0.tmp\ttechniques/../../outside/victim.txt\n");
		assertThrows(StoreException.class, () -> new XmiPlaybookStore().open(pb));
		assertOutsideUntouched();
	}

	@Test
	void journalWhoseSourceIsOutsideTheJournalIsRefused() throws Exception {
		Path journal = journal();
		Files.writeString(journal.resolve("commit"), "../../../outside/secret.txt\t" + PlaybookLayout.ROOT_FILE + "\n");
		StoreException e = assertThrows(StoreException.class, () -> new XmiPlaybookStore().open(pb));
		assertFalse(e.getMessage().contains(SECRET));
		assertFalse(Files.readString(pb.resolve(PlaybookLayout.ROOT_FILE)).contains(SECRET));
	}

	@Test
	void journalWritingThroughASymlinkedFolderIsRefused() throws Exception {
		Path techniques = pb.resolve("techniques");
		Folders.deleteRecursively(techniques);
		Files.createSymbolicLink(techniques, outside);
		Path journal = journal();
		Files.writeString(journal.resolve("0.tmp"), "overwritten");
		Files.writeString(journal.resolve("commit"), "0.tmp\ttechniques/0.xmi\n");
		assertThrows(StoreException.class, () -> new XmiPlaybookStore().open(pb));
		assertOutsideUntouched();
	}

	@Test
	void symlinkedShardIsNotReadAndItsTargetNeverEchoed() throws Exception {
		Path shard = pb.resolve("techniques").resolve("0.xmi");
		Files.deleteIfExists(shard);
		Files.createSymbolicLink(shard, secret);
		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> new XmiPlaybookStore().open(pb));
		assertTrue(e.getMessage().contains("techniques/0.xmi") && e.getMessage().contains("symbolic link"), e.getMessage());
		assertFalse(e.getMessage().contains(SECRET), "the linked file's content never reaches a message");
	}

	@Test
	void symlinkedFolderIsNotReadNorWrittenThrough() throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		Path phrases = pb.resolve("phrases");
		Folders.copyRecursively(phrases, outside.resolve("phrases"));
		Folders.deleteRecursively(phrases);
		Files.createSymbolicLink(phrases, outside.resolve("phrases"));
		Map<String, String> outsideBefore = Fixtures.snapshot(outside.resolve("phrases"));

		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> new XmiPlaybookStore().open(pb));
		assertTrue(e.getMessage().contains("phrases") && e.getMessage().contains("symbolic link"), e.getMessage());

		// A session that had the playbook open before the link appeared cannot write through it either.
		open.playbook().getPhrases().get(0).setTitle("Changed through a link?");
		StoreException save = assertThrows(StoreException.class, open::save);
		assertTrue(save.getMessage().contains("symbolic link"), save.getMessage());
		assertEquals(outsideBefore, Fixtures.snapshot(outside.resolve("phrases")));
	}

	@Test
	void symlinkedLocalStateFolderIsRefused() throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		Path state = LocalState.dir(pb);
		Folders.deleteRecursively(state);
		Files.createSymbolicLink(state, outside);
		open.playbook().getTechniques().get(0).setTitle("Saved where?");
		StoreException e = assertThrows(StoreException.class, open::save);
		assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
		assertOutsideUntouched();
	}

	@Test
	void referenceLeavingThePlaybookIsNeverFollowed() throws Exception {
		Path starter = tmp.resolve("starter");
		OpenPlaybook open = Playbooks.starter(starter);
		Technique first = open.playbook().getTechniques().get(0);
		Technique second = open.playbook().getTechniques().get(1);
		// A file outside the playbook that defines an entry with the id the planted references name.
		String fake = "11111111-2222-3333-4444-555555555555";
		Path planted = Files.createDirectories(outside.resolve("techniques")).resolve("0.xmi");
		String secondShard = Files.readString(starter.resolve(PlaybookLayout.shardPath(PlaybookLayout.kindOf(second.eClass()), second)));
		Files.writeString(planted, secondShard.replace(second.getTitle(), SECRET).replace(second.getId(), fake));
		Map<String, String> plantedBefore = Fixtures.snapshot(outside);

		Path firstShard = starter.resolve(PlaybookLayout.shardPath(PlaybookLayout.kindOf(first.eClass()), first));
		String text = Files.readString(firstShard);
		int at = text.indexOf("id=\"" + first.getId() + "\"");
		int end = text.indexOf(">\n", at) + 2;
		String links = "    <related href=\"" + planted.toUri() + "#" + fake + "\"/>\n"
				+ "    <related href=\"../../outside/techniques/0.xmi#" + fake + "\"/>\n";
		Files.writeString(firstShard, text.substring(0, end) + links + text.substring(end));

		OpenPlaybook reopened = new XmiPlaybookStore().open(starter);
		Technique loaded = reopened.playbook().getTechniques().stream().filter(t -> t.getId().equals(first.getId()))
				.findFirst().orElseThrow();
		assertTrue(loaded.getRelated().stream().filter(t -> t.eIsProxy()).count() >= 2, "the references stay unresolved");
		assertTrue(loaded.getRelated().stream().noneMatch(t -> SECRET.equals(t.getTitle())), "nothing was read from outside");
		assertEquals(2, reopened.loadProblems().stream().filter(p -> p.toString().contains("outside the playbook folder")).count(),
				reopened.loadProblems().toString());
		assertFalse(new PlaybookValidator().validate(reopened.playbook()).toString().contains(SECRET));
		// Saving writes the references back as they were; nothing outside is touched.
		loaded.setTitle("Saved");
		reopened.save();
		assertTrue(Files.readString(firstShard).contains("../../outside/techniques/0.xmi#" + fake), "kept as written");
		assertEquals(plantedBefore, Fixtures.snapshot(outside));
	}

	@Test
	void oversizedShardIsRefusedWithAMessage() throws Exception {
		Path shard = pb.resolve("sources").resolve("0.xmi");
		try (var channel = java.nio.channels.FileChannel.open(shard, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { ' ' }), PlaybookPaths.MAX_FILE_BYTES + 1); // sparse
		}
		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> new XmiPlaybookStore().open(pb));
		assertTrue(e.getMessage().contains("sources/0.xmi") && e.getMessage().contains("MiB"), e.getMessage());
	}

	@Test
	void pathRulesRefuseWhatLeavesTheFolder() {
		assertNull(PlaybookPaths.problem("techniques/0.xmi"));
		for (String bad : new String[] { "/etc/passwd", "../x", "techniques/../../x", "a//b", "./a", "a\\b", "a\u0007b", "C:x" }) {
			assertTrue(PlaybookPaths.problem(bad) != null, bad);
		}
		assertTrue(PlaybookPaths.isModelFile("scenarios/f.xmi"));
		assertFalse(PlaybookPaths.isModelFile(".parley/journal/commit"));
		assertFalse(PlaybookPaths.isModelFile("synonyms.txt"));
	}
}
