package parley.core.curation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.core.service.Labels;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.ReviewComment;
import parley.model.playbook.Status;

/**
 * The curation steps, each built as one undoable EMF command on an editing domain, with the rules that allow it:
 *
 * <pre>
 *   draft ──submit──▶ in review ──approve──▶ approved ──(content edited)──▶ changed since approval
 *     ▲                  │                      │  └─mark reviewed (date only)        │
 *     └──── send back ───┘                      │                                     ├─approve again
 *                                               │                                     └─submit again
 *   any state except retired ──retire [replaced by]──▶ retired ──reopen──▶ draft
 * </pre>
 *
 * An entry approved before approvals were recorded (approved, no approval in its history) may be approved once
 * more: that records what is approved, so later edits show as "changed since approval".
 *
 * Every step appends a {@link CurationEvent} (who, when, comment) to the entry's history; an approval also records
 * the fingerprint and text of the content approved ({@link CuratedContent}). With the playbook's four-eyes setting
 * on, whoever last edited the content may not approve it. The workbench and the CLI run these same commands.
 */
public final class Curator {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private final EditingDomain domain;
	private final String actor;
	private final Clock clock;

	/**
	 * @param actor who takes the steps ("Name &lt;email&gt;" or a name)
	 * @param clock the time recorded on each step and the date of "reviewed"
	 */
	public Curator(EditingDomain domain, String actor, Clock clock) {
		this.domain = domain;
		this.actor = actor == null ? null : actor.strip();
		this.clock = clock;
	}

	/** Sends a draft, or an approved entry that changed since, to review; {@code reviewer} may be null. */
	public Command submit(Entry entry, String reviewer, String note) throws CurationException {
		refuseUnless(entry, CurationAction.SUBMITTED);
		CompoundCommand c = command("Submit " + Labels.describe(entry) + " for review");
		c.append(SetCommand.create(domain, entry, P.getEntry_Status(), Status.IN_REVIEW));
		c.append(SetCommand.create(domain, entry, P.getEntry_Reviewer(), blankToNull(reviewer)));
		c.append(event(entry, CurationAction.SUBMITTED, note));
		return c;
	}

	/** Approves an entry in review, or approves again one that changed since approval. */
	public Command approve(Entry entry, String note) throws CurationException {
		refuseUnless(entry, CurationAction.APPROVED);
		CompoundCommand c = command("Approve " + Labels.describe(entry));
		c.append(SetCommand.create(domain, entry, P.getEntry_Status(), Status.APPROVED));
		c.append(SetCommand.create(domain, entry, P.getEntry_Reviewer(), null));
		c.append(SetCommand.create(domain, entry, P.getEntry_LastReviewed(), today()));
		CurationEvent approval = newEvent(CurationAction.APPROVED, note);
		String content = CuratedContent.of(entry);
		approval.setContent(content);
		approval.setFingerprint(CuratedContent.fingerprint(content));
		c.append(AddCommand.create(domain, entry, P.getEntry_Events(), approval));
		return c;
	}

	/** Returns an entry in review to draft; the note says what to change and is required. */
	public Command sendBack(Entry entry, String note) throws CurationException {
		refuseUnless(entry, CurationAction.RETURNED);
		if (note == null || note.isBlank()) {
			throw new CurationException.IllegalTransition("Sending " + Labels.describe(entry)
					+ " back to draft needs a comment saying what to change.");
		}
		CompoundCommand c = command("Send " + Labels.describe(entry) + " back to draft");
		c.append(SetCommand.create(domain, entry, P.getEntry_Status(), Status.DRAFT));
		c.append(SetCommand.create(domain, entry, P.getEntry_Reviewer(), null));
		c.append(event(entry, CurationAction.RETURNED, note));
		return c;
	}

	/** Retires an entry, optionally naming the entry of the same type that replaces it. */
	public Command retire(Entry entry, Entry replacedBy, String note) throws CurationException {
		refuseUnless(entry, CurationAction.RETIRED);
		if (replacedBy != null) {
			if (replacedBy == entry) {
				throw new CurationException.IllegalTransition(Labels.describe(entry) + " cannot replace itself.");
			}
			if (replacedBy.eClass() != entry.eClass()) {
				throw new CurationException.IllegalTransition(Labels.describe(replacedBy) + " cannot replace "
						+ Labels.describe(entry) + ": a replacement must be of the same type.");
			}
			if (replacedBy.getStatus() == Status.RETIRED) {
				throw new CurationException.IllegalTransition(Labels.describe(replacedBy) + " cannot replace "
						+ Labels.describe(entry) + ": it is retired itself.");
			}
		}
		CompoundCommand c = command("Retire " + Labels.describe(entry));
		c.append(SetCommand.create(domain, entry, P.getEntry_Status(), Status.RETIRED));
		c.append(SetCommand.create(domain, entry, P.getEntry_Reviewer(), null));
		c.append(SetCommand.create(domain, entry, P.getEntry_ReplacedBy(), replacedBy));
		c.append(event(entry, CurationAction.RETIRED, note));
		return c;
	}

	/** Records that an approved entry was reviewed today and still holds; nothing else changes. */
	public Command markReviewed(Entry entry, String note) throws CurationException {
		refuseUnless(entry, CurationAction.REVIEWED);
		CompoundCommand c = command("Mark " + Labels.describe(entry) + " reviewed");
		c.append(SetCommand.create(domain, entry, P.getEntry_LastReviewed(), today()));
		c.append(event(entry, CurationAction.REVIEWED, note));
		return c;
	}

	/** Brings a retired entry back as a draft (its replacement link is cleared). */
	public Command reopen(Entry entry, String note) throws CurationException {
		refuseUnless(entry, CurationAction.REOPENED);
		CompoundCommand c = command("Reopen " + Labels.describe(entry));
		c.append(SetCommand.create(domain, entry, P.getEntry_Status(), Status.DRAFT));
		c.append(SetCommand.create(domain, entry, P.getEntry_ReplacedBy(), null));
		c.append(event(entry, CurationAction.REOPENED, note));
		return c;
	}

	/** Adds a review comment to the entry's thread; allowed in every state. */
	public Command comment(Entry entry, String text) throws CurationException {
		requireActor();
		if (text == null || text.isBlank()) {
			throw new CurationException("A comment on " + Labels.describe(entry) + " needs some text.");
		}
		ReviewComment comment = PlaybookFactory.eINSTANCE.createReviewComment();
		comment.setAuthor(actor);
		comment.setAt(now());
		comment.setText(text.strip());
		CompoundCommand c = command("Comment on " + Labels.describe(entry));
		c.append(AddCommand.create(domain, entry, P.getEntry_Comments(), comment));
		return c;
	}

	/**
	 * Why {@code actor} may not take {@code step} on {@code entry} now, or null if they may. Front ends use it to
	 * enable actions; the step methods throw it.
	 */
	public String refusal(Entry entry, CurationAction step) {
		try {
			refuseUnless(entry, step);
			return null;
		} catch (CurationException e) {
			return e.getMessage();
		}
	}

	private void refuseUnless(Entry entry, CurationAction step) throws CurationException {
		requireActor();
		CurationState state = CurationState.of(entry);
		String what = Labels.describe(entry);
		String problem = switch (step) {
		case SUBMITTED -> state == CurationState.DRAFT || state == CurationState.CHANGED ? null
				: state == CurationState.IN_REVIEW ? what + " is already in review."
				: state == CurationState.APPROVED ? what + " is approved and unchanged since; nothing to review."
				: what + " is retired; reopen it first.";
		case APPROVED -> state == CurationState.IN_REVIEW || state == CurationState.CHANGED
				|| state == CurationState.APPROVED && CuratedContent.lastApproval(entry) == null ? null // records it
				: state == CurationState.DRAFT ? what + " is a draft; submit it for review before approving it."
				: state == CurationState.APPROVED ? what + " is already approved and unchanged since."
				: what + " is retired; reopen it and submit it for review first.";
		case RETURNED -> state == CurationState.IN_REVIEW ? null
				: what + " is " + state.label() + ", not in review; only an entry in review can be sent back.";
		case RETIRED -> state == CurationState.RETIRED ? what + " is already retired." : null;
		case REVIEWED -> state == CurationState.APPROVED ? null
				: state == CurationState.CHANGED ? what + " changed since its approval; approve it again instead"
						+ " (marking it reviewed would approve text nobody has approved)."
				: what + " is " + state.label() + "; only an approved entry can be marked reviewed.";
		case REOPENED -> state == CurationState.RETIRED ? null : what + " is " + state.label() + ", not retired.";
		};
		if (problem != null) {
			throw new CurationException.IllegalTransition(problem);
		}
		if (step == CurationAction.APPROVED && entry.eContainer() instanceof Playbook playbook && playbook.isFourEyes()
				&& People.same(actor, entry.getEditedBy())) {
			throw new CurationException.FourEyes("This playbook requires four eyes: " + People.shortName(actor)
					+ " last edited " + what + ", so someone else must approve it.");
		}
	}

	private void requireActor() throws CurationException {
		if (actor == null || actor.isEmpty()) {
			throw new CurationException("Curation steps record who took them, and no name is known: set your name"
					+ " (an author) first.");
		}
	}

	private Command event(Entry entry, CurationAction action, String note) {
		return AddCommand.create(domain, entry, P.getEntry_Events(), newEvent(action, note));
	}

	private CurationEvent newEvent(CurationAction action, String note) {
		CurationEvent event = PlaybookFactory.eINSTANCE.createCurationEvent();
		event.setAction(action);
		event.setBy(actor);
		event.setAt(now());
		event.setComment(blankToNull(note));
		return event;
	}

	private static CompoundCommand command(String label) {
		return new CompoundCommand(label);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
