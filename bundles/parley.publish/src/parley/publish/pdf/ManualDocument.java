package parley.publish.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.publish.PublishOptions;
import parley.publish.WhatChanged;

/**
 * The manual as XHTML: cover, contents with page numbers, "what changed", scenarios, techniques, a phrase
 * index and sources. Every section starts on a new page, carries a running element with its name (the
 * page header) and an entry in the PDF outline. Cross references are links whose page number the layout
 * engine fills in ({@code target-counter}).
 * <p>
 * Longer than 400 lines on purpose: it builds one document, section by section, in reading order; each section is
 * a short method and they share the edition and the page references.
 */
public final class ManualDocument {

	/** Section titles: the same words appear as headings, in the contents, the outline and page headers. */
	public static final String CONTENTS = "Contents";
	public static final String SCENARIOS = "Scenarios";
	public static final String TECHNIQUES = "Techniques";
	public static final String PHRASE_INDEX = "Phrase index";
	public static final String SOURCES = "Sources";
	/** The heading in "what changed" of the retired wording, each line with what to say instead. */
	public static final String STOP_SAYING = "Stop saying";

	private final Edition edition;
	private final PublishOptions options;
	private final Xhtml x = new Xhtml("en");
	private final List<Section> sections = new ArrayList<>();

	private record Section(String id, String title, List<Entry> entries) {
	}

	public ManualDocument(Edition edition, PublishOptions options) {
		this.edition = edition;
		this.options = options;
	}

	/** The title printed on the cover and in the metadata. */
	public static String title(Edition edition, PublishOptions options) {
		if (options.title() != null) {
			return options.title();
		}
		String own = edition.playbook().getTitle();
		return Words.present(own) ? own : "De-escalation playbook";
	}

	/** Builds the document; {@code monitor} gets one unit per entry. */
	public Document build(SubMonitor monitor) {
		String title = title(edition, options);
		if (options.whatChanged() != null) {
			sections.add(new Section("sec-changes", changesTitle(options.whatChanged()), List.of()));
		}
		addSection("sec-scenarios", SCENARIOS, edition.scenarios());
		addSection("sec-techniques", TECHNIQUES, edition.techniques());
		if (!edition.phrases().isEmpty()) {
			sections.add(new Section("sec-phrases", PHRASE_INDEX, List.of()));
		}
		addSection("sec-sources", SOURCES, edition.sources());

		Element head = x.add(x.root(), "head", null);
		Head.write(x, head, title, Head.author(edition, options),
				"De-escalation playbook manual, " + options.version()
						+ (edition.unapprovedCount() > 0 ? " (" + DraftMark.COVER + ")" : ""),
				options.version(),
				Xhtml.stylesheet("manual.css"));
		bookmarks(head);
		Element body = x.add(x.root(), "body", null);
		x.add(body, "div", "run-title", title);
		x.add(body, "div", "run-version", options.version() + "  \u00B7  " + Words.date(options.date())
				+ (edition.unapprovedCount() > 0 ? "  \u00B7  " + DraftMark.WORD : ""));
		cover(body, title);
		contents(body);
		monitor.setWorkRemaining(edition.size() + 1);
		for (Section section : sections) {
			Element part = x.add(body, "div", "part");
			x.add(part, "div", "run-section", section.title());
			Element h1 = x.add(part, "h1", null, section.title());
			h1.setAttribute("id", section.id());
			switch (section.id()) {
			case "sec-changes" -> changes(part, options.whatChanged());
			case "sec-scenarios" -> edition.scenarios().forEach(s -> { scenario(part, s); monitor.worked(1); });
			case "sec-techniques" -> edition.techniques().forEach(t -> { technique(part, t); monitor.worked(1); });
			case "sec-phrases" -> { phraseIndex(part); monitor.worked(edition.phrases().size()); }
			case "sec-sources" -> edition.sources().forEach(s -> { source(part, s); monitor.worked(1); });
			default -> throw new IllegalStateException(section.id());
			}
		}
		return x.document();
	}

	private void addSection(String id, String title, List<? extends Entry> entries) {
		if (!entries.isEmpty()) {
			sections.add(new Section(id, title, List.copyOf(entries)));
		}
	}

	static String changesTitle(WhatChanged changes) {
		return "What changed since " + changes.since();
	}

	private void bookmarks(Element head) {
		Element marks = x.add(head, "bookmarks", null);
		mark(marks, CONTENTS, "contents");
		for (Section section : sections) {
			Element mark = mark(marks, section.title(), section.id());
			if (!section.id().equals("sec-sources")) {
				for (Entry entry : section.entries()) {
					mark(mark, entry.getTitle(), Edition.anchor(entry));
				}
			}
		}
	}

	private Element mark(Element parent, String name, String anchor) {
		Element mark = x.add(parent, "bookmark", null);
		mark.setAttribute("name", name);
		mark.setAttribute("href", "#" + anchor);
		return mark;
	}

	private void cover(Element body, String title) {
		Element cover = x.add(body, "div", "cover");
		Element band = x.add(cover, "div", "cover-band");
		if (edition.unapprovedCount() > 0) {
			Element draft = x.add(band, "div", "cover-draft");
			x.add(draft, "p", "cover-draft-mark", DraftMark.COVER);
			x.add(draft, "p", "cover-draft-note", DraftMark.explanation(edition));
		}
		x.add(band, "p", "cover-kicker", "De-escalation playbook");
		x.add(band, "p", "cover-title", title);
		x.add(band, "p", "cover-subtitle", "Manual for customer-service teams");
		Element facts = x.add(cover, "div", "cover-facts");
		String organisation = edition.playbook().getOrganisation();
		if (Words.present(organisation)) {
			x.add(facts, "p", "cover-org", organisation);
		}
		x.add(facts, "p", "cover-version", "Version: " + options.version());
		x.add(facts, "p", "cover-date", Words.date(options.date()));
		String scope = options.selection().describe();
		String which = options.selection().includeUnapproved() ? "approved and unapproved entries"
				: "approved entries only";
		x.add(facts, "p", "cover-scope", scope.isEmpty() ? "The complete playbook: " + which
				: "Selection \u2014 " + scope + (options.selection().includeUnapproved() ? "; " + which : ""));
		x.add(facts, "p", "cover-counts", String.join("  \u00B7  ",
				Words.plural(edition.scenarios().size(), "scenario", "scenarios"),
				Words.plural(edition.techniques().size(), "technique", "techniques"),
				Words.plural(edition.phrases().size(), "phrase", "phrases"),
				Words.plural(edition.sources().size(), "source", "sources")));
		String description = edition.playbook().getDescription();
		if (Words.present(description)) {
			x.add(cover, "p", "cover-description", description);
		}
	}

	private void contents(Element body) {
		Element part = x.add(body, "div", "toc");
		x.add(part, "div", "run-section", CONTENTS);
		Element h1 = x.add(part, "h1", null, CONTENTS);
		h1.setAttribute("id", "contents");
		Element list = x.add(part, "ul", "toc-list");
		for (Section section : sections) {
			Element item = x.add(list, "li", "toc-1");
			x.link(item, "toc-link", section.id(), section.title());
			boolean listEntries = section.id().equals("sec-scenarios") || section.id().equals("sec-techniques");
			if (listEntries) {
				for (Entry entry : section.entries()) {
					Element sub = x.add(list, "li", "toc-2");
					x.link(sub, "toc-link", Edition.anchor(entry), entry.getTitle());
				}
			}
		}
	}

	private void scenario(Element part, Scenario scenario) {
		Element article = entryHeading(part, scenario, "Scenario");
		List<String> facts = new ArrayList<>();
		if (!scenario.getEmotions().isEmpty()) {
			facts.add("Feels: " + Words.literals(scenario.getEmotions()));
		}
		if (!scenario.getChannels().isEmpty()) {
			facts.add("Channels: " + Words.literals(scenario.getChannels()));
		}
		curation(article, scenario, facts);
		if (Words.present(scenario.getSituation())) {
			x.add(article, "h3", null, "The situation");
			x.add(article, "p", null, scenario.getSituation());
		}
		if (!scenario.getSignals().isEmpty()) {
			x.add(article, "h3", null, "Signals to notice");
			Element list = x.add(article, "ul", "signals");
			scenario.getSignals().forEach(signal -> x.add(list, "li", null, signal));
		}
		if (!scenario.getSteps().isEmpty()) {
			x.add(article, "h3", null, "What to do");
			Element steps = x.add(article, "ol", "steps");
			for (Step step : scenario.getSteps()) {
				Element item = x.add(steps, "li", null);
				x.add(item, "p", "step-instruction", step.getInstruction());
				if (!step.getTechniques().isEmpty()) {
					Element apply = x.add(item, "p", "step-apply");
					x.add(apply, "span", "label", "Apply: ");
					references(apply, step.getTechniques());
				}
				for (Phrase phrase : step.getPhrases()) {
					if (edition.includes(phrase)) {
						Element say = x.add(item, "p", phrase.getKind() == PhraseKind.AVOID ? "step-avoid" : "step-say");
						x.add(say, "span", "label", phrase.getKind() == PhraseKind.AVOID ? "Avoid: " : "Say: ");
						x.text(say, Words.quoted(phrase.getText()));
						DraftMark.after(x, say, edition, phrase);
					}
				}
			}
		}
		List<Edition.Pair> pairs = edition.sayInsteadOf(scenario);
		if (!pairs.isEmpty()) {
			x.add(article, "h3", null, "Say this, instead of that");
			Element table = x.add(article, "table", "say-instead");
			Element row = x.add(x.add(table, "thead", null), "tr", null);
			x.add(row, "th", "say", "Say this").setAttribute("scope", "col");
			x.add(row, "th", "instead", "Instead of").setAttribute("scope", "col");
			Element tbody = x.add(table, "tbody", null);
			for (Edition.Pair pair : pairs) {
				Element tr = x.add(tbody, "tr", null);
				DraftMark.after(x, x.add(tr, "td", "say", Words.quoted(pair.say().getText())), edition, pair.say());
				Element instead = x.add(tr, "td", "instead");
				if (pair.insteadOf().isEmpty()) {
					x.text(instead, "\u2014");
				}
				for (Phrase avoid : pair.insteadOf()) {
					DraftMark.after(x, x.add(instead, "p", null, Words.quoted(avoid.getText())), edition, avoid);
				}
			}
		}
		if (Words.present(scenario.getOutcome())) {
			x.add(article, "h3", null, "A good outcome");
			x.add(article, "p", "outcome", scenario.getOutcome());
		}
		sourcesLine(article, scenario);
	}

	private void technique(Element part, Technique technique) {
		Element article = entryHeading(part, technique, "Technique");
		curation(article, technique, new ArrayList<>());
		if (Words.present(technique.getSummary())) {
			x.add(article, "p", "lead", technique.getSummary());
		}
		if (Words.present(technique.getRationale())) {
			x.add(article, "h3", null, "Why it works");
			x.add(article, "p", null, technique.getRationale());
		}
		if (!technique.getSteps().isEmpty()) {
			x.add(article, "h3", null, "How to do it");
			Element list = x.add(article, "ol", "how");
			technique.getSteps().forEach(step -> x.add(list, "li", null, step));
		}
		if (!technique.getPitfalls().isEmpty()) {
			x.add(article, "h3", null, "Pitfalls");
			Element list = x.add(article, "ul", "pitfalls");
			technique.getPitfalls().forEach(pitfall -> x.add(list, "li", null, pitfall));
		}
		List<Phrase> phrases = edition.phrasesOf(technique);
		if (!phrases.isEmpty()) {
			x.add(article, "h3", null, "Phrases");
			Element list = x.add(article, "ul", "phrases");
			for (Phrase phrase : phrases) {
				boolean avoid = phrase.getKind() == PhraseKind.AVOID;
				Element item = x.add(list, "li", avoid ? "avoid" : "say");
				x.add(item, "span", "label", avoid ? "Avoid: " : "Say: ");
				x.text(item, Words.quoted(phrase.getText()));
				DraftMark.after(x, item, edition, phrase);
				List<Phrase> instead = phrase.getReplacements().stream().filter(edition::includes).toList();
				if (avoid && !instead.isEmpty()) {
					Element span = x.add(item, "span", "instead", " \u2192 instead: ");
					for (int i = 0; i < instead.size(); i++) {
						x.text(span, (i > 0 ? " or " : "") + Words.quoted(instead.get(i).getText()));
						DraftMark.after(x, span, edition, instead.get(i));
					}
				}
			}
		}
		List<Technique> related = technique.getRelated().stream().filter(t -> !t.eIsProxy()).toList();
		if (!related.isEmpty()) {
			Element p = x.add(article, "p", "refs");
			x.add(p, "span", "label", "Related techniques: ");
			references(p, related);
		}
		List<Scenario> scenarios = edition.scenariosUsing(technique);
		if (!scenarios.isEmpty()) {
			Element p = x.add(article, "p", "refs");
			x.add(p, "span", "label", "Used in: ");
			references(p, scenarios);
		}
		sourcesLine(article, technique);
	}

	private void phraseIndex(Element part) {
		x.add(part, "p", "intro", "Every phrase in this edition by its wording. \u201CSay\u201D phrases are"
				+ " recommended; \u201CAvoid\u201D phrases escalate and name what to say instead.");
		Element table = x.add(part, "table", "phrase-index");
		Element row = x.add(x.add(table, "thead", null), "tr", null);
		x.add(row, "th", "wording", "Wording").setAttribute("scope", "col");
		x.add(row, "th", "kind", "Kind").setAttribute("scope", "col");
		x.add(row, "th", "where", "Technique").setAttribute("scope", "col");
		Element tbody = x.add(table, "tbody", null);
		List<Phrase> phrases = new ArrayList<>(edition.phrases());
		phrases.sort(Comparator.comparing((Phrase p) -> sortKey(p.getText())).thenComparing(Phrase::getId));
		for (Phrase phrase : phrases) {
			Element tr = x.add(tbody, "tr", null);
			Element wording = x.add(tr, "td", "wording", Words.quoted(phrase.getText()));
			wording.setAttribute("id", Edition.anchor(phrase));
			DraftMark.after(x, wording, edition, phrase);
			boolean avoid = phrase.getKind() == PhraseKind.AVOID;
			x.add(tr, "td", avoid ? "kind avoid" : "kind say", avoid ? "Avoid" : "Say");
			Element where = x.add(tr, "td", "where");
			references(where, phrase.getTechniques());
		}
	}

	private static String sortKey(String text) {
		return text == null ? "" : text.replaceAll("^[\\p{Punct}\u201C\u2018\\s]+", "").toLowerCase(Locale.ROOT);
	}

	private void source(Element part, Source source) {
		Element article = x.add(part, "div", "source");
		Element h2 = x.add(article, "h2", null, source.getTitle());
		h2.setAttribute("id", Edition.anchor(source));
		DraftMark.after(x, h2, edition, source);
		List<String> by = new ArrayList<>();
		if (Words.present(source.getAuthor())) {
			by.add(source.getAuthor());
		}
		if (Words.present(source.getPublisher())) {
			by.add(source.getPublisher());
		}
		if (!by.isEmpty()) {
			x.add(article, "p", "citation", String.join(", ", by));
		}
		if (Words.present(source.getUrl())) {
			x.add(article, "p", "url", source.getUrl());
		}
		if (Words.present(source.getSummary())) {
			x.add(article, "p", null, source.getSummary());
		}
	}

	private void changes(Element part, WhatChanged all) {
		// Added and changed entries that this edition leaves out (drafts, say, in an approved-only edition) are not
		// named: teams read only about what they receive.
		List<WhatChanged.Change> shown = all.changes().stream().filter(c -> c.kind() == WhatChanged.Kind.REMOVED
				|| c.kind() == WhatChanged.Kind.RETIRED || inEdition(c.id())).toList();
		WhatChanged changes = new WhatChanged(all.since(), shown);
		if (changes.changes().isEmpty()) {
			x.add(part, "p", "intro", "Nothing in " + (all.changes().isEmpty() ? "the playbook" : "this edition")
					+ " changed since " + changes.since() + ".");
			return;
		}
		boolean retirements = changes.changes().stream().anyMatch(c -> c.kind() == WhatChanged.Kind.RETIRED);
		x.add(part, "p", "intro", "Entries added, changed" + (retirements ? ", retired" : "") + " and removed since "
				+ changes.since() + ". Page numbers lead to entries in this edition.");
		for (WhatChanged.Kind kind : WhatChanged.Kind.values()) {
			List<WhatChanged.Change> ofKind = changes.changes().stream().filter(c -> c.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			if (kind == WhatChanged.Kind.RETIRED) {
				retired(part, ofKind);
				continue;
			}
			x.add(part, "h2", "change-kind",
					Words.capitalised(kind.name().toLowerCase(Locale.ROOT)) + " (" + ofKind.size() + ")");
			Element list = x.add(part, "ul", "changes");
			for (WhatChanged.Change change : ofKind) {
				Element item = x.add(list, "li", null);
				x.add(item, "span", "type", Words.capitalised(change.type()) + ": ");
				Entry entry = kind == WhatChanged.Kind.REMOVED ? null : entryById(change.id());
				if (entry != null && edition.includes(entry)) {
					x.link(item, "xref", Edition.anchor(entry), change.title());
				} else {
					x.text(item, change.title());
				}
				if (!change.fields().isEmpty()) {
					x.add(item, "span", "fields", " \u2014 " + String.join(", ", change.fields()));
				}
			}
		}
	}

	private boolean inEdition(String id) {
		Entry entry = entryById(id);
		return entry != null && edition.includes(entry);
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
			x.add(part, "h2", "change-kind", STOP_SAYING);
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
						x.link(item, "xref", Edition.anchor(instead.get(i)), Words.quoted(instead.get(i).getText()));
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
					references(item, List.of(by));
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

	private Entry entryById(String id) {
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

	private Element entryHeading(Element part, Entry entry, String kind) {
		Element article = x.add(part, "div", "entry " + kind.toLowerCase(Locale.ROOT));
		Element h2 = x.add(article, "h2", null, entry.getTitle());
		h2.setAttribute("id", Edition.anchor(entry));
		DraftMark.after(x, h2, edition, entry);
		return article;
	}

	private void curation(Element article, Entry entry, List<String> facts) {
		if (!entry.getTags().isEmpty()) {
			facts.add("Tags: " + String.join(", ", entry.getTags().stream().filter(t -> !t.eIsProxy())
					.map(t -> t.getName()).toList()));
		}
		facts.add("Status: " + edition.state(entry).label());
		Element line = x.add(article, "p", "facts", String.join("   \u00B7   ", facts));
		if (entry.getLastReviewed() != null) {
			x.text(line, "   \u00B7   Reviewed ");
			x.add(line, "span", "date", Words.date(entry.getLastReviewed())); // never broken across lines
		}
	}

	/** Links to entries in the edition (the page number follows); others are named as plain text. */
	private void references(Element parent, List<? extends Entry> entries) {
		boolean first = true;
		for (Entry target : entries) {
			if (target.eIsProxy()) {
				continue;
			}
			if (!first) {
				x.text(parent, ", ");
			}
			first = false;
			if (edition.includes(target)) {
				x.link(parent, "xref", Edition.anchor(target), target.getTitle());
			} else {
				x.add(parent, "span", "not-included", target.getTitle());
			}
		}
	}

	private void sourcesLine(Element article, Entry entry) {
		List<Source> cited = entry.getSources().stream().filter(s -> !s.eIsProxy()).toList();
		if (!cited.isEmpty()) {
			Element p = x.add(article, "p", "refs sources");
			x.add(p, "span", "label", cited.size() == 1 ? "Source: " : "Sources: ");
			references(p, cited);
		}
	}
}
