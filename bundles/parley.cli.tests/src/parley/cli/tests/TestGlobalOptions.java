package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Options every command understands, before or after the command's name (as {@code git -C} does). */
class TestGlobalOptions extends StarterCliTest {

	@Test
	void thePlaybookCanBeGivenBeforeTheCommand() {
		CliRun after = CliRun.run(home, tmp, "stats", "--playbook", "pb", "--json");
		CliRun before = CliRun.run(home, tmp, "--playbook", "pb", "stats", "--json");
		CliRun shortForm = CliRun.run(home, tmp, "-p", "pb", "list", "--type", "technique");
		assertEquals(0, after.exitCode(), after.toString());
		assertEquals(0, before.exitCode(), before.toString());
		assertEquals(after.out(), before.out());
		assertEquals(0, shortForm.exitCode(), shortForm.toString());
		assertTrue(shortForm.out().contains("Active listening"), shortForm.out());
		// The command's own option wins over the one given before it.
		CliRun both = CliRun.run(home, tmp, "--playbook", "nowhere", "stats", "--playbook", "pb");
		assertEquals(0, both.exitCode(), both.toString());
		CliRun missing = CliRun.run(home, tmp, "--playbook", "nowhere", "stats");
		assertEquals(1, missing.exitCode(), missing.toString());
	}
}
