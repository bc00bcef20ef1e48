package parley.core.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import parley.core.service.PlaybookQueries;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import parley.model.playbook.Playbook;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/**
 * What became of a candidate, read against the playbook rather than trusted from the inbox: an accepted
 * candidate counts as accepted only while its entry is in the playbook, a merged one only while the entry it was
 * merged into still holds its wording. So undoing an accept, closing without saving, or restoring an older version
 * puts the candidate back in the inbox; nothing the author decided is lost either way. A waiting candidate whose
 * source is gone with an undone or unsaved import is {@link #WITHDRAWN}.
 */
public enum CandidateState {
	/** Waiting for a decision. */
	PENDING,
	/** Accepted: its draft entry is in the playbook. */
	ACCEPTED,
	/** Merged into an entry that holds its wording. */
	MERGED,
	/** Discarded by an author (it can be brought back). */
	DISCARDED,
	/**
	 * Waiting, but its source is not in the playbook: the import that filed it was undone, or closed without
	 * saving. It is not offered; redoing the import brings it back, and importing the document again files its
	 * candidates anew.
	 */
	WITHDRAWN;

	/** The state of {@code candidate} in {@code playbook}. */
	public static CandidateState of(Candidate candidate, Map<String, Entry> entriesById) {
		CandidateDecision decision = candidate.getDecision();
		if (decision == CandidateDecision.DISCARDED) {
			return DISCARDED;
		}
		Entry entry = decision == CandidateDecision.PENDING || candidate.getEntryId() == null ? null
				: entriesById.get(candidate.getEntryId());
		if (entry != null && decision == CandidateDecision.ACCEPTED) {
			return ACCEPTED;
		}
		if (entry != null && holds(entry, candidate.getText())) {
			return MERGED;
		}
		return candidate.getSourceId() != null && !entriesById.containsKey(candidate.getSourceId()) ? WITHDRAWN : PENDING;
	}

	/** The candidates of {@code inbox} in this state, in inbox order. */
	public List<Candidate> in(Inbox inbox, Playbook playbook) {
		Map<String, Entry> entries = entriesById(playbook);
		List<Candidate> found = new ArrayList<>();
		for (Candidate candidate : inbox.getCandidates()) {
			if (of(candidate, entries) == this) {
				found.add(candidate);
			}
		}
		return found;
	}

	/** The playbook's entries by id, for {@link #of}. */
	public static Map<String, Entry> entriesById(Playbook playbook) {
		Map<String, Entry> entries = new HashMap<>();
		for (Entry entry : new PlaybookQueries(playbook).entries()) {
			entries.put(entry.getId(), entry);
		}
		return entries;
	}

	/** Whether any text field of {@code entry} (or of a scenario's steps) contains {@code text}, ignoring case and spacing. */
	static boolean holds(Entry entry, String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		String wanted = normal(text);
		if (holdsText(entry, wanted)) {
			return true;
		}
		if (entry instanceof Scenario scenario) {
			for (Step step : scenario.getSteps()) {
				if (holdsText(step, wanted)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean holdsText(EObject object, String wanted) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = object.eGet(attribute);
			Iterable<?> values = attribute.isMany() ? (Iterable<?>) value : java.util.Collections.singletonList(value);
			for (Object v : values) {
				if (v instanceof String s && normal(s).contains(wanted)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
