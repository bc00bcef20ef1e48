package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.FileProblem;
import parley.core.store.MalformedPlaybookException;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.XmiPlaybookStore;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.model.playbook.Scenario;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * Playbook files written to hurt (issue 11): each is refused with a message naming the file, or loads, within
 * bounded time and memory, and nothing is written. The inputs the fuzzer found are kept here as plain tests
 * (bundles/parley.core/src/test/java/parley/core/store/PlaybookLoaderFuzzTest.java runs them again as seeds).
 */
class TestHostilePlaybookFiles {

	private static final Duration BOUND = Duration.ofSeconds(20);

	@TempDir
	Path tmp;

	private final XmiPlaybookStore store = new XmiPlaybookStore();

	@Test
	void billionLaughsIsRefusedAsADoctype() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
		dtd.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
		for (int i = 2; i <= 9; i++) {
			dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		dtd.append("]>\n");
		Path root = dir.resolve(PlaybookLayout.ROOT_FILE);
		String attack = Files.readString(root).replaceFirst("\\?>\n", "?>\n" + dtd)
				.replaceFirst("organisation=\"[^\"]*\"", "organisation=\"&lol9;\"");
		Files.writeString(root, attack);
		Map<String, String> before = Fixtures.snapshot(dir);

		MalformedPlaybookException e = assertTimeoutPreemptively(BOUND,
				() -> assertThrows(MalformedPlaybookException.class, () -> store.open(dir)));
		FileProblem problem = e.problems().get(0);
		assertEquals(PlaybookLayout.ROOT_FILE, problem.file().toString());
		assertTrue(problem.message().contains("DOCTYPE declarations are not allowed"), problem.message());
		assertTrue(problem.line() > 1, "the line of the declaration");
		assertFalse(e.getMessage().contains("lollol"), "no entity was expanded");
		assertEquals(before, Fixtures.snapshot(dir), "nothing was written");
	}

	@Test
	void deepNestingIsAClearErrorNotAStackOverflow() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Path shard = firstShard(dir, "techniques");
		String content = Files.readString(shard);
		int open = content.indexOf("<parley:Technique");
		int end = content.indexOf('>', open) + 1;
		int depth = 100_000;
		String nested = "<steps>".repeat(depth) + "</steps>".repeat(depth);
		Files.writeString(shard, content.substring(0, end) + nested + content.substring(end));
		Map<String, String> before = Fixtures.snapshot(dir);

		MalformedPlaybookException e = assertTimeoutPreemptively(BOUND,
				() -> assertThrows(MalformedPlaybookException.class, () -> store.open(dir)));
		FileProblem problem = e.problems().stream().filter(p -> p.message().contains("nested more than 64 levels"))
				.findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
		assertEquals("techniques/" + shard.getFileName(), problem.file().toString());
		assertTrue(problem.line() >= 2 && problem.column() > 0, problem.toString());
		assertTrue(problem.message().contains("restore it from a saved version"), problem.message());
		assertTrue(e.problems().size() <= 2, "one problem per cause, not one per element: " + e.getMessage());
		assertEquals(before, Fixtures.snapshot(dir), "nothing was written");
	}

	@Test
	void twentyMegabyteAttributeLoadsInBoundedTime() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Path shard = firstShard(dir, "techniques");
		String huge = "calm ".repeat(4 * 1024 * 1024); // 20 MiB of text in one attribute
		String content = Files.readString(shard).replaceFirst("title=\"[^\"]*\"", "title=\"" + huge + "\"");
		Files.writeString(shard, content);
		Map<String, String> before = Fixtures.snapshot(dir);

		OpenPlaybook playbook = assertTimeoutPreemptively(BOUND, () -> store.open(dir));
		Technique big = playbook.playbook().getTechniques().stream().filter(t -> t.getTitle().length() > 1_000_000)
				.findFirst().orElseThrow();
		assertEquals(huge, big.getTitle());
		assertTimeoutPreemptively(BOUND, () -> new PlaybookValidator().validate(playbook.playbook()));
		assertEquals(before, Fixtures.snapshot(dir), "nothing was written");
	}

	/** Found by the fuzzer: a scenario's source that names a tag put a Tag into a list of sources (ArrayStoreException). */
	@Test
	void referenceToAnElementOfAnotherTypeIsRefusedWithItsFileAndField() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook starter = Playbooks.starter(dir);
		Scenario scenario = starter.playbook().getScenarios().stream().filter(s -> !s.getSources().isEmpty())
				.findFirst().orElseThrow();
		String sourceId = scenario.getSources().get(0).getId();
		String tagId = starter.playbook().getTags().get(0).getId();
		Path shard = dir.resolve(PlaybookLayout.shardPath(PlaybookLayout.kindOf(scenario.eClass()), scenario));
		Files.writeString(shard, Files.readString(shard).replace("#" + sourceId + "\"", "#" + tagId + "\""));
		Map<String, String> before = Fixtures.snapshot(dir);

		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		FileProblem problem = e.problems().get(0);
		assertEquals(dir.relativize(shard).toString(), problem.file().toString());
		assertTrue(problem.message().contains("field 'sources' refers to " + tagId + ", which is a Tag, not a Source"),
				problem.message());
		assertTrue(problem.message().contains("point it at a Source or remove the reference"), problem.message());
		assertEquals(before, Fixtures.snapshot(dir), "nothing was written");
	}

	/**
	 * A reference to the playbook itself (or any element that is not an entry) stays an unresolved reference: it
	 * is reported, and resolving it later (validation does) never puts the playbook into a list of tags.
	 */
	@Test
	void referenceToSomethingThatIsNotAnEntryStaysDangling() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook starter = Playbooks.starter(dir);
		Scenario scenario = starter.playbook().getScenarios().stream().filter(s -> !s.getTags().isEmpty())
				.findFirst().orElseThrow();
		String tagId = scenario.getTags().get(0).getId();
		String playbookId = starter.playbook().getId();
		Path shard = dir.resolve(PlaybookLayout.shardPath(PlaybookLayout.kindOf(scenario.eClass()), scenario));
		String content = Files.readString(shard);
		String href = content.substring(content.lastIndexOf("href=\"", content.indexOf("#" + tagId + "\"")),
				content.indexOf("#" + tagId + "\"") + tagId.length() + 2);
		Files.writeString(shard, content.replace(href, "href=\"../playbook.xmi#" + playbookId + "\""));

		OpenPlaybook open = store.open(dir);
		assertTrue(open.loadProblems().stream().anyMatch(p -> p.message().contains("refers to " + playbookId)),
				open.loadProblems().toString());
		var problems = new PlaybookValidator().validate(open.playbook());
		assertTrue(problems.stream().map(Problem::message).anyMatch(m -> m.contains("refers to " + playbookId)),
				problems.toString());
	}

	/**
	 * Found by the fuzzer (through the recovery file, which shares the parser): EMF takes an unknown namespace
	 * for the address of a model and opens it, so a playbook file could make Parley send a request to any host
	 * or read any file. Nothing is opened now: an element of a namespace Parley does not know is not part of the
	 * playbook, as before.
	 */
	@Test
	void unknownNamespaceIsNeverFetched() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1);
			Path dir = tmp.resolve("pb");
			int tags = Playbooks.starter(dir).playbook().getTags().size();
			Path shard = firstShard(dir, "tags");
			String address = "http://127.0.0.1:" + server.getLocalPort() + "/model.ecore";
			String content = Files.readString(shard).replaceFirst("xmlns:parley=", "xmlns:x=\"" + address + "\" xmlns:parley=")
					.replaceFirst("  <parley:Tag", "  <x:Thing/>\n  <parley:Tag");
			Files.writeString(shard, content);
			Map<String, String> before = Fixtures.snapshot(dir);

			OpenPlaybook open = store.open(dir);
			assertThrows(SocketTimeoutException.class, server::accept, "no request reached the address");
			assertEquals(tags, open.playbook().getTags().size());
			assertEquals(before, Fixtures.snapshot(dir), "nothing was written");
		}
	}

	/** A {@code java://} namespace names a class for EMF to initialise; Parley never looks it up. */
	@Test
	void javaNamespaceNeverInitialisesAClass() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Path shard = firstShard(dir, "tags");
		String content = Files.readString(shard)
				.replaceFirst("xmlns:parley=", java.util.regex.Matcher.quoteReplacement(
						"xmlns:x=\"java://" + Tripwire.class.getName() + "\" xmlns:parley="))
				.replaceFirst("  <parley:Tag", "  <x:Thing/>\n  <parley:Tag");
		Files.writeString(shard, content);
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(Tripwire.class.getClassLoader());
		try {
			store.open(dir);
		} finally {
			Thread.currentThread().setContextClassLoader(context);
		}
		assertFalse(TRIPPED.get(), "the class a namespace named was initialised");
	}

	/**
	 * Found by the fuzzer: for some broken files EMF reports line or column -1, which the problem showed as
	 * "phrases/5.xmi:46:-1: ..." (an undeclared namespace prefix was also called namespace 'null'). Unknown
	 * positions are 0, and left out of the message.
	 */
	@Test
	void unknownPositionsAreLeftOut() {
		FileProblem problem = new FileProblem(Path.of("phrases/5.xmi"), 46, -1, "a problem");
		assertEquals(0, problem.column());
		assertEquals("phrases/5.xmi:46: a problem", problem.toString());
		assertEquals("phrases/5.xmi: a problem", new FileProblem(Path.of("phrases/5.xmi"), -1, -1, "a problem").toString());
	}

	/** Set when anything initialises {@link Tripwire} (reading a field of Tripwire itself would). */
	static final java.util.concurrent.atomic.AtomicBoolean TRIPPED = new java.util.concurrent.atomic.AtomicBoolean();

	static final class Tripwire {
		public static final Object eINSTANCE;
		static {
			TRIPPED.set(true);
			eINSTANCE = null;
		}
	}

	private static Path firstShard(Path dir, String folder) throws Exception {
		try (var files = Files.list(dir.resolve(folder))) {
			return files.sorted().findFirst().orElseThrow();
		}
	}
}
