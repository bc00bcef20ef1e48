package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Command tests on a fresh copy of the starter playbook ({@code pb}), run from inside its folder. */
abstract class StarterCliTest {

	@TempDir
	Path tmp;

	Path home;
	Path pb;

	@BeforeEach
	void initStarter() {
		home = tmp.resolve("home");
		pb = tmp.resolve("pb");
		CliRun init = CliRun.run(home, tmp, "init", pb.toString());
		assertEquals(0, init.exitCode(), init.toString());
	}

	/** Runs a command with the playbook folder as working directory. */
	CliRun parley(String... args) {
		return CliRun.run(home, pb, args);
	}
}
