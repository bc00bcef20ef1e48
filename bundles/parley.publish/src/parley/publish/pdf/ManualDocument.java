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
				"De-escalation playbook manual, " + options.version(), options.version(),
				Xhtml.stylesheet("manual.css"));
		bookmarks(head);
		Element body = x.add(x.root(), "body", null);
		x.add(body, "div", "run-title", title);
		x.add(body, "div", "run-version", options.version() + "  \u00B7  " + Words.date(options.date()));
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
		x.add(facts, "p", "cover-scope", scope.isEmpty() ? "The complete playbook" : "Selection \u2014 " + scope);
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
				x.add(tr, "td", "say", Words.quoted(pair.say().getText()));
				Element instead = x.add(tr, "td", "instead");
				if (pair.insteadOf().isEmpty()) {
					x.text(instead, "\u2014");
				}
				for (Phrase avoid : pair.insteadOf()) {
					x.add(instead, "p", null, Words.quoted(avoid.getText()));
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
				if (avoid && !phrase.getReplacements().isEmpty()) {
					x.add(item, "span", "instead", " \u2192 instead: " + String.join(" or ",
							phrase.getReplacements().stream().map(p -> Words.quoted(p.getText())).toList()));
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

	private void changes(Element part, WhatChanged changes) {
		if (changes.changes().isEmpty()) {
			x.add(part, "p", "intro", "Nothing in the playbook changed since " + changes.since() + ".");
			return;
		}
		x.add(part, "p", "intro", "Entries added, changed and removed since " + changes.since()
				+ ". Page numbers lead to entries in this edition.");
		for (WhatChanged.Kind kind : WhatChanged.Kind.values()) {
			List<WhatChanged.Change> ofKind = changes.changes().stream().filter(c -> c.kind() == kind).toList();
			if (ofKind.isEmpty()) {
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
		return article;
	}

	private void curation(Element article, Entry entry, List<String> facts) {
		if (!entry.getTags().isEmpty()) {
			facts.add("Tags: " + String.join(", ", entry.getTags().stream().filter(t -> !t.eIsProxy())
					.map(t -> t.getName()).toList()));
		}
		facts.add("Status: " + Words.literal(entry.getStatus()));
		if (entry.getLastReviewed() != null) {
			facts.add("Reviewed " + Words.date(entry.getLastReviewed()));
		}
		x.add(article, "p", "facts", String.join("   \u00B7   ", facts));
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
