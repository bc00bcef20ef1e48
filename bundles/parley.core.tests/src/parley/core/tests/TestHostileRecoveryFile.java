package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.EditingSession;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;
import parley.testsupport.Playbooks;

/**
 * Crash-recovery files written to hurt (issue 11), as the fuzzer found them
 * (bundles/parley.core/src/test/java/parley/core/edit/RecoveryFileFuzzTest.java keeps each as a seed): restoring
 * one gives a clear error that names the file and changes nothing, or restores what it holds; it never fetches
 * or initialises anything a namespace names.
 */
class TestHostileRecoveryFile {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	@TempDir
	Path tmp;

	private EditingSession session;

	@AfterEach
	void dispose() {
		if (session != null) {
			session.dispose();
		}
	}

	/** A recovery file written by a real session: an edited summary, a new technique, a deleted scenario. */
	private String realRecoveryFile(Path dir) throws Exception {
		Playbooks.starter(dir);
		EditingSession writer = new EditingSession(new XmiPlaybookStore().open(dir));
		try {
			Playbook playbook = writer.playbook().playbook();
			Technique listening = playbook.getTechniques().stream().filter(t -> t.getTitle().equals("Active listening"))
					.findFirst().orElseThrow();
			writer.set(listening, P.getTechnique_Summary(), "Recovered summary");
			Technique created = (Technique) writer.create(P.getTechnique(), "Brand new");
			writer.link(playbook.getPhrases().get(0), created);
			writer.delete(List.of(playbook.getScenarios().get(1)));
			writer.flushRecovery();
		} finally {
			writer.dispose();
		}
		return Files.readString(recovery(dir));
	}

	private static Path recovery(Path dir) {
		return LocalState.file(dir, LocalState.RECOVERY);
	}

	private StoreException refused(Path dir, String content) throws Exception {
		Files.writeString(recovery(dir), content);
		Map<String, String> before = Fixtures.snapshot(dir);
		byte[] file = Files.readAllBytes(recovery(dir));
		session = new EditingSession(new XmiPlaybookStore().open(dir));
		StoreException e = assertThrows(StoreException.class, session::restoreRecovery);
		assertTrue(e.getMessage().contains(recovery(dir).toString()), e.getMessage());
		assertTrue(e.getMessage().contains("Discard it") || e.getMessage().contains("discard it"), e.getMessage());
		assertFalse(session.isDirty(), "nothing was restored");
		session.flushRecovery();
		assertEquals(before, Fixtures.snapshot(dir), "the playbook's files are unchanged");
		assertEquals(new String(file), Files.readString(recovery(dir)), "the recovery file is kept as it was");
		return e;
	}

	/** Found by the fuzzer: a link naming an entry of another type put a Technique into a list of tags. */
	@Test
	void linkToAnEntryOfAnotherTypeIsRefused() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		OpenPlaybook starter = new XmiPlaybookStore().open(dir);
		java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<tags href=\"[^\"#]*#([^\"]+)\"").matcher(content);
		assertTrue(tag.find(), "a link to a tag in the file");
		String tagId = tag.group(1);
		String techniqueId = starter.playbook().getTechniques().get(0).getId();
		StoreException e = refused(dir, content.replace("#" + tagId + "\"", "#" + techniqueId + "\""));
		assertTrue(e.getMessage().contains("which is a Technique, not a Tag"), e.getMessage());
	}

	/** Found by the fuzzer: a bad value is reported with the file, line and column, in Parley's words. */
	@Test
	void badValueIsReportedWithItsLine() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		StoreException e = refused(dir, content.replaceFirst("created=\"2026-11-25T09:00:00Z\"", "created=\"2026-11-25T090:00:0Z\""));
		assertTrue(e.getMessage().matches("(?s).*\\.parley/recovery\\.xmi:\\d+:\\d+: the value '2026-11-25T090:00:0Z' is not valid for field 'created'.*"),
				e.getMessage());
	}

	/**
	 * A link whose address names a class of Parley's model ({@code urn:parley:playbook:1.0#//Tag}) was resolved
	 * through EMF's package registry while copying the recovered entry, and the class itself landed in a list of
	 * tags (ArrayStoreException). Links are matched by id only: this one names no entry and is dropped.
	 */
	@Test
	void linkNamingAModelClassIsNeverResolved() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		String tagLink = content.substring(content.indexOf("<tags href="), content.indexOf("/>", content.indexOf("<tags href=")) + 2);
		Files.writeString(recovery(dir), content.replace(tagLink, "<tags href=\"urn:parley:playbook:1.0#//Tag\"/>"));
		session = new EditingSession(new XmiPlaybookStore().open(dir));
		assertEquals(4, session.restoreRecovery());
		Playbook playbook = session.playbook().playbook();
		assertTrue(playbook.getTechniques().stream().allMatch(t -> t.getTags().stream().allMatch(tag -> tag.getName() != null)));
	}

	/**
	 * EMF treats an unknown namespace as the address of a model to load (with the recovery file in a resource
	 * set, it opens that address: Jazzer's SSRF detector caught it in a first version of the fix above). Parley
	 * looks namespaces up only among its own packages and opens nothing a file names.
	 */
	@Test
	void unknownNamespaceIsNeverFetched() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(1);
			String address = "http://127.0.0.1:" + server.getLocalPort() + "/Ecore";
			Files.writeString(recovery(dir), content.replace("http://www.eclipse.org/emf/2002/Ecore", address));
			session = new EditingSession(new XmiPlaybookStore().open(dir));
			try {
				session.restoreRecovery();
			} catch (StoreException e) {
				assertTrue(e.getMessage().contains(recovery(dir).toString()), e.getMessage());
			}
			assertThrows(SocketTimeoutException.class, server::accept, "no request reached the address");
		}
	}

	/** The same path in EMF initialises the class a {@code java://} namespace names. */
	@Test
	void javaNamespaceNeverInitialisesAClass() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		Files.writeString(recovery(dir), content.replace("http://www.eclipse.org/emf/2002/Ecore",
				Matcher.quoteReplacement("java://" + Tripwire.class.getName())));
		session = new EditingSession(new XmiPlaybookStore().open(dir));
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(Tripwire.class.getClassLoader());
		try {
			session.restoreRecovery();
		} catch (StoreException e) {
			assertTrue(e.getMessage().contains(recovery(dir).toString()), e.getMessage());
		} finally {
			Thread.currentThread().setContextClassLoader(context);
		}
		assertFalse(TRIPPED.get(), "the class a namespace named was initialised");
	}

	static final AtomicBoolean TRIPPED = new AtomicBoolean();

	static final class Tripwire {
		public static final Object eINSTANCE;
		static {
			TRIPPED.set(true);
			eINSTANCE = null;
		}
	}

	@Test
	void headerWithoutTheDeletedListRestoresTheRest() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir).replaceFirst("\\s*<details key=\"deleted\" value=\"[^\"]*\"/>", "");
		Files.writeString(recovery(dir), content);
		session = new EditingSession(new XmiPlaybookStore().open(dir));
		assertEquals(3, session.restoreRecovery(), "the changed summary, the new technique, the linking phrase");
		assertTrue(session.isDirty());
	}

	@Test
	void somethingThatIsNotAnEntryIsRefused() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		String playbook = "  <parley:Playbook id=\"not-an-entry\" title=\"Another playbook\"/>\n";
		StoreException e = refused(dir, content.replace("</xmi:XMI>", playbook + "</xmi:XMI>"));
		assertTrue(e.getMessage().contains("it holds a Playbook not-an-entry, which is not an entry"), e.getMessage());
	}

	@Test
	void entryWithTheIdOfAnEntryOfAnotherTypeIsRefused() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		String phraseId = new XmiPlaybookStore().open(dir).playbook().getPhrases().get(3).getId();
		String entry = "  <parley:Technique id=\"" + phraseId + "\" title=\"Impostor\"/>\n";
		StoreException e = refused(dir, content.replace("</xmi:XMI>", entry + "</xmi:XMI>"));
		assertTrue(e.getMessage().contains("but " + phraseId + " is a Phrase in the playbook"), e.getMessage());
	}

	@Test
	void twoEntriesWithOneIdAreRefused() throws Exception {
		Path dir = tmp.resolve("pb");
		String content = realRecoveryFile(dir);
		String entry = "  <parley:Technique id=\"dup-id\" title=\"One\"/>\n  <parley:Technique id=\"dup-id\" title=\"Two\"/>\n";
		StoreException e = refused(dir, content.replace("</xmi:XMI>", entry + "</xmi:XMI>"));
		assertTrue(e.getMessage().contains("it holds the entry dup-id twice"), e.getMessage());
	}
}
