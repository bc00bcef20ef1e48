package parley.core.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.core.edit.EditingSession;
import parley.core.edit.NewEntities;
import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Technique;

/**
 * Settles candidates of the inbox through an editing session, the one place the command line and the workbench
 * do it:
 * <ul>
 * <li>{@link #accept}: a new <em>draft</em> entry from the candidate, citing its source (an avoid-phrase also
 * brings the wording the document pairs with it, as a recommended phrase it is replaced by), one undoable
 * command;</li>
 * <li>{@link #merge}: the candidate's wording added to an existing entry (a technique's step, a scenario's
 * signal, a phrase's usage note) and its source cited there, one undoable command;</li>
 * <li>{@link #discard} and {@link #restore}: the inbox only.</li>
 * </ul>
 * Decisions are recorded on the candidates in memory; the caller saves the playbook, then the inbox
 * ({@link InboxStore}). Accepting never approves: entries start as drafts and go through review.
 */
public final class InboxDecisions {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private final EditingSession session;
	private final Clock clock;

	public InboxDecisions(EditingSession session, Clock clock) {
		this.session = session;
		this.clock = clock;
	}

	/** Finds a candidate by id or id prefix (at least 4 characters). */
	public static Candidate find(Inbox inbox, String id) throws InboxException {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		List<Candidate> found = new ArrayList<>();
		for (Candidate candidate : inbox.getCandidates()) {
			String own = candidate.getId().toLowerCase(Locale.ROOT);
			if (own.equals(wanted)) {
				return candidate;
			}
			if (wanted.length() >= 4 && own.startsWith(wanted)) {
				found.add(candidate);
			}
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			throw new InboxException("There is no candidate '" + id + "' in the inbox; 'parley inbox' lists them with their ids.");
		}
		throw new InboxException("'" + id + "' starts the ids of " + found.size()
				+ " candidates; give more of the id ('parley inbox' lists them).");
	}

	/**
	 * Accepts {@code candidate} as a new draft entry of kind {@code as} (null: the kind it was found as).
	 *
	 * @return the new entry
	 * @throws InboxException when the candidate was already accepted or merged (its entry is named)
	 */
	public Entry accept(Candidate candidate, CandidateKind as) throws InboxException {
		Map<String, Entry> entries = CandidateState.entriesById(session.playbook().playbook());
		checkPending(candidate, entries);
		CandidateKind kind = as == null ? candidate.getKind() : as;
		Source source = source(candidate, entries);
		CompoundCommand command = new CompoundCommand("Accept " + kind.getLiteral() + " '" + candidate.getTitle() + "'");
		Entry entry = newEntry(candidate, kind, source, command);
		Candidate replacement = candidate.getReplacement();
		Entry replacementEntry = null;
		boolean replacementNew = false;
		if (entry instanceof Phrase phrase && phrase.getKind() == PhraseKind.AVOID && replacement != null
				&& CandidateState.of(replacement, entries) != CandidateState.DISCARDED) {
			replacementNew = CandidateState.of(replacement, entries) == CandidateState.PENDING;
			replacementEntry = replacementNew ? newEntry(replacement, CandidateKind.PHRASE, source, command)
					: entries.get(replacement.getEntryId());
			if (replacementEntry instanceof Phrase recommended && recommended.getKind() == PhraseKind.RECOMMENDED) {
				phrase.getReplacements().add(recommended); // a new object: part of what the command adds
			}
		}
		if (!session.executeEdit(command.getLabel(), command)) {
			throw new InboxException("Could not add the entry for candidate " + candidate.getId() + ".");
		}
		decide(candidate, CandidateDecision.ACCEPTED, entry);
		if (replacementNew) {
			decide(replacement, CandidateDecision.ACCEPTED, replacementEntry);
		}
		return entry;
	}

	/**
	 * Merges {@code candidate} into {@code target}: its wording is added where the entry type keeps such text
	 * (a technique's steps, a scenario's signals, a phrase's or source's notes) unless the entry already holds it,
	 * and the candidate's source is cited.
	 */
	public void merge(Candidate candidate, Entry target) throws InboxException {
		Map<String, Entry> entries = CandidateState.entriesById(session.playbook().playbook());
		checkPending(candidate, entries);
		if (target == null || target.eContainer() != session.playbook().playbook()) {
			throw new InboxException("The entry to merge into is not in this playbook.");
		}
		Source source = source(candidate, entries);
		EditingDomain domain = session.domain();
		CompoundCommand command = new CompoundCommand("Merge '" + candidate.getTitle() + "' into " + Labels.describe(target));
		String text = wording(candidate);
		if (!CandidateState.holds(target, text)) {
			if (target instanceof Technique) {
				command.append(AddCommand.create(domain, target, P.getTechnique_Steps(), text));
			} else if (target instanceof Scenario) {
				command.append(AddCommand.create(domain, target, P.getScenario_Signals(), text));
			} else if (target instanceof Phrase phrase) {
				command.append(SetCommand.create(domain, target, P.getPhrase_Usage(), appended(phrase.getUsage(), text)));
			} else if (target instanceof Source s) {
				command.append(SetCommand.create(domain, target, P.getSource_Summary(), appended(s.getSummary(), text)));
			}
		}
		if (source != null && source != target && !target.getSources().contains(source)) {
			command.append(AddCommand.create(domain, target, P.getEntry_Sources(), source));
		}
		if (!command.isEmpty() && !session.executeEdit(command.getLabel(), command, target)) {
			throw new InboxException("Could not merge candidate " + candidate.getId() + " into " + Labels.describe(target) + ".");
		}
		decide(candidate, CandidateDecision.MERGED, target);
	}

	/** Discards a waiting candidate (kept in the inbox, hidden; {@link #restore} brings it back). */
	public void discard(Candidate candidate) throws InboxException {
		checkPending(candidate, CandidateState.entriesById(session.playbook().playbook()));
		decide(candidate, CandidateDecision.DISCARDED, null);
	}

	/** Puts a discarded candidate back among the waiting ones. */
	public void restore(Candidate candidate) throws InboxException {
		if (candidate.getDecision() != CandidateDecision.DISCARDED) {
			throw new InboxException("Candidate " + candidate.getId() + " was not discarded.");
		}
		candidate.setDecision(CandidateDecision.PENDING);
		candidate.setDecidedBy(null);
		candidate.setDecidedAt(null);
	}

	private static void checkPending(Candidate candidate, Map<String, Entry> entries) throws InboxException {
		CandidateState state = CandidateState.of(candidate, entries);
		switch (state) {
		case PENDING:
			return;
		case WITHDRAWN:
			throw new InboxException("The source of candidate " + candidate.getId() + " is not in the playbook: its"
					+ " import was undone or not saved. Import " + (candidate.getDocument() == null ? "the document"
							: candidate.getDocument()) + " again to file its candidates anew.");
		case DISCARDED:
			throw new InboxException("Candidate " + candidate.getId() + " was discarded; bring it back first"
					+ " ('parley inbox --discarded', then 'parley discard --undo " + candidate.getId() + "').");
		default:
			throw new InboxException("Candidate " + candidate.getId() + " is already " + state.name().toLowerCase(Locale.ROOT)
					+ (state == CandidateState.ACCEPTED ? " as " : " into ") + Labels.describe(entries.get(candidate.getEntryId()))
					+ ".");
		}
	}

	private static Source source(Candidate candidate, Map<String, Entry> entries) {
		return candidate.getSourceId() != null && entries.get(candidate.getSourceId()) instanceof Source s ? s : null;
	}

	/** A new draft entry for {@code candidate}, added to the playbook by {@code command}. */
	private Entry newEntry(Candidate candidate, CandidateKind kind, Source source, CompoundCommand command) {
		EClass type = switch (kind) {
		case TECHNIQUE -> P.getTechnique();
		case PHRASE -> P.getPhrase();
		case SCENARIO -> P.getScenario();
		};
		Entry entry = (Entry) NewEntities.create(type, candidate.getTitle());
		String text = wording(candidate);
		if (entry instanceof Phrase phrase) {
			phrase.setText(text);
			phrase.setKind(candidate.getPhraseKind() == null ? PhraseKind.RECOMMENDED : candidate.getPhraseKind());
		} else if (entry instanceof Technique technique) {
			if (!text.equals(candidate.getTitle())) {
				technique.setSummary(text);
			}
		} else if (entry instanceof Scenario scenario) {
			scenario.setSituation(text);
		}
		if (source != null) {
			entry.getSources().add(source);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		entry.setCreated(now);
		entry.setModified(now);
		entry.setEditedBy(session.editor());
		command.append(AddCommand.create(session.domain(), session.playbook().playbook(),
				PlaybookLayout.kindOf(type).containment(), entry));
		return entry;
	}

	private static String wording(Candidate candidate) {
		return candidate.getText() == null || candidate.getText().isBlank() ? candidate.getTitle() : candidate.getText().strip();
	}

	private static String appended(String existing, String text) {
		return existing == null || existing.isBlank() ? text : existing.strip() + "\n" + text;
	}

	private void decide(Candidate candidate, CandidateDecision decision, Entry entry) {
		candidate.setDecision(decision);
		candidate.setEntryId(entry == null ? null : entry.getId());
		candidate.setDecidedBy(session.editor());
		candidate.setDecidedAt(clock.instant().truncatedTo(ChronoUnit.SECONDS));
	}
}
