package parley.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.service.Elements;
import parley.core.service.StarterPlaybook;
import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

import parley.fuzzchecks.FuzzChecks;

/**
 * Fuzz target 5 of issue 11, the crash-recovery file. The fuzzer's bytes are the {@code recovery.xmi} of a copy
 * of the starter playbook, and a new {@link EditingSession} restores it, as the workbench does after a crash.
 *
 * <p>Expected for every input: either a {@link StoreException} that names the recovery file and changes
 * nothing (not the playbook's files, not the recovery file), or a restore that is correct: the playbook's
 * files are untouched, a restore that reports changes left the session dirty, every entry is in the list of
 * its type with a unique id, undo brings back exactly the playbook as it was and redo the restored one, and
 * the restored playbook saves and loads again as it is. Never another exception or more than two seconds.
 * Seed: a recovery file written by a real session (an edited field, a new entry linked from another, a new
 * scenario step, a renamed playbook, a deleted scenario).
 */
class RecoveryFileFuzzTest {

	/** Causes that are the XML parser's own report of the bad input (an EMF load diagnostic, a SAX error). */
	private static final Predicate<Throwable> PARSER_REPORT = cause -> cause instanceof org.eclipse.emf.ecore.resource.Resource.Diagnostic
			|| cause instanceof org.xml.sax.SAXException;

	private static final XmiPlaybookStore STORE = new XmiPlaybookStore();
	private static Path work;
	private static Path base;
	private static int round;

	@FuzzTest(maxDuration = "30s")
	void restore(byte[] data) throws Exception {
		setUp();
		Path file = LocalState.file(base, LocalState.RECOVERY);
		Files.createDirectories(file.getParent());
		Files.write(file, data);
		Map<String, String> before = FuzzChecks.snapshot(base, f -> true);

		List<EditingSession> sessions = new ArrayList<>();
		try {
			FuzzChecks.Outcome<Integer> restored = FuzzChecks.bounded("restoring the recovery file", () -> {
				for (EditingSession earlier : sessions) {
					earlier.dispose(); // a second, timed run starts from the same file
				}
				Files.write(file, data);
				EditingSession session = new EditingSession(STORE.open(base));
				sessions.add(session);
				int count = session.restoreRecovery();
				// Undo and redo run on this thread, the session's owner (its threading rule).
				checkRestored(session, count);
				return count;
			});
			EditingSession session = sessions.get(sessions.size() - 1);
			if (restored.error() != null) {
				FuzzChecks.assertClearError(restored.error(), StoreException.class, PARSER_REPORT, LocalState.RECOVERY);
				session.flushRecovery();
				FuzzChecks.assertUnchanged(before, FuzzChecks.snapshot(base, f -> true), "a refused recovery file");
				return;
			}
			session.flushRecovery();
			FuzzChecks.assertUnchanged(without(before, LocalState.RECOVERY),
					without(FuzzChecks.snapshot(base, f -> true), LocalState.RECOVERY), "restoring");
		} finally {
			for (EditingSession session : sessions) {
				session.dispose();
			}
		}
		checkSaves(data);
	}

	private static void checkRestored(EditingSession session, int count) throws Exception {
		if (count > 0) {
			assertTrue(session.isDirty() && session.canUndo(), () -> "reported " + count + " entries restored, but nothing changed");
		}
		Playbook playbook = session.playbook().playbook();
		checkConsistent(playbook);
		if (session.canUndo()) {
			Map<String, List<String>> restored = fingerprint(playbook);
			session.undo();
			assertEquals(fingerprint(STORE.open(base).playbook()), fingerprint(playbook), "undo brings back the playbook as it was");
			session.redo();
			assertEquals(restored, fingerprint(playbook), "redo brings back the restored playbook");
		}
	}

	/** The restored playbook is saved in a copy of the folder and loads again as it was restored. */
	private static void checkSaves(byte[] data) throws Exception {
		Path copy = work.resolve("copy-" + (round++));
		copyFolder(base, copy);
		Files.write(LocalState.file(copy, LocalState.RECOVERY), data);
		EditingSession session = new EditingSession(STORE.open(copy));
		try {
			session.restoreRecovery();
			Map<String, List<String>> restored = fingerprint(session.playbook().playbook());
			session.save();
			OpenPlaybook again = STORE.open(copy);
			assertEquals(restored, fingerprint(again.playbook()), "the restored playbook saves and loads as it was");
		} finally {
			session.dispose();
			deleteFolder(copy);
		}
	}

	/** Every entry is contained by the playbook in the list of its type, every element has its own id. */
	private static void checkConsistent(Playbook playbook) {
		Set<String> ids = new HashSet<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			for (Object entry : (List<?>) playbook.eGet(kind.containment())) {
				EObject element = (EObject) entry;
				assertSame(kind.type(), element.eClass(), () -> "a " + element.eClass().getName() + " in " + kind.folder());
				assertSame(playbook, element.eContainer(), "an entry outside the playbook");
			}
		}
		for (EObject element : Elements.all(playbook)) {
			String id = ((Identified) element).getId();
			assertNotNull(id, "an element without an id");
			assertTrue(ids.add(id), () -> "two elements with the id " + id);
		}
	}

	/** The playbook's fields and every element's fields, links by id, by element id. */
	static Map<String, List<String>> fingerprint(Playbook playbook) {
		Map<String, List<String>> all = new TreeMap<>();
		List<EObject> elements = new ArrayList<>(Elements.all(playbook));
		elements.add(playbook);
		for (EObject element : elements) {
			List<String> values = new ArrayList<>();
			values.add(element.eClass().getName());
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				values.add(attribute.getName() + "=" + element.eGet(attribute));
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isTransient() || reference.isContainer()) {
					continue;
				}
				Object value = element.eGet(reference, false);
				List<String> targets = new ArrayList<>();
				for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
					targets.add(target instanceof InternalEObject proxy && proxy.eIsProxy() ? "proxy:" + proxy.eProxyURI().fragment()
							: ((Identified) target).getId());
				}
				values.add(reference.getName() + "=" + targets);
			}
			all.put(((Identified) element).getId(), values);
		}
		return all;
	}

	private static Map<String, String> without(Map<String, String> files, String name) {
		Map<String, String> rest = new TreeMap<>(files);
		rest.keySet().removeIf(f -> f.endsWith("/" + name));
		return rest;
	}

	private static synchronized void setUp() throws Exception {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-recovery");
		base = work.resolve("playbook");
		StarterPlaybook.copyTo(base);
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (work != null) {
			deleteFolder(work);
			work = null;
		}
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	private static void deleteFolder(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}
}
