package parley.publish.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Element;

import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.publish.WhatChanged;

/**
 * "What changed since VERSION", written to brief a team: entries added, changed, retired and removed, each in its
 * own group. A phrase is named by its wording. A changed entry shows each changed field's old and new text side
 * by side with the words deleted and inserted marked, list items added and removed, and the pages of this edition
 * where its changed wording is printed (each marked there by a bar in the margin, see {@link ManualDocument}).
 * Retired phrases are listed under "Stop saying" with what to say instead.
 */
final class ChangesSection {

	/** Curation bookkeeping a team is not briefed on. */
	private static final Set<String> UNBRIEFED = Set.of("status", "owner", "reviewer", "lastReviewed",
			"reviewIntervalDays", "created", "modified", "editedBy", "events", "comments");

	/** Where the section refers to entries: links with pages in a manual, plain names in a handout. */
	interface Refs {
		/** A reference to an entry of the edition. */
		void to(Element parent, Entry entry, String text);

		/** The pages of this edition where the entry's changed wording is printed (empty when unknown). */
		List<Integer> pagesOf(Entry entry);

		/** Whether the entries are printed in the same document, with change bars. */
		boolean paged();
	}

	private final Xhtml x;
	private final Edition edition;
	private final Refs refs;

	ChangesSection(Xhtml x, Edition edition, Refs refs) {
		this.x = x;
		this.edition = edition;
		this.refs = refs;
	}

	/** Whether a change is shown: added and changed entries this edition leaves out are not named. */
	boolean shows(WhatChanged.Change change) {
		return change.kind() == WhatChanged.Kind.REMOVED || change.kind() == WhatChanged.Kind.RETIRED
				|| inEdition(change.id());
	}

	/** Whether a field's change is shown to the team (not curation bookkeeping). */
	static boolean briefed(WhatChanged.Field field) {
		return !UNBRIEFED.contains(field.field());
	}

	void write(Element part, WhatChanged all) {
		WhatChanged changes = new WhatChanged(all.since(), all.changes().stream().filter(this::shows).toList());
		if (changes.changes().isEmpty()) {
			x.add(part, "p", "intro", "Nothing in " + (all.changes().isEmpty() ? "the playbook" : "this edition")
					+ " changed since " + changes.since() + ".");
			return;
		}
		boolean retirements = changes.changes().stream().anyMatch(c -> c.kind() == WhatChanged.Kind.RETIRED);
		x.add(part, "p", "intro", "Entries added, changed" + (retirements ? ", retired" : "") + " and removed since "
				+ changes.since() + ". Old wording is struck through, new wording underlined"
				+ (refs.paged() ? "; a bar in the margin marks changed wording on the pages listed." : "."));
		for (WhatChanged.Kind kind : WhatChanged.Kind.values()) {
			List<WhatChanged.Change> ofKind = changes.changes().stream().filter(c -> c.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			switch (kind) {
			case RETIRED -> retired(part, ofKind);
			case CHANGED -> changed(part, ofKind);
			default -> listed(part, kind, ofKind);
			}
		}
	}

	private void listed(Element part, WhatChanged.Kind kind, List<WhatChanged.Change> ofKind) {
		x.add(part, "h2", "change-kind", Words.capitalised(kind.name().toLowerCase(Locale.ROOT)) + " (" + ofKind.size() + ")");
		Element list = x.add(part, "ul", "changes");
		for (WhatChanged.Change change : ofKind) {
			Element item = x.add(list, "li", null);
			name(item, change, kind == WhatChanged.Kind.REMOVED ? null : entryById(change.id()));
		}
	}

	/** "Phrase: “wording” (p. 12)", "Technique: Title (p. 12)"; a removed entry by its last title. */
	private void name(Element parent, WhatChanged.Change change, Entry entry) {
		x.add(parent, "span", "type", Words.capitalised(change.type()) + ": ");
		String name = entry == null ? change.title() : nameOf(entry);
		if (entry != null && edition.includes(entry)) {
			refs.to(parent, entry, name);
		} else {
			x.text(parent, name);
		}
	}

	private static String nameOf(Entry entry) {
		return entry instanceof Phrase phrase && Words.present(phrase.getText()) ? Words.quoted(phrase.getText())
				: entry.getTitle();
	}

	private void changed(Element part, List<WhatChanged.Change> changed) {
		x.add(part, "h2", "change-kind", "Changed (" + changed.size() + ")");
		for (WhatChanged.Change change : changed) {
			Entry entry = entryById(change.id());
			Element block = x.add(part, "div", "change");
			Element head = x.add(block, "p", "change-head");
			name(head, change, entry);
			List<Integer> pages = entry == null ? List.of() : refs.pagesOf(entry);
			if (!pages.isEmpty()) {
				x.add(head, "span", "printed", (pages.size() == 1 ? " \u2014 printed on p.\u00A0" : " \u2014 printed on pp.\u00A0")
						+ String.join(", ", pages.stream().map(String::valueOf).toList()));
			}
			List<WhatChanged.Field> details = change.details().stream().filter(ChangesSection::briefed).toList();
			if (details.isEmpty()) {
				if (!change.fields().isEmpty()) {
					x.add(head, "span", "fields", " \u2014 " + String.join(", ", change.fields()));
				}
				continue;
			}
			for (WhatChanged.Field field : details) {
				detail(block, field);
			}
		}
	}

	private void detail(Element block, WhatChanged.Field field) {
		String label = Words.capitalised(field.field().equals("text") ? "wording" : field.label());
		boolean list = !field.added().isEmpty() || !field.removed().isEmpty();
		if (Words.present(field.before()) && Words.present(field.after()) && !list) {
			x.add(block, "p", "diff-label", label);
			Element table = x.add(block, "table", "diff");
			Element row = x.add(x.add(table, "thead", null), "tr", null);
			x.add(row, "th", "before", "Before").setAttribute("scope", "col");
			x.add(row, "th", "after", "Now").setAttribute("scope", "col");
			Element tr = x.add(x.add(table, "tbody", null), "tr", null);
			WordDiff.Sides sides = WordDiff.compare(field.before(), field.after());
			runs(x.add(tr, "td", "before"), sides.before(), "del");
			runs(x.add(tr, "td", "after"), sides.after(), "ins");
			return;
		}
		Element p = x.add(block, "p", "diff-list");
		x.add(p, "span", "label", label + ": ");
		if (list) {
			boolean first = true;
			for (String added : field.added()) {
				if (!first) {
					x.text(p, "; ");
				}
				x.add(p, "ins", null, added);
				first = false;
			}
			for (String removed : field.removed()) {
				if (!first) {
					x.text(p, "; ");
				}
				x.add(p, "del", null, removed);
				first = false;
			}
		} else if (Words.present(field.after())) {
			x.add(p, "ins", null, field.after());
		} else if (Words.present(field.before())) {
			x.add(p, "del", null, field.before());
		} else {
			x.text(p, "moved"); // a step that moved keeps its wording
		}
	}

	private void runs(Element cell, List<WordDiff.Run> runs, String mark) {
		for (WordDiff.Run run : runs) {
			if (run.changed()) {
				String words = run.text().stripTrailing(); // the space after the last word is not marked
				x.add(cell, mark, null, words);
				if (words.length() < run.text().length()) {
					x.text(cell, run.text().substring(words.length()));
				}
			} else {
				x.text(cell, run.text());
			}
		}
	}

	/**
	 * Retired entries: phrases under "Stop saying", each with what to say instead (the phrase that replaced it,
	 * else the recommended phrases it named); other entries under "Retired", with their replacement. Only
	 * replacements in this edition are named, so nothing unapproved slips in as advice.
	 */
	private void retired(Element part, List<WhatChanged.Change> retired) {
		List<WhatChanged.Change> phrases = retired.stream().filter(c -> c.type().equals("phrase")).toList();
		List<WhatChanged.Change> others = retired.stream().filter(c -> !c.type().equals("phrase")).toList();
		if (!phrases.isEmpty()) {
			x.add(part, "h2", "change-kind", ManualDocument.STOP_SAYING);
			Element list = x.add(part, "ul", "changes stop-saying");
			for (WhatChanged.Change change : phrases) {
				Entry entry = playbookEntry(change.id());
				Phrase phrase = entry instanceof Phrase p ? p : null;
				Element item = x.add(list, "li", null);
				x.add(item, "span", "label", "Stop saying ");
				x.add(item, "span", "retired-wording",
						phrase != null && Words.present(phrase.getText()) ? Words.quoted(phrase.getText()) : change.title());
				List<Phrase> instead = phrase == null ? List.of() : sayInstead(phrase);
				if (!instead.isEmpty()) {
					x.text(item, " \u2014 say instead ");
					for (int i = 0; i < instead.size(); i++) {
						if (i > 0) {
							x.text(item, " or ");
						}
						refs.to(item, instead.get(i), Words.quoted(instead.get(i).getText()));
						DraftMark.after(x, item, edition, instead.get(i));
					}
				}
			}
		}
		if (!others.isEmpty()) {
			x.add(part, "h2", "change-kind", "Retired (" + others.size() + ")");
			Element list = x.add(part, "ul", "changes");
			for (WhatChanged.Change change : others) {
				Element item = x.add(list, "li", null);
				x.add(item, "span", "type", Words.capitalised(change.type()) + ": ");
				x.text(item, change.title());
				Entry entry = playbookEntry(change.id());
				Entry by = entry == null ? null : entry.getReplacedBy();
				if (by != null && !by.eIsProxy()) {
					x.add(item, "span", "fields", " \u2014 replaced by ");
					if (edition.includes(by)) {
						refs.to(item, by, by.getTitle());
					} else {
						x.add(item, "span", "not-included", by.getTitle());
					}
				}
			}
		}
	}

	/**
	 * What to say instead of a retired phrase: the phrase that replaced it when that is a recommended one, else
	 * the recommended phrases the replacement or the retired phrase itself named; only those in this edition.
	 */
	private List<Phrase> sayInstead(Phrase retired) {
		List<Phrase> candidates = new ArrayList<>();
		if (retired.getReplacedBy() instanceof Phrase by && !by.eIsProxy()) {
			if (by.getKind() == PhraseKind.RECOMMENDED) {
				candidates.add(by);
			} else {
				candidates.addAll(by.getReplacements());
			}
		}
		List<Phrase> say = candidates.stream().filter(this::recommendedHere).toList();
		return say.isEmpty() ? retired.getReplacements().stream().filter(this::recommendedHere).toList() : say;
	}

	private boolean recommendedHere(Phrase phrase) {
		return !phrase.eIsProxy() && phrase.getKind() == PhraseKind.RECOMMENDED && edition.includes(phrase);
	}

	private boolean inEdition(String id) {
		Entry entry = entryById(id);
		return entry != null && edition.includes(entry);
	}

	/** An entry of the playbook (in this edition or not), or null. */
	private Entry playbookEntry(String id) {
		for (Collection<? extends Entry> list : List.of(edition.playbook().getPhrases(),
				edition.playbook().getTechniques(), edition.playbook().getScenarios(), edition.playbook().getSources())) {
			for (Entry entry : list) {
				if (id.equals(entry.getId())) {
					return entry;
				}
			}
		}
		return null;
	}

	/** An entry of this edition, or null. */
	Entry entryById(String id) {
		for (Collection<? extends Entry> list : List.of(edition.scenarios(), edition.techniques(), edition.phrases(),
				edition.sources())) {
			for (Entry entry : list) {
				if (entry.getId().equals(id)) {
					return entry;
				}
			}
		}
		return null;
	}
}
