package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.junit.jupiter.api.Test;

import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/** Ids are given when an element is created (issue 12, threading rule): reading one never changes the model. */
class TestIds {

	@Test
	void aNewElementHasItsIdBeforeAnyoneAsks() {
		Technique t = PlaybookFactory.eINSTANCE.createTechnique();
		List<Notification> seen = new ArrayList<>();
		t.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				seen.add(n);
			}
		});
		assertTrue(t.eIsSet(PlaybookPackage.Literals.IDENTIFIED__ID), "the id is set from the start");
		String id = t.getId();
		assertNotNull(id);
		assertEquals(id, t.getId());
		assertEquals(List.of(), seen, "reading the id changed the element");
		UUID parsed = UUID.fromString(id);
		assertEquals(4, parsed.version());
		assertEquals(2, parsed.variant());
		assertEquals(parsed.toString(), id);
	}

	@Test
	void twoThreadsReadTheSameId() throws Exception {
		for (int i = 0; i < 200; i++) {
			Technique t = PlaybookFactory.eINSTANCE.createTechnique();
			CompletableFuture<String> other = CompletableFuture.supplyAsync(t::getId);
			String mine = t.getId();
			assertEquals(mine, other.get());
		}
	}

	@Test
	void idsAreDistinct() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(PlaybookFactory.eINSTANCE.createTag().getId());
		}
		assertEquals(100_000, ids.size());
	}
}
