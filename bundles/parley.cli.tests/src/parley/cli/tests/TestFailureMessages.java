package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * A command that reports a lower layer's failure also says what to do when the machine is the cause; here a
 * release whose tag another process holds locked (found by the fault matrix, docs/RELIABILITY.md, F5).
 */
class TestFailureMessages extends StarterCliTest {

	@Test
	void aLockHeldByAnotherProcessIsExplainedWithoutAStackTrace() throws Exception {
		assertEquals(0, parley("commit", "-m", "Starter", "--author", "Ana <ana@example.org>").exitCode());
		// what a second process creating the same release holds while it writes it
		Path lock = pb.resolve(".git/refs/tags/v1.lock");
		Files.createDirectories(lock.getParent());
		Files.writeString(lock, "");

		CliRun release = parley("release", "v1", "-m", "First", "--author", "Ana <ana@example.org>", "--allow-unapproved");
		assertEquals(1, release.exitCode(), release.toString());
		assertTrue(release.err().contains("another git or Parley process is changing the repository at the same time"),
				release.err());
		assertTrue(release.err().contains("wait for it to finish and try again"), release.err());
		assertFalse(release.err().contains("\tat "), "no stack trace:\n" + release.err());

		Files.delete(lock);
		assertEquals(0, parley("release", "v1", "-m", "First", "--author", "Ana <ana@example.org>", "--allow-unapproved").exitCode());
	}
}
