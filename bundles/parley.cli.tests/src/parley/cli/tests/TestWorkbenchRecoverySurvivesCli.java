package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/**
 * The recovery file of unsaved workbench changes belongs to the workbench: a command-line edit of the same
 * playbook (a curation step, an edit, a setting) saves its own change and leaves that file alone, so a crash of
 * the workbench afterwards still recovers its unsaved work.
 */
class TestWorkbenchRecoverySurvivesCli extends StarterCliTest {

	@Test
	void commandLineEditsLeaveTheWorkbenchsRecoveryFile() throws Exception {
		EditingSession workbench = new EditingSession(new XmiPlaybookStore().open(pb));
		try {
			Technique technique = workbench.playbook().playbook().getTechniques().get(0);
			workbench.set(technique, PlaybookPackage.Literals.TECHNIQUE__SUMMARY, "Unsaved in the workbench.");
			workbench.flushRecovery();
			Path recovery = workbench.recoveryFile().path();
			assertTrue(Files.exists(recovery), "the workbench keeps its unsaved change in " + recovery);
			String kept = Files.readString(recovery);

			String other = workbench.playbook().playbook().getTechniques().get(1).getId();
			assertEquals(0, parley("comment", other, "-m", "from the command line", "--author", "Ana <ana@example.org>")
					.exitCode());
			assertEquals(0, parley("set", other, "rationale", "Set from the command line.").exitCode());
			assertEquals(0, parley("settings", "four-eyes", "on").exitCode());

			assertTrue(Files.exists(recovery), "a command-line save does not delete the workbench's recovery file");
			assertEquals(kept, Files.readString(recovery));
		} finally {
			workbench.dispose();
		}
	}
}
