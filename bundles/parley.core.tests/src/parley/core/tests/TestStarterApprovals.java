package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import parley.core.curation.CuratedContent;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.service.StarterPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Status;
import parley.testsupport.Playbooks;

/**
 * Writes the approval records of the starter playbook (issue 13), reproducibly: every approved starter entry
 * without one gets an approval by {@value #BY} at its {@code lastReviewed} date, 09:00 UTC (else
 * {@link #NO_DATE}), recording its content as it is, so that editing it shows "changed since approval". Entries
 * in review and drafts are left as they are; the approvals' ids are name-based, so the output is the same on every
 * machine. Runs only when {@code PARLEY_REGENERATE_STARTER} names the
 * starter folder to rewrite ({@code bundles/parley.core/starter}; see {@code releng/scripts/regenerate-starter.sh});
 * running it again changes nothing. {@link TestStarterPlaybook} checks the result.
 */
class TestStarterApprovals {

	static final String BY = "Parley editors";
	static final Instant NO_DATE = Instant.parse("2026-11-30T09:00:00Z");

	@TempDir
	Path tmp;

	@Test
	@EnabledIfEnvironmentVariable(named = "PARLEY_REGENERATE_STARTER", matches = ".+")
	void recordTheApprovalOfEveryApprovedStarterEntry() throws Exception {
		Path shipped = Path.of(System.getenv("PARLEY_REGENERATE_STARTER")).toAbsolutePath();
		assertTrue(Files.isRegularFile(shipped.resolve("files.txt")), shipped + " is not the starter folder");
		Path pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
		EditingSession session = new EditingSession(new XmiPlaybookStore().open(pb));
		try {
			for (Object element : Elements.all(session.playbook().playbook())) {
				if (element instanceof Entry entry && entry.getStatus() == Status.APPROVED
						&& CuratedContent.lastApproval(entry) == null) {
					CurationEvent approval = PlaybookFactory.eINSTANCE.createCurationEvent();
					// a name-based id, as the starter's own: a second run from the same files writes the same bytes
					approval.setId(UUID.nameUUIDFromBytes(("approval " + entry.getId()).getBytes(StandardCharsets.UTF_8))
							.toString());
					approval.setAction(CurationAction.APPROVED);
					approval.setBy(BY);
					approval.setAt(entry.getLastReviewed() == null ? NO_DATE
							: entry.getLastReviewed().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
					approval.setContent(CuratedContent.of(entry));
					approval.setFingerprint(CuratedContent.fingerprint(entry));
					assertTrue(session.executeCommand(AddCommand.create(session.domain(), entry,
							PlaybookPackage.Literals.ENTRY__EVENTS, approval)));
				}
			}
			session.save();
		} finally {
			session.dispose();
		}
		for (String file : StarterPlaybook.files()) {
			Files.copy(pb.resolve(file), shipped.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
