package parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;

import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * Failures no command explains (unchecked exceptions of JGit, Lucene or EMF) reach the user as one line that
 * says what to do when the cause is known (a full disk, a second commit at the same time, damaged history),
 * else as an unexpected problem to report, with the cause's message; never as a stack trace.
 */
class TestUnexpectedFailures {

	@Test
	void aFullDiskSaysSo() {
		String line = ParleyCli.describeUnexpected(new JGitInternalException("Exception caught during execution of add"
				+ " command", new IOException("No space left on device")));
		assertTrue(line.startsWith("the disk is full (No space left on device); free some space"), line);
		assertFalse(line.contains("report"), "not Parley's fault: nothing to report");
	}

	@Test
	void aSecondCommitAtTheSameTimeSaysToWait() {
		String line = ParleyCli.describeUnexpected(new JGitInternalException("Exception caught during execution of"
				+ " commit command", new LockFailedException(new File("/pb/.git/index"))));
		assertTrue(line.startsWith("another git or Parley process is changing the repository at the same time"), line);
		assertTrue(line.contains("index") && line.contains("wait for it to finish"), line);
	}

	@Test
	void damagedHistorySaysWhatIsAffected() {
		String line = ParleyCli.describeUnexpected(new org.eclipse.jgit.errors.RevWalkException(
				new MissingObjectException(ObjectId.zeroId(), "commit")));
		assertTrue(line.contains("version history") && line.contains("damaged") && line.contains("git fsck"), line);
	}

	@Test
	void anythingElseIsAnUnexpectedProblemToReportWithItsCause() {
		String line = ParleyCli.describeUnexpected(new IllegalStateException("wrapper",
				new IllegalArgumentException("numHits must be > 0; got: 0")));
		assertEquals("Parley hit an unexpected problem: IllegalArgumentException: numHits must be > 0; got: 0."
				+ " Please report it with the command you ran (PARLEY_DEBUG=1 shows the details).", line);
	}
}
