package parley.vcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.service.StarterPlaybook;
import parley.core.store.LocalState;

import parley.fuzzchecks.FuzzChecks;

/**
 * Fuzz target 4 of issue 11, {@code merge.json}: the conflicts of a merge in progress, kept in the playbook's
 * local state ({@code LocalState.file(folder, LocalState.MERGE)}) between {@code parley sync} and the last
 * {@code parley resolve}. The fuzzer's bytes are the file of a starter playbook's repository;
 * {@link PlaybookRepository#conflicts()} reads it, as {@code parley conflicts}, {@code resolve}, {@code sync} and
 * the workbench's conflicts dialog do.
 *
 * <p>Expected for every input: a list of conflicts that each name an element and a field, which
 * {@code resolve(id, field, MINE)} then settles one by one, or a {@link VcsException} that names the file and
 * says how to give the merge up; never another exception, more than two seconds, or a changed file (until
 * resolve rewrites it, as it should). Seeds: a merge.json written by a real conflicting sync and variants of it
 * (src/test/resources/parley/vcs/MergeFileFuzzTestInputs).
 */
class MergeFileFuzzTest {

	/** merge.json is read by Parley's own code: no cause is a parser's report, every one must be checked. */
	private static final Predicate<Throwable> PARSER_REPORT = cause -> false;

	private static Path work;
	private static Path folder;
	private static PlaybookRepository repository;

	@FuzzTest(maxDuration = "30s")
	void conflicts(byte[] data) throws Exception {
		setUp();
		Path file = LocalState.file(folder, LocalState.MERGE);
		Files.write(file, data);
		Map<String, String> before = FuzzChecks.snapshot(folder, f -> !f.startsWith(".git/") || f.equals(".git/parley/merge.json"));
		FuzzChecks.Outcome<List<Conflict>> read = FuzzChecks.bounded("reading the merge in progress",
				() -> repository.conflicts());
		FuzzChecks.assertUnchanged(before,
				FuzzChecks.snapshot(folder, f -> !f.startsWith(".git/") || f.equals(".git/parley/merge.json")),
				"reading the merge in progress");
		if (read.error() != null) {
			FuzzChecks.assertClearError(read.error(), MergeInProgressException.class, PARSER_REPORT, file.toString());
			assertTrue(read.error().getMessage().contains("give the merge up"),
					() -> "no way out named: " + read.error().getMessage());
			return;
		}
		List<Conflict> conflicts = new ArrayList<>(read.value());
		for (Conflict c : conflicts) {
			assertNotNull(c, "an empty conflict");
			assertTrue(c.id() != null && !c.id().isBlank() && c.field() != null && !c.field().isBlank(),
					() -> "a conflict that names no element or field: " + c);
		}
		if (!conflicts.isEmpty()) {
			Conflict first = conflicts.get(0);
			FuzzChecks.Outcome<Integer> left = FuzzChecks.bounded("resolving a conflict", () -> {
				Files.write(file, data); // a second, timed run starts from the same file
				return repository.resolve(first.id(), first.field(), PlaybookRepository.Choice.MINE, null);
			});
			if (left.error() != null) {
				throw left.error();
			}
			conflicts.remove(first);
			assertEquals(conflicts.size(), (int) left.value(), "resolving one conflict settles one");
			assertEquals(conflicts, repository.conflicts(), "the others are kept as they were");
		}
	}

	private static synchronized void setUp() throws Exception {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-merge");
		folder = work.resolve("playbook");
		StarterPlaybook.copyTo(folder);
		repository = PlaybookRepository.open(folder);
		Files.createDirectories(LocalState.dir(folder));
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (repository != null) {
			repository.close();
			repository = null;
		}
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
