package parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.util.List;

import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/**
 * The causes the fault matrix met (docs/RELIABILITY.md, F5): a folder that cannot be written, a remote that
 * cannot be reached, a lock said only in words; and a command's own message followed by what to do, or by the
 * cause it hides. Never a request to report a bug when the machine is the cause.
 */
class TestMachineCauses {

	@Test
	void aReadOnlyFolderSaysToMakeItWritable() {
		String line = ParleyCli.describeUnexpected(new JGitInternalException("Exception caught during execution of tag"
				+ " command", new FileSystemException("/pb/.git/refs/tags/v1.lock", null, "Read-only file system")));
		assertTrue(line.startsWith("a file or folder cannot be written (/pb/.git/refs/tags/v1.lock: Read-only file system);"
				+ " make it writable"), line);
		assertFalse(line.contains("report"), "not Parley's fault: " + line);
	}

	@Test
	void anUnreachableRemoteNamesItsAddress() throws Exception {
		List<String> missing = ParleyCli.explain("Sync with 'origin' failed: Invalid remote: origin. Your saved versions"
				+ " are unchanged; check the connection or address and sync again.", new IllegalStateException(
						new InvalidRemoteException("Invalid remote: origin", new NoRemoteRepositoryException(
								new URIish("/tmp/nowhere.git"), "not found."))));
		assertEquals(List.of("the shared playbook cannot be reached (/tmp/nowhere.git: not found.); check its address"
				+ " ('git remote -v' in the playbook folder) and your connection, and try again."), missing);
		List<String> refused = ParleyCli.explain("Sync failed", new TransportException("git://127.0.0.1:1/x.git:"
				+ " Connection refused", new ConnectException("Connection refused")));
		assertTrue(refused.get(0).startsWith("the shared playbook cannot be reached (Connection refused)"), refused.toString());
	}

	@Test
	void aRefusalForALockSaysToWait() {
		String message = "The shared playbook refused the versions (REJECTED_OTHER_REASON: failed to lock); your versions"
				+ " are kept locally.";
		assertEquals(List.of("another git or Parley process is changing the repository at the same time; wait for it to"
				+ " finish and try again."), ParleyCli.explain(message, new IllegalStateException(message)));
	}

	@Test
	void aHiddenCauseIsNamedAndNothingIsRepeated() {
		assertEquals(List.of("cause: /pb/manual.pdf: Input/output error"), ParleyCli.explain("Could not write the manual",
				new IOException("write failed", new IOException("/pb/manual.pdf: Input/output error"))));
		assertEquals(List.of(), ParleyCli.explain("There is no version 'v9'", new IllegalArgumentException(
				"There is no version 'v9'")), "nothing is added when the message says it all");
		String full = "the disk is full (No space left on device); free some space and try again";
		assertEquals(List.of(), ParleyCli.explain("Could not save the version: " + full + ".", new IOException(
				"No space left on device")), "advice the message already gives is not repeated");
	}

	@Test
	void aPasswordInAnAddressIsNeverRepeated() {
		List<String> lines = ParleyCli.explain("Sync failed", new IOException("push", new IOException(
				"https://ana:s3cret@example.org/team.git: not authorized")));
		assertEquals(List.of("cause: https://example.org/team.git: not authorized"), lines);
	}
}
