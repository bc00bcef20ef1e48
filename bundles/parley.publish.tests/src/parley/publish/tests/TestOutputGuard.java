package parley.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.publish.OutputGuard;
import parley.publish.OutputRefusedException;
import parley.publish.pdf.PdfPublisher;
import parley.testsupport.Playbooks;

/**
 * An export never writes inside a playbook folder (issue 11, item 5): not over {@code playbook.xmi} or a
 * shard, not beside them, not through {@code ..} or a symbolic link that leads there.
 */
class TestOutputGuard {

	@TempDir
	Path tmp;
	Path pb;
	Playbook playbook;

	@BeforeEach
	void starter() throws Exception {
		pb = tmp.resolve("pb");
		playbook = Playbooks.starter(pb).playbook();
	}

	/** Every file of the folder with its bytes, to show nothing changed. */
	static Map<String, byte[]> snapshot(Path folder) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}

	static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
	}

	private OutputRefusedException refused(Path out) {
		OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputGuard.check(pb, out),
				out.toString());
		assertTrue(e.getMessage().startsWith("Refused to export to "), e.getMessage());
		assertTrue(e.getMessage().contains("Choose a file outside the playbook folder"), e.getMessage());
		return e;
	}

	@Test
	void thePlaybookItsFilesAndItsFolderAreRefused() throws Exception {
		OutputRefusedException overRoot = refused(pb.resolve("playbook.xmi"));
		assertEquals(pb.resolve("playbook.xmi"), overRoot.target());
		assertEquals(pb, overRoot.playbookFolder());
		assertTrue(overRoot.getMessage().contains("inside the playbook folder " + pb), overRoot.getMessage());
		assertTrue(overRoot.getMessage().contains("such as " + tmp.resolve("playbook.pdf")), overRoot.getMessage());
		refused(pb.resolve("techniques/0.xmi"));
		refused(pb.resolve("manual.pdf")); // a new file beside the playbook's files
		refused(pb.resolve("new-folder/manual.pdf"));
		refused(pb.resolve(".parley/manual.pdf"));
		assertTrue(refused(pb.resolve("manual.pdf")).getMessage().contains("such as " + tmp.resolve("manual.pdf")));
	}

	@Test
	void dotDotAndSymbolicLinksIntoTheFolderAreRefused() throws Exception {
		refused(tmp.resolve("elsewhere/../pb/playbook.xmi"));
		refused(pb.resolve("techniques/../../pb/manual.pdf"));
		Path linkToFolder = Files.createSymbolicLink(tmp.resolve("link"), pb);
		refused(linkToFolder.resolve("manual.pdf"));
		refused(linkToFolder.resolve("playbook.xmi"));
		Path linkToFile = Files.createSymbolicLink(tmp.resolve("manual.pdf"), pb.resolve("playbook.xmi"));
		refused(linkToFile);
		Path dangling = Files.createSymbolicLink(tmp.resolve("cards.pdf"), pb.resolve("cards.pdf"));
		refused(dangling);
		// and the playbook reached through a link is the same folder
		assertThrows(OutputRefusedException.class, () -> OutputGuard.check(linkToFolder, pb.resolve("x.pdf")));
		assertThrows(OutputRefusedException.class, () -> OutputGuard.check(pb, Path.of(pb + "/./x.pdf")));
	}

	@Test
	void anotherPlaybookFolderIsRefusedToo() throws Exception {
		Path other = tmp.resolve("team/other");
		Playbooks.starterCopy(other);
		OutputRefusedException e = refused(other.resolve("phrases/manual.pdf"));
		assertEquals(other, e.playbookFolder());
		assertThrows(OutputRefusedException.class, () -> OutputGuard.check(null, other.resolve("manual.pdf")));
		assertThrows(OutputRefusedException.class, () -> OutputGuard.check(null, tmp.resolve("playbook.xmi")),
				"a PDF named playbook.xmi would make its folder look like a playbook");
	}

	@Test
	void filesOutsideAreAllowed() throws Exception {
		assertEquals(tmp.resolve("manual.pdf"), OutputGuard.check(pb, tmp.resolve("manual.pdf")));
		assertEquals(tmp.resolve("manual.pdf"), OutputGuard.check(pb, pb.resolve("../manual.pdf")));
		assertEquals(tmp.resolve("pb-manual.pdf"), OutputGuard.check(pb, tmp.resolve("pb-manual.pdf")),
				"a sibling whose name starts like the folder is outside it");
		assertEquals(tmp.resolve("pb2/manual.pdf"), OutputGuard.check(pb, tmp.resolve("pb2/manual.pdf")));
		assertEquals(pb, OutputGuard.folderOf(playbook));
	}

	@Test
	void thePublisherRefusesAndLeavesThePlaybookAsItWas() throws Exception {
		Map<String, byte[]> before = snapshot(pb);
		for (Path out : new Path[] { pb.resolve("playbook.xmi"), pb.resolve("scenarios/1.xmi"), pb.resolve("manual.pdf"),
				tmp.resolve("x/../pb/playbook.xmi") }) {
			OutputRefusedException e = assertThrows(OutputRefusedException.class,
					() -> new PdfPublisher().publish(playbook, TestSafeWriting.manual(), out, new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("outside the playbook folder"), e.getMessage());
		}
		assertSameFiles(before, snapshot(pb));
		assertFalse(Files.exists(pb.resolve("manual.pdf")));
		Playbook reloaded = new XmiPlaybookStore().open(pb).playbook();
		assertEquals(102, reloaded.getTechniques().size() + reloaded.getPhrases().size() + reloaded.getScenarios().size()
				+ reloaded.getSources().size(), "the playbook still loads, whole");
	}
}
