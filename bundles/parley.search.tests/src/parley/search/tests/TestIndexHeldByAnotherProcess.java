package parley.search.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.search.Hit;
import parley.search.LiveSearchService;
import parley.search.LiveUpdates;
import parley.search.SearchRequest;
import parley.search.SearchServices;

/**
 * Editing while a second process holds the index's write lock (issue 12): a child JVM takes Lucene's lock on
 * the index folder, as another Parley would. Edits neither throw nor get lost, and they are searchable once
 * the other process lets the index go. ({@code TestLiveIndex} does the same with a second writer in this JVM.)
 */
class TestIndexHeldByAnotherProcess {

	/** The other process: holds the index's write lock until told to let go (a line on stdin). */
	private static final String HOLDER = """
			public class HoldIndexLock {
				public static void main(String[] args) throws Exception {
					try (var directory = org.apache.lucene.store.FSDirectory.open(java.nio.file.Path.of(args[0]));
							var lock = directory.obtainLock("write.lock")) {
						System.out.println("held");
						System.out.flush();
						new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
					}
					System.out.println("released");
				}
			}
			""";

	@TempDir
	Path tmp;

	@Test
	void editsMadeWhileAnotherProcessHoldsTheIndexAreKeptAndSearchableOnceItIsFree() throws Exception {
		Path pb = tmp.resolve("pb");
		new Starter(pb).close(); // an up-to-date index
		Process holder = holdIndex(pb);
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		EditingSession session = new EditingSession(open);
		List<String> notices = new ArrayList<>();
		try (LiveSearchService search = SearchServices.open(open, notices::add);
				LiveUpdates live = search.follow(session)) {
			Technique technique = open.playbook().getTechniques().get(0);
			assertDoesNotThrow(() -> session.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY,
					"Mention the narwhal to lighten the mood."));
			assertEquals("Mention the narwhal to lighten the mood.", technique.getSummary(), "the edit is made");
			assertTrue(session.isDirty() && session.canUndo(), "the edit is a command like any other");
			assertTrue(search.isBehind());
			assertTrue(notices.stream().anyMatch(n -> n.contains("not searchable yet")), notices.toString());
			assertEquals(List.of(), titles(search, "narwhal"), "the other process's index is searched as it is");

			release(holder);
			assertDoesNotThrow(() -> session.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Narwhal opener"));
			assertEquals(List.of("Narwhal opener"), titles(search, "narwhal"), "both edits are searchable");
			assertTrue(notices.stream().anyMatch(n -> n.contains("up to date again")), notices.toString());
			session.save();
			search.playbookSaved();
		} finally {
			holder.destroyForcibly();
			session.dispose();
		}
		try (Starter again = new Starter(pb)) {
			assertEquals(List.of(), again.notices, "the index was committed as matching the saved playbook");
			assertEquals(List.of("Narwhal opener"), again.titles("narwhal"));
		}
	}

	private static List<String> titles(LiveSearchService search, String query) throws Exception {
		return search.search(SearchRequest.of(query).withLimit(10)).hits().stream().map(Hit::title).toList();
	}

	/** Starts the other process and waits until it holds the lock. */
	private Process holdIndex(Path pb) throws Exception {
		Path source = tmp.resolve("HoldIndexLock.java");
		Files.writeString(source, HOLDER);
		Path lucene = Path.of(FSDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--enable-native-access=ALL-UNNAMED", "-cp", lucene.toString() + File.pathSeparator, source.toString(),
				LocalState.file(pb, LocalState.INDEX).toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder said = new StringBuilder();
		for (String line; (line = out.readLine()) != null;) { // blocks until the child speaks or ends
			said.append(line).append('\n');
			if (line.equals("held")) {
				return process;
			}
		}
		throw new AssertionError("the other process did not take the lock:\n" + said);
	}

	/** Tells the other process to let the index go and waits until it has ended. */
	private static void release(Process holder) throws Exception {
		try (Writer in = new java.io.OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
			in.write("release\n");
		}
		assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the other process ended");
		assertEquals(0, holder.exitValue());
	}
}
