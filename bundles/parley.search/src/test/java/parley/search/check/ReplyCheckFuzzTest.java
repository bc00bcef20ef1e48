package parley.search.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.fuzzchecks.FuzzChecks;
import parley.model.playbook.Phrase;
import parley.search.check.ReplyChecker.Finding;

/**
 * Fuzz target of issue 17, a draft reply: what an agent types or pastes, or a cell of a helpdesk's macro export,
 * given to {@code parley check}. The fuzzer's bytes (UTF-8) are the text, checked against the starter playbook.
 *
 * <p>Expected for every input: findings whose spans lie inside the text and are its characters there, whose
 * phrase is a phrase of the playbook, with a confidence in (0, 1], sorted by start, no two of a kind sharing more
 * than half of the shorter span; the same findings when checked again; never an exception, more than two
 * seconds, or a changed playbook file. Seeds: judged replies, an exact and a reworded avoid-phrase, placeholders,
 * contractions with curly apostrophes, mixed scripts (src/test/resources/parley/search/check/ReplyCheckFuzzTestInputs).
 */
class ReplyCheckFuzzTest {

	private static Path work;
	private static Path folder;
	private static ReplyChecker checker;
	private static Set<String> phraseIds;
	private static Map<String, String> files;

	@FuzzTest(maxDuration = "30s")
	void check(byte[] data) throws Exception {
		setUp();
		String text = new String(data, StandardCharsets.UTF_8);
		FuzzChecks.Outcome<List<Finding>> outcome = FuzzChecks.bounded("checking a reply", () -> checker.check(text));
		if (outcome.error() != null) {
			throw new AssertionError("checking a reply failed: " + outcome.error(), outcome.error());
		}
		List<Finding> findings = outcome.value();
		int previous = -1;
		for (Finding f : findings) {
			assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), () -> "span outside: " + f);
			assertEquals(text.substring(f.start(), f.end()), f.span(), "the span is the text's");
			assertTrue(f.confidence() > 0 && f.confidence() <= 1, () -> "confidence " + f.confidence());
			assertTrue(phraseIds.contains(f.phrase().id()), () -> "not a phrase of the playbook: " + f.phrase());
			assertTrue(f.start() >= previous, "sorted by start");
			previous = f.start();
			for (Finding g : findings) {
				if (g != f && g.kind() == f.kind()) {
					int shared = Math.min(f.end(), g.end()) - Math.max(f.start(), g.start());
					assertTrue(shared * 2 <= Math.min(f.end() - f.start(), g.end() - g.start()),
							() -> "two findings of a kind on one span: " + f + " / " + g);
				}
			}
		}
		assertEquals(findings, checker.check(text), "checking is deterministic");
		FuzzChecks.assertUnchanged(files, FuzzChecks.snapshot(folder, f -> true), "checking a reply");
	}

	private static synchronized void setUp() throws Exception {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-check");
		folder = work.resolve("playbook");
		StarterPlaybook.copyTo(folder);
		OpenPlaybook playbook = new XmiPlaybookStore().open(folder);
		checker = ReplyChecker.of(playbook.playbook(), folder);
		phraseIds = new HashSet<>();
		for (Phrase phrase : playbook.playbook().getPhrases()) {
			phraseIds.add(phrase.getId());
		}
		files = FuzzChecks.snapshot(folder, f -> true);
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (work != null) {
			try (Stream<Path> walk = Files.walk(work)) {
				for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
					Files.delete(p);
				}
			}
			work = null;
		}
	}
}
