package parley.publish.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;

import parley.model.playbook.Phrase;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import parley.publish.Layout;
import parley.publish.PublishOptions;

/**
 * Role-play kits ({@link Layout#ROLEPLAY}) as XHTML: a cover that says how to run a role-play, then per scenario
 * three parts, each for one person and each starting on a page of its own: the <b>learner brief</b> (the situation,
 * a good outcome, the techniques to practise), the <b>customer card</b> for the role-play partner (who they are, how
 * they feel, the signals to act out, what escalates and what calms them, how the scene ends) and the <b>observer
 * sheet</b> (the steps as a checklist, the avoid-phrases to listen for, a 1–4 rubric per technique, debrief
 * questions). What the parts say comes from {@link RoleplayKit}.
 *
 * <p>As a booklet (the default) every part starts a page, under a running header naming the part and the scenario.
 * Cut apart ({@link PublishOptions#cutApart}) the kit is printed single-sided to hand to three people: the learner
 * brief and the customer card share an A4 sheet, one on each half, with a dashed line to cut along, and the observer
 * sheet has a sheet of its own; each part names its role in large type in a band of the role's colour, so a pile
 * of sheets sorts at a glance. A part that does not fit its half is measured after layout ({@link #revise}) and
 * gets a sheet of its own instead, so nothing is cut short.
 */
public final class RoleplayDocument {

	/** The parts' names: headings, bookmarks and running headers use the same words. */
	public static final String LEARNER = "Learner brief";
	public static final String CUSTOMER = "Customer card";
	public static final String OBSERVER = "Observer sheet";

	/** The roles, as the cut-apart parts name them in large type. */
	static final String LEARNER_ROLE = "Learner";
	static final String CUSTOMER_ROLE = "Customer";
	static final String OBSERVER_ROLE = "Observer";

	/** A half sheet's text area in mm (roleplay-cut.css: the half less its padding and foot line). */
	static final double HALF_TEXT_HEIGHT = 148 - 7 - 10;

	private static final String HALF = "half-";

	private final Edition edition;
	private final PublishOptions options;
	/** Scenarios (by id) whose learner brief and customer card do not fit a half sheet: each gets a sheet. */
	private final Set<String> whole = new HashSet<>();
	private Xhtml x;

	public RoleplayDocument(Edition edition, PublishOptions options) {
		this.edition = edition;
		this.options = options;
	}

	public Document build(SubMonitor monitor) {
		x = new Xhtml("en");
		String title = ManualDocument.title(edition, options);
		boolean draft = edition.unapprovedCount() > 0;
		Element head = x.add(x.root(), "head", null);
		Head.write(x, head, title + " \u2014 role-play kits", Head.author(edition, options),
				"De-escalation role-play kits, " + options.version() + (draft ? " (" + DraftMark.COVER + ")" : ""),
				options.version(), Xhtml.stylesheet("a4.css") + Xhtml.stylesheet("roleplay.css")
						+ (options.cutApart() ? Xhtml.stylesheet("roleplay-cut.css") : ""));
		Element marks = x.add(head, "bookmarks", null);
		Element body = x.add(x.root(), "body", options.cutApart() ? "cut-apart" : "booklet");
		x.add(body, "div", "run-title", title);
		x.add(body, "div", "run-version", options.version() + "  \u00B7  " + Words.date(options.date())
				+ (draft ? "  \u00B7  " + DraftMark.WORD : ""));
		cover(body, title);
		List<Scenario> scenarios = edition.scenarios();
		monitor.setWorkRemaining(scenarios.size());
		List<RoleplayKit> kits = scenarios.stream().map(s -> new RoleplayKit(edition, s)).toList();
		for (Scenario scenario : scenarios) {
			String anchor = Edition.anchor(scenario);
			Element mark = x.add(marks, "bookmark", null);
			mark.setAttribute("name", scenario.getTitle());
			mark.setAttribute("href", "#" + anchor + "-learner");
			for (String[] part : new String[][] { { LEARNER, "-learner" }, { CUSTOMER, "-customer" },
					{ OBSERVER, "-observer" } }) {
				Element child = x.add(mark, "bookmark", null);
				child.setAttribute("name", part[0]);
				child.setAttribute("href", "#" + anchor + part[1]);
			}
		}
		if (!options.cutApart()) {
			for (int i = 0; i < kits.size(); i++) {
				learner(x.add(body, "div", "part learner"), kits.get(i), number(i));
				customer(x.add(body, "div", "part customer"), kits.get(i), number(i));
				observer(x.add(body, "div", "part observer"), kits.get(i), number(i));
				monitor.worked(1);
			}
			return x.document();
		}
		// three piles: the learner briefs two to a sheet (where they fit half a sheet), the customer cards, the
		// observer sheets, each part in scenario order
		Element sheet = null;
		for (int i = 0; i < kits.size(); i++) {
			Scenario scenario = scenarios.get(i);
			if (whole.contains(scenario.getId())) {
				sheet = null; // a half sheet left alone keeps its lower half empty
				learner(x.add(body, "div", "part learner"), kits.get(i), number(i));
			} else if (sheet == null) {
				sheet = x.add(body, "div", "cut-sheet");
				learner(half(sheet, "half first", Edition.anchor(scenario)), kits.get(i), number(i));
			} else {
				x.add(sheet, "p", "cut-line", "\u2702  cut along the dashed line: one learner brief on each half");
				learner(half(sheet, "half second", Edition.anchor(scenario)), kits.get(i), number(i));
				sheet = null;
			}
		}
		for (int i = 0; i < kits.size(); i++) {
			customer(x.add(body, "div", "part customer"), kits.get(i), number(i));
		}
		for (int i = 0; i < kits.size(); i++) {
			observer(x.add(body, "div", "part observer"), kits.get(i), number(i));
			monitor.worked(1);
		}
		return x.document();
	}

	private String number(int index) {
		return "Scenario " + (index + 1) + " of " + edition.scenarios().size();
	}

	/**
	 * Half an A4 sheet for a learner brief (cut apart): a box of fixed height holding a body whose height the layout
	 * measures ({@link #revise}).
	 */
	private Element half(Element sheet, String cssClass, String anchor) {
		Element half = x.add(sheet, "div", cssClass + " learner");
		Element inner = x.add(half, "div", "half-body");
		inner.setAttribute("id", HALF + anchor);
		x.add(half, "p", "half-foot", ManualDocument.title(edition, options) + "  \u00B7  " + options.version());
		return inner;
	}

	private void cover(Element body, String title) {
		Element cover = ManualDocument.coverBand(x, body, edition, "Role-play kits", title,
				"Practise de-escalation in threes: a learner, a customer and an observer");
		Element facts = x.add(cover, "div", "cover-facts");
		String version = options.version();
		x.add(facts, "p", null, (version.startsWith("version ") ? Words.capitalised(version) : "Version: " + version)
				+ "  \u00B7  " + Words.date(options.date()) + "  \u00B7  "
				+ Words.plural(edition.scenarios().size(), "scenario", "scenarios"));
		x.add(cover, "h2", null, "How to run a role-play");
		Element steps = x.add(cover, "ol", "how-to");
		x.add(steps, "li", null, "Form groups of three. Give the learner the " + LEARNER.toLowerCase(Locale.ROOT)
				+ ", the customer the " + CUSTOMER.toLowerCase(Locale.ROOT) + " and the observer the "
				+ OBSERVER.toLowerCase(Locale.ROOT) + ". Nobody shows their part to the others.");
		x.add(steps, "li", null, "Allow two minutes to read. The customer plays the feelings and signals on the card"
				+ " and reacts to what the learner says: more upset at the phrases under \u201CYou get more upset"
				+ " when\u201D, calmer at what is under \u201CYou calm down when\u201D.");
		x.add(steps, "li", null, "Play the scene for five to eight minutes. The observer ticks the steps seen, notes"
				+ " any phrase from \u201CListen for\u201D, and calls time.");
		x.add(steps, "li", null, "Debrief for ten minutes with the observer\u2019s questions and rubric, then swap roles"
				+ " for the next scenario.");
		if (!options.cutApart()) {
			x.add(cover, "p", "cover-note", "Print single-sided to hand the parts out: every part starts on a page of"
					+ " its own, so no sheet carries two roles.");
		} else {
			x.add(cover, "p", "cover-note", "Print single-sided, then deal three piles. First the learner briefs, two"
					+ " to a sheet: cut along the dashed line (a brief too long for half a sheet has a sheet of its own)."
					+ " Then the customer cards, then the observer sheets, each starting a sheet of its own. Every part"
					+ " names its role in large type at its top, and all three piles are in the order of the scenarios.");
		}
		x.add(cover, "h2", null, "Scenarios in this kit");
		Element list = x.add(cover, "ol", "kit-list");
		for (Scenario scenario : edition.scenarios()) {
			Element item = x.add(list, "li", null, scenario.getTitle());
			DraftMark.after(x, item, edition, scenario);
		}
	}

	/** The band at the top of a part: the role in large type, a note, the scenario's title as the heading. */
	private void band(Element part, RoleplayKit kit, String partName, String role, String note, String idSuffix,
			String number) {
		Scenario scenario = kit.scenario();
		x.add(part, "div", "run-section", partName + "  \u00B7  " + scenario.getTitle());
		Element band = x.add(part, "div", "band");
		Element top = x.add(band, "p", "role");
		x.add(top, "span", "role-name", options.cutApart() ? role : partName);
		x.add(top, "span", "role-number", "  " + number);
		if (edition.isDraft(scenario)) {
			x.text(top, "  ");
			x.add(top, "span", "draft-mark", DraftMark.WORD);
		}
		Element h2 = x.add(band, "h2", "scenario-title", scenario.getTitle());
		h2.setAttribute("id", Edition.anchor(scenario) + idSuffix);
		x.add(band, "p", "role-note", note);
	}

	private void learner(Element part, RoleplayKit kit, String number) {
		Scenario scenario = kit.scenario();
		band(part, kit, LEARNER, LEARNER_ROLE, "You are the agent. Read this, then play the scene in your own words.",
				"-learner", number);
		section(part, "The situation");
		x.add(part, "p", null, Words.present(scenario.getSituation()) ? scenario.getSituation().strip()
				: "A customer contacts you about: " + RoleplayKit.lowerFirst(scenario.getTitle()) + ".");
		x.add(part, "p", "staging", kit.staging());
		section(part, "A good outcome");
		x.add(part, "p", "outcome", kit.outcome());
		if (!kit.techniques().isEmpty()) {
			section(part, "Techniques to practise");
			Element list = x.add(part, "ul", "techniques");
			for (Technique technique : kit.techniques()) {
				Element item = x.add(list, "li", null);
				x.add(item, "span", "technique-name", technique.getTitle());
				DraftMark.after(x, item, edition, technique);
				if (Words.present(technique.getSummary())) {
					x.text(item, " \u2014 " + RoleplayKit.sentence(technique.getSummary()));
				}
			}
		}
	}

	private void customer(Element part, RoleplayKit kit, String number) {
		Scenario scenario = kit.scenario();
		band(part, kit, CUSTOMER, CUSTOMER_ROLE, "You play the customer. Keep this card to yourself: the learner must"
				+ " not see it.", "-customer", number);
		section(part, "Who you are");
		x.add(part, "p", null, Words.present(scenario.getSituation()) ? scenario.getSituation().strip()
				: "A customer in this situation: " + RoleplayKit.lowerFirst(scenario.getTitle()) + ".");
		x.add(part, "p", "staging", kit.staging());
		List<String> feelings = kit.feelings();
		if (!feelings.isEmpty()) {
			section(part, "How you feel");
			Element list = x.add(part, "ul", "feelings");
			feelings.forEach(line -> x.add(list, "li", null, line));
		}
		List<String> signals = scenario.getSignals().stream().filter(Words::present).toList();
		if (!signals.isEmpty()) {
			section(part, "Signals to act out");
			Element list = x.add(part, "ul", "signals");
			signals.forEach(signal -> x.add(list, "li", null, signal));
		}
		if (!kit.escalate().isEmpty()) {
			section(part, "You get more upset when the agent says");
			phrases(part, "escalate", kit.escalate());
			x.add(part, "p", "hint", "\u2026 or anything that sounds like it.");
		}
		if (!kit.calm().isEmpty()) {
			section(part, "You calm down when the agent says something like");
			phrases(part, "calm", kit.calm());
		}
		if (!kit.techniques().isEmpty()) {
			Element line = x.add(part, "p", "calm-techniques");
			x.add(line, "span", "label", kit.calm().isEmpty() ? "You calm down when the agent uses: "
					: "… and when they use: ");
			x.text(line, String.join(" · ", kit.techniques().stream().map(Technique::getTitle).toList()));
		}
		section(part, "How the scene ends when handled well");
		x.add(part, "p", "outcome", kit.outcome());
		x.add(part, "p", null, kit.ending());
	}

	/**
	 * Phrases in two columns (roleplay.css {@code .columns}), read down the first, then the second; a single phrase
	 * is a plain list.
	 */
	private void phrases(Element part, String cssClass, List<Phrase> phrases) {
		Element box = phrases.size() < 2 ? part : x.add(part, "div", "columns");
		int split = phrases.size() < 2 ? phrases.size() : (phrases.size() + 1) / 2;
		for (List<Phrase> column : phrases.size() < 2 ? List.of(phrases)
				: List.of(phrases.subList(0, split), phrases.subList(split, phrases.size()))) {
			Element parent = box == part ? part : x.add(box, "div", "column");
			Element list = x.add(parent, "ul", cssClass);
			for (Phrase phrase : column) {
				Element item = x.add(list, "li", null, Words.quoted(phrase.getText()));
				DraftMark.after(x, item, edition, phrase);
			}
		}
		if (box != part) {
			x.add(box, "div", "columns-end");
		}
	}

	private void observer(Element part, RoleplayKit kit, String number) {
		Scenario scenario = kit.scenario();
		band(part, kit, OBSERVER, OBSERVER_ROLE, "Watch and listen; do not join in. Tick what you see, then lead the"
				+ " debrief.", "-observer", number);
		Element names = x.add(part, "p", "names");
		for (String who : List.of("Learner", "Customer", "Date")) {
			x.add(names, "span", "name-label", who + " ");
			x.add(names, "span", "blank", "\u00A0");
			x.text(names, "   ");
		}
		List<Step> steps = scenario.getSteps().stream().filter(s -> Words.present(s.getInstruction())).toList();
		if (!steps.isEmpty()) {
			section(part, "Steps to look for");
			Element list = x.add(part, "ul", "checklist");
			for (Step step : steps) {
				Element item = x.add(list, "li", null);
				x.add(item, "span", "box", "\u2610");
				x.text(item, " " + step.getInstruction().strip());
				List<Technique> applied = step.getTechniques().stream().filter(edition::includes).toList();
				if (!applied.isEmpty()) {
					x.add(item, "span", "applies", "  " + String.join(", ", applied.stream().map(Technique::getTitle)
							.toList()));
				}
			}
		}
		if (!kit.escalate().isEmpty()) {
			section(part, "Listen for");
			Element list = x.add(part, "ul", "checklist listen");
			for (Phrase phrase : kit.escalate()) {
				Element item = x.add(list, "li", null);
				x.add(item, "span", "box", "\u2610");
				x.text(item, " " + Words.quoted(phrase.getText()));
				DraftMark.after(x, item, edition, phrase);
				List<Phrase> instead = kit.insteadOf(phrase);
				if (!instead.isEmpty()) { // the first is enough to prompt the debrief; the manual lists them all
					x.add(item, "span", "instead", "  better: " + Words.quoted(instead.get(0).getText()));
				}
			}
		}
		if (!kit.techniques().isEmpty()) {
			x.add(part, "h3", "rubric-heading", "Rubric: circle a level for each technique");
			Element table = x.add(part, "table", "rubric");
			Element row = x.add(x.add(table, "thead", null), "tr", null);
			x.add(row, "th", "technique", "Technique").setAttribute("scope", "col");
			for (int level = 1; level <= 4; level++) {
				x.add(row, "th", "level level-" + level, level + "  " + RoleplayKit.LEVELS.get(level - 1))
						.setAttribute("scope", "col");
			}
			Element tbody = x.add(table, "tbody", null);
			for (Technique technique : kit.techniques()) {
				RoleplayKit.Rubric rubric = kit.rubric(technique);
				Element tr = x.add(tbody, "tr", null);
				Element th = x.add(tr, "th", "technique", technique.getTitle());
				th.setAttribute("scope", "row");
				DraftMark.after(x, th, edition, technique);
				for (RoleplayKit.Level level : rubric.levels()) {
					x.add(tr, "td", "level level-" + level.score(), level.description());
				}
			}
		}
		section(part, "Debrief questions");
		Element list = x.add(part, "ol", "debrief");
		kit.debrief().forEach(question -> x.add(list, "li", null, question));
	}

	private void section(Element part, String title) {
		x.add(part, "h3", null, title);
	}

	/**
	 * After a layout, cut apart: a learner brief taller than its half sheet gets a sheet of its own, and the document
	 * is built again; null when every half fits (and always for a booklet, whose parts flow over as many pages as
	 * they need).
	 */
	public Document revise(PdfBoxRenderer laidOut) {
		if (!options.cutApart()) {
			return null;
		}
		Map<String, Box> boxes = laidOut.getSharedContext().getIdMap();
		double dotsPerMm = laidOut.getSharedContext().getDotsPerPixel() * 96 / 25.4;
		boolean changed = false;
		for (Scenario scenario : edition.scenarios()) {
			if (whole.contains(scenario.getId())) {
				continue;
			}
			Box box = boxes.get(HALF + Edition.anchor(scenario));
			if (box != null && box.getHeight() > HALF_TEXT_HEIGHT * dotsPerMm) {
				changed |= whole.add(scenario.getId());
			}
		}
		return changed ? build(SubMonitor.convert(null)) : null;
	}
}
