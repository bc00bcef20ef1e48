package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.core.store.XmiPlaybookStore;
import parley.testsupport.Playbooks;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/**
 * The threading rule of the model (issue 12, ARCHITECTURE.md "Threading"): it changes only on the editing session's
 * owner thread; other threads read it through a {@link BackgroundRead}, whose result counts only if no command ran.
 */
class TestThreadingRule {

	@TempDir
	Path tmp;
	private EditingSession session;
	private Technique technique;
	private String title;

	@BeforeEach
	void open() throws Exception {
		Playbooks.starter(tmp);
		session = new EditingSession(new XmiPlaybookStore().open(tmp));
		technique = session.playbook().playbook().getTechniques().get(0);
		title = technique.getTitle();
	}

	@AfterEach
	void close() {
		session.dispose();
	}

	@Test
	void anEditFromAnotherThreadIsRefusedAndChangesNothing() {
		Throwable refused = failureOn(() -> session.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Elsewhere"));
		assertInstanceOf(IllegalStateException.class, refused);
		assertTrue(refused.getMessage().contains("belongs to thread '" + Thread.currentThread().getName() + "'"),
				refused.getMessage());
		assertEquals(title, technique.getTitle());
		assertFalse(session.isDirty());

		assertTrue(session.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Here"), "the owner edits as before");
		assertInstanceOf(IllegalStateException.class, failureOn(session::undo));
		assertInstanceOf(IllegalStateException.class, failureOn(() -> {
			try {
				session.save();
			} catch (parley.core.store.StoreException e) {
				throw new AssertionError(e);
			}
		}));
		assertEquals("Here", technique.getTitle(), "undo from another thread changed nothing");
		assertTrue(session.isDirty());
	}

	@Test
	void aBackgroundReadCountsOnlyWhenNoCommandRanMeanwhile() {
		Queue<Runnable> worker = new ArrayDeque<>();
		Queue<Runnable> owner = new ArrayDeque<>();
		List<String> delivered = new ArrayList<>();
		int[] stale = { 0 };

		BackgroundRead.run(session, worker::add, owner::add, p -> p.getTechniques().get(0).getTitle(), delivered::add,
				() -> stale[0]++);
		drain(worker);
		drain(owner);
		assertEquals(List.of(title), delivered);

		BackgroundRead.run(session, worker::add, owner::add, p -> p.getTechniques().get(0).getTitle(), delivered::add,
				() -> stale[0]++);
		drain(worker); // read the old title ...
		session.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Changed meanwhile"); // ... then a command ran
		drain(owner);
		assertEquals(List.of(title), delivered, "a result read before the command was delivered");
		assertEquals(1, stale[0], "the caller was not told to read again");

		BackgroundRead.<String>run(session, worker::add, owner::add, p -> {
			throw new java.util.ConcurrentModificationException("a list changed under the read");
		}, delivered::add, () -> stale[0]++);
		drain(worker);
		drain(owner);
		assertEquals(2, stale[0], "a read that tripped over a command counts as stale");
	}

	@Test
	void aStaleReadHandsItsResultBackSoItCanBeReleased() {
		Queue<Runnable> worker = new ArrayDeque<>();
		Queue<Runnable> owner = new ArrayDeque<>();
		List<Built> delivered = new ArrayList<>();
		List<Built> stale = new ArrayList<>();

		BackgroundRead.run(session, worker::add, owner::add, p -> new Built(p.getTechniques().get(0).getTitle()),
				delivered::add, stale::add);
		drain(worker); // built from the old title ...
		session.set(technique, PlaybookPackage.Literals.ENTRY__TITLE, "Changed meanwhile"); // ... then a command ran
		drain(owner);
		assertEquals(List.of(), delivered, "a result built before the command was delivered");
		assertEquals(1, stale.size(), "the stale result was not handed back, so what it holds would leak");
		assertEquals(title, stale.get(0).title());
		stale.get(0).close();
		assertTrue(stale.get(0).closed[0]);

		BackgroundRead.<Built>run(session, worker::add, owner::add, p -> {
			throw new java.util.ConcurrentModificationException("a list changed under the read");
		}, delivered::add, stale::add);
		drain(worker);
		drain(owner);
		assertEquals(2, stale.size(), "a read that tripped over a command is stale, with nothing built");
		assertEquals(null, stale.get(1));

		BackgroundRead.run(session, worker::add, owner::add, p -> new Built(p.getTechniques().get(0).getTitle()),
				delivered::add, stale::add);
		drain(worker);
		drain(owner);
		assertEquals(List.of("Changed meanwhile"), delivered.stream().map(Built::title).toList());
		assertEquals(2, stale.size(), "a read that saw no command is not stale");
	}

	/** Something a read builds that must be released (an index, say). */
	private record Built(String title, boolean[] closed) implements AutoCloseable {
		Built(String title) {
			this(title, new boolean[1]);
		}

		@Override
		public void close() {
			closed[0] = true;
		}
	}

	@Test
	void aBackgroundReadMustStartOnTheOwnerThread() {
		Throwable refused = failureOn(() -> BackgroundRead.run(session, Runnable::run, Runnable::run,
				p -> p.getTitle(), x -> {
				}, () -> {
				}));
		assertInstanceOf(IllegalStateException.class, refused);
	}

	private static void drain(Queue<Runnable> tasks) {
		while (!tasks.isEmpty()) {
			tasks.poll().run();
		}
	}

	private static Throwable failureOn(Runnable work) {
		try {
			CompletableFuture.runAsync(work).get();
			return null;
		} catch (ExecutionException e) {
			return e.getCause();
		} catch (InterruptedException e) {
			throw new AssertionError(e);
		}
	}
}
