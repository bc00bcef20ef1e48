package parley.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.fuzzchecks.FuzzChecks;
import parley.model.playbook.Playbook;

/**
 * What the three import fuzz targets share (issue 14, "Hostile files"): a copy of the starter playbook to plan
 * against, and the checks of one planned import. For any bytes an import only plans (the CLI's
 * {@code --dry-run}): either a plan, or an {@link ImportException} whose message names the file, every problem
 * with a position ({@code file:line:column}, line and column from 1) in a file of the import; never another
 * exception, more than two seconds, a changed file of the playbook or a changed playbook in memory.
 */
final class ImportFuzzing {

	/** The import's own reports: its problems are in the message; nothing below it is a parser's. */
	static final Predicate<Throwable> NO_PARSER = cause -> false;

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

	/** One planning of an import: the bytes (one file or a folder's files) against the live playbook. */
	interface Planning {
		JsonImport.Plan plan(Playbook live) throws Exception;
	}

	private static Path work;
	private static Path base;
	private static OpenPlaybook open;
	private static String exported;

	private ImportFuzzing() {
	}

	/** The starter playbook, opened once per JVM (a plan changes nothing, which each run checks). */
	static synchronized Playbook live() throws Exception {
		if (open == null) {
			work = Files.createTempDirectory("parley-fuzz-import");
			base = work.resolve("playbook");
			StarterPlaybook.copyTo(base);
			open = new XmiPlaybookStore().open(base);
			exported = PlaybookJson.write(open.playbook());
		}
		return open.playbook();
	}

	/**
	 * Plans the import and checks the outcome; {@code file} is how messages name the file or folder, every
	 * problem's file must start with it.
	 */
	static void check(String what, String file, Planning planning) throws Exception {
		Playbook live = live();
		Map<String, String> before = FuzzChecks.snapshot(base, f -> true);
		FuzzChecks.Outcome<JsonImport.Plan> planned = FuzzChecks.bounded(what, () -> planning.plan(live));
		if (planned.error() != null) {
			FuzzChecks.assertClearError(planned.error(), ImportException.class, NO_PARSER, file);
			List<ImportProblem> problems = ((ImportException) planned.error()).problems();
			assertFalse(problems.isEmpty(), () -> "a refusal without a problem: " + planned.error().getMessage());
			for (ImportProblem problem : problems) {
				assertTrue(problem.file() != null && problem.file().startsWith(file), () -> "a problem outside "
						+ file + ": " + problem);
				assertTrue(problem.line() >= 1 && problem.column() >= 1, () -> "a problem without a position: " + problem);
				assertTrue(problem.message() != null && !problem.message().isBlank(), () -> "a problem without a message: "
						+ problem);
			}
		} else {
			JsonImport.Plan plan = planned.value();
			assertTrue(plan.created() >= 0 && plan.deleted() >= 0);
			plan.command(); // built, not executed: a dry run
		}
		FuzzChecks.assertUnchanged(before, FuzzChecks.snapshot(base, f -> true), what);
		assertEquals(exported, PlaybookJson.write(live), () -> what + " changed the playbook in memory");
	}

	/**
	 * A folder with one file from the fuzzer's bytes: when the first line is a name {@code allowed} accepts, that
	 * line names the file and the rest is its content; otherwise all bytes are {@code fallback}.
	 */
	static Map<String, byte[]> folder(byte[] data, String fallback, Predicate<String> allowed) {
		int end = 0;
		while (end < data.length && end < 80 && data[end] != '\n') {
			end++;
		}
		if (end < data.length && data[end] == '\n') {
			String name = new String(data, 0, end, StandardCharsets.UTF_8).strip();
			if (allowed.test(name)) {
				byte[] rest = java.util.Arrays.copyOfRange(data, end + 1, data.length);
				return Map.of(name, rest);
			}
		}
		return Map.of(fallback, data);
	}

	static void tearDown() throws IOException {
		if (work == null) {
			return;
		}
		try (Stream<Path> walk = Files.walk(work)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
		work = null;
		open = null;
	}
}
