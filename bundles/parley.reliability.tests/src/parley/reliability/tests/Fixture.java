package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;

/** Playbooks, versions and remotes for the matrix: copies of the starter playbook under a test folder. */
final class Fixture {

	static final Author AUTHOR = new Author("Fault Matrix", "faults@example.org");

	private Fixture() {
	}

	/** Output of a native git command. */
	record Result(int code, String out) {
	}

	/** A copy of the starter playbook with a first version ("Starter"). */
	static Path playbook(Path dir) throws Exception {
		StarterPlaybook.copyTo(dir);
		try (PlaybookRepository repo = PlaybookRepository.open(dir)) {
			repo.commit("Starter", AUTHOR);
		}
		return dir;
	}

	/**
	 * Export options for a quick export: the pocket card of one scenario. It goes through the same writing as
	 * the manual (a part file moved over the target when complete) in a fraction of the time.
	 */
	static List<String> oneCard(Path pb) throws Exception {
		return List.of("--layout", "cards", "--scenario", new XmiPlaybookStore().open(pb).playbook().getScenarios().get(0).getId());
	}

	/** Marks a generation in the playbook (see {@link FaultChild#mark}) and saves it, without a version. */
	static void save(Path pb, String entries, String text) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		FaultChild.mark(open.playbook(), entries, text);
		open.save();
	}

	/** Marks and saves a generation, then makes it a version; returns the version id. */
	static String version(Path pb, String entries, String text) throws Exception {
		save(pb, entries, text);
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			Version v = repo.commit(text, AUTHOR);
			return v.id();
		}
	}

	/** A bare repository holding the playbook's versions, set as its remote {@code origin}. */
	static Path share(Path pb, Path bare) throws Exception {
		git(bare.getParent(), "clone", "--bare", "-q", pb.toString(), bare.toString());
		git(pb, "remote", "add", "origin", bare.toString());
		git(pb, "fetch", "-q", "origin");
		return bare;
	}

	/** A clone of a shared playbook, as {@code parley clone} makes it. */
	static Path cloneOf(Path bare, Path dir) throws Exception {
		PlaybookRepository.cloneFrom(bare.toString(), dir).close();
		return dir;
	}

	static String head(Path repository, String ref) throws IOException {
		try (var repo = Checks.open(repository)) {
			var id = repo.resolve(ref);
			return id == null ? null : id.getName();
		}
	}

	static String git(Path dir, String... args) throws IOException, InterruptedException {
		Result r = gitResult(dir, args);
		assertEquals(0, r.code(), "git " + String.join(" ", args) + " in " + dir + ":\n" + r.out());
		return r.out();
	}

	static Result gitResult(Path dir, String... args) {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	/** Runs a command (bounded to two minutes) and returns its exit code and merged output. */
	static Result run(List<String> command) {
		Path log = null;
		try {
			log = Files.createTempFile("parley-faults", ".out");
			Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!p.waitFor(2, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				return new Result(-1, "timed out: " + command);
			}
			return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new Result(-1, "could not run " + command + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		} finally {
			if (log != null) {
				log.toFile().delete();
			}
		}
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (var walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}
}
