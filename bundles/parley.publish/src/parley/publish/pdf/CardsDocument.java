package parley.publish.pdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.publish.PublishOptions;
import parley.publish.Sheet;

/**
 * Pocket cards: one scenario per card in large type, for a glance during a call: what to notice, the steps, the
 * best phrases and one thing not to say. A card is an A6 page, or a quarter of an A4 sheet ({@link Sheet#A4_4UP},
 * {@link CardSheet}). The first layout shows everything; a card the layout finds too long for its page or box
 * shows fewer items, chosen by {@link Fit} and measured on the layout ({@link #revise}). Nothing is dropped
 * silently: a list that lost items, or whose items were shortened, ends with a pointer to the scenario's page in
 * the manual of the same selection ("+2 more steps — manual p. 5"). A card of an unapproved scenario says "DRAFT"
 * at its top, an unapproved phrase on a card is marked the same way, and the footer of every card says "DRAFT"
 * when some card carries such a mark.
 */
public final class CardsDocument {

	private static final String CARD = "card-";
	private static final String FRAME = "frame-";
	private static final String BACK = "back-";
	private static final String BACK_FRAME = "back-frame-";

	/** Which part of a card a box holds: all of it, or (double-sided) the front or the back. */
	private enum Side {
		WHOLE(EnumSet.allOf(Fit.Kind.class)), FRONT(EnumSet.of(Fit.Kind.STEP, Fit.Kind.SIGNAL)),
		BACK(EnumSet.of(Fit.Kind.PHRASE, Fit.Kind.AVOID));

		final Set<Fit.Kind> kinds;

		Side(Set<Fit.Kind> kinds) {
			this.kinds = kinds;
		}
	}
	/** The height of a pointer to the manual, in mm, when a list gets one (one line and its margin). */
	private static final double POINTER_MM = 4;
	/** Room kept below the last item of a shortened card, in mm, against rounding in the estimate. */
	private static final double SLACK_MM = 1;
	/** An A6 card's text area, in mm (cards-a6.css: the page less its margins). */
	private static final double A6_TEXT_WIDTH = 105 - 7 - 7;
	private static final double A6_TEXT_HEIGHT = 148 - 7 - 9;
	/** Characters of the title in the footer, beside the version and the counter. */
	private static final int FOOTER_TITLE_CHARS = 34;

	private final Edition edition;
	private final PublishOptions options;
	private final Supplier<Map<String, Integer>> manualPages;
	/** Per scenario id: how many items of each {@link Fit.Kind} the card shows (the first ones); absent: all. */
	private final Map<String, int[]> shown = new HashMap<>();
	/** Whether the next build is for measuring the cards' heights (the first one) rather than for the page. */
	private boolean measuring = true;
	/** Per scenario id: the lists that end with a pointer to the manual in the last build. */
	private final Map<String, Set<Fit.Kind>> pointed = new HashMap<>();
	/** The ids of the entries "what changed" names (made at the first card that asks). */
	private Set<String> changedIds;
	private Map<String, Integer> pages;
	private int draftCards;
	private Xhtml x;

	/**
	 * @param manualPages the page of each scenario's heading (by {@link Edition#anchor}) in the manual of the same
	 *                    edition and options, asked for at the first card that points to the manual; null, or a
	 *                    map without the scenario, names the manual section instead of a page
	 */
	public CardsDocument(Edition edition, PublishOptions options, Supplier<Map<String, Integer>> manualPages) {
		this.edition = edition;
		this.options = options;
		this.manualPages = manualPages;
	}

	public Document build(SubMonitor monitor) {
		x = new Xhtml("en");
		boolean fourUp = !measuring && options.sheet().fourUp();
		boolean duplex = options.sheet() == Sheet.A4_4UP_DUPLEX;
		Element head = x.add(x.root(), "head", null);
		Element body = x.add(x.root(), "body", null);
		Element runFooter = fourUp || measuring ? null : x.add(body, "div", "run-footer");
		List<Element> feet = new ArrayList<>();
		List<Scenario> scenarios = edition.scenarios();
		monitor.setWorkRemaining(scenarios.size());
		draftCards = 0;
		pointed.clear();
		if (!fourUp) {
			for (Scenario scenario : scenarios) {
				boolean draft = card(body, scenario, duplex ? Side.FRONT : Side.WHOLE);
				if (duplex) { // measuring: the back is a card of its own
					draft |= card(body, scenario, Side.BACK);
				}
				draftCards += draft ? 1 : 0;
				monitor.worked(1);
			}
		} else {
			for (int first = 0; first < scenarios.size(); first += 4) {
				Element sheet = x.add(body, "div", "sheet");
				boolean[] draft = new boolean[4];
				for (int i = first; i < Math.min(first + 4, scenarios.size()); i++) {
					Element frame = x.add(sheet, "div", "card-frame");
					frame.setAttribute("id", FRAME + Edition.anchor(scenarios.get(i)));
					draft[i - first] = card(frame, scenarios.get(i), duplex ? Side.FRONT : Side.WHOLE);
					feet.add(x.add(frame, "p", "card-foot", (i + 1) + " / " + scenarios.size() + "  \u00B7  "));
					monitor.worked(1);
				}
				if (duplex) {
					// long-edge duplex turns the sheet about its vertical axis: a back lies in the other column
					Element backs = x.add(body, "div", "sheet");
					for (int slot = 0; slot < 4; slot++) {
						int i = first + (slot / 2) * 2 + (1 - slot % 2);
						Element frame = x.add(backs, "div", "card-frame");
						if (i < scenarios.size()) {
							frame.setAttribute("id", BACK_FRAME + Edition.anchor(scenarios.get(i)));
							draft[i - first] |= card(frame, scenarios.get(i), Side.BACK);
							feet.add(x.add(frame, "p", "card-foot", (i + 1) + " / " + scenarios.size() + "  \u00B7  "));
						}
					}
				}
				for (boolean d : draft) {
					draftCards += d ? 1 : 0;
				}
			}
		}
		boolean draft = draftCards > 0;
		String title = ManualDocument.title(edition, options);
		String footer = Fit.shorten(title, FOOTER_TITLE_CHARS) + "  \u00B7  " + options.version()
				+ (draft ? "  \u00B7  " + DraftMark.WORD : "");
		if (runFooter != null) {
			x.text(runFooter, footer);
		}
		feet.forEach(foot -> x.text(foot, footer));
		Head.write(x, head, title + " \u2014 pocket cards", Head.author(edition, options),
				"De-escalation pocket cards, " + options.version() + (draft ? " (" + DraftMark.COVER + ")" : ""),
				options.version(),
				Xhtml.stylesheet("cards.css") + (measuring ? measuringPage()
						: Xhtml.stylesheet(fourUp ? "cards-4up.css" : "cards-a6.css")));
		Element marks = x.add(head, "bookmarks", null);
		for (Scenario scenario : scenarios) {
			Element mark = x.add(marks, "bookmark", null);
			mark.setAttribute("name", scenario.getTitle());
			mark.setAttribute("href", "#" + Edition.anchor(scenario));
		}
		return x.document();
	}

	/**
	 * The page of the first layout, which measures each card's natural height: every card on a page as wide as a
	 * card's text and too tall for any card, so no card is broken across pages.
	 */
	private String measuringPage() {
		return String.format(Locale.ROOT, "@page { size: %.2fmm 3000mm; margin: 0; } .card + .card { page-break-before: always; }",
				options.sheet().fourUp() ? CardSheet.TEXT_WIDTH : A6_TEXT_WIDTH);
	}

	/** How many cards carry a DRAFT mark (an unapproved scenario, or an unapproved phrase on it), in the last build. */
	public int draftCards() {
		return draftCards;
	}

	/** Adds a scenario's card, or one side of it; whether it carries a DRAFT mark. */
	private boolean card(Element parent, Scenario scenario, Side side) {
		String anchor = Edition.anchor(scenario);
		List<String> signals = scenario.getSignals();
		List<String> steps = scenario.getSteps().stream().map(Step::getInstruction).toList();
		List<Phrase> best = bestPhrases(scenario);
		Phrase avoid = firstAvoid(scenario, best);
		Fit fit = new Fit(steps.size(), best.size(), signals.size(), avoid != null);
		int[] show = shown.getOrDefault(scenario.getId(), fit.sizes());
		boolean draft = edition.isDraft(scenario);

		Element card = x.add(parent, "div", "card");
		card.setAttribute("id", (side == Side.BACK ? BACK : CARD) + anchor);
		if (side == Side.BACK) {
			x.add(card, "p", "card-back-title", Fit.shorten(scenario.getTitle(), Fit.TITLE_CHARS));
		} else {
			front(card, scenario, fit, show, signals, steps);
			if (side == Side.FRONT) {
				return draft;
			}
		}
		int phrases = show[Fit.Kind.PHRASE.ordinal()];
		if (!best.isEmpty()) {
			x.add(card, "h2", null, "Say");
			if (phrases > 0) {
				Element list = x.add(card, "ul", "say");
				for (int i = 0; i < phrases; i++) {
					Phrase phrase = best.get(i);
					Element item = x.add(list, "li", null, Words.quoted(phrase.getText()));
					item.setAttribute("id", item(anchor, Fit.Kind.PHRASE, i));
					DraftMark.after(x, item, edition, phrase);
					draft |= edition.isDraft(phrase);
				}
			}
			more(card, scenario, phrases, best.size() - phrases, 0, Fit.Kind.PHRASE, "phrase", "phrases");
		}
		if (show[Fit.Kind.AVOID.ordinal()] > 0) {
			Element not = x.add(card, "p", "not");
			not.setAttribute("id", item(anchor, Fit.Kind.AVOID, 0));
			x.add(not, "span", "label", "Not: ");
			x.text(not, Words.quoted(avoid.getText()));
			DraftMark.after(x, not, edition, avoid);
			draft |= edition.isDraft(avoid);
		}
		return draft;
	}

	/** The front of a card: its head (marks, feelings, title), what to notice and what to do. */
	private void front(Element card, Scenario scenario, Fit fit, int[] show, List<String> signals,
			List<String> steps) {
		String anchor = Edition.anchor(scenario);
		Element top = x.add(card, "div", "card-head");
		if (edition.isDraft(scenario)) {
			Element mark = x.add(top, "p", "card-draft");
			x.add(mark, "span", "draft-mark", DraftMark.WORD);
			x.text(mark, " " + edition.state(scenario).label());
		}
		if (changedSince(scenario)) {
			Element mark = x.add(top, "p", "card-changed");
			x.add(mark, "span", "changed-mark", "CHANGED");
			x.text(mark, " since " + options.whatChanged().since());
		}
		if (!scenario.getEmotions().isEmpty()) {
			x.add(top, "p", "card-kind", "Feels " + Words.literals(scenario.getEmotions()));
		}
		Element h1 = x.add(top, "h1", "card-title", Fit.shorten(scenario.getTitle(), Fit.TITLE_CHARS));
		h1.setAttribute("id", anchor);
		list(card, scenario, fit, show, Fit.Kind.SIGNAL, "Notice", "ul", "signals", signals, "signal", "signals");
		list(card, scenario, fit, show, Fit.Kind.STEP, "Do", "ol", "steps", steps, "step", "steps");
	}

	/** A list of signals or steps: the ones the card shows (long ones shortened), then a pointer for the rest. */
	private void list(Element card, Scenario scenario, Fit fit, int[] show, Fit.Kind kind, String heading, String tag,
			String cssClass, List<String> texts, String one, String many) {
		if (texts.isEmpty()) {
			return;
		}
		int n = show[kind.ordinal()];
		x.add(card, "h2", null, heading);
		int shortened = 0;
		if (n > 0) {
			Element list = x.add(card, tag, cssClass);
			for (int i = 0; i < n; i++) {
				String text = Fit.shorten(texts.get(i), Fit.ITEM_CHARS);
				if (!text.equals(texts.get(i).strip())) {
					shortened++;
				}
				x.add(list, "li", null, text).setAttribute("id", item(Edition.anchor(scenario), kind, i));
			}
		}
		more(card, scenario, n, texts.size() - n, shortened, kind, one, many);
	}

	/** "+2 more steps — manual p. 5", "Full text — manual p. 5" after a list that is not all there. */
	private void more(Element card, Scenario scenario, int shownCount, int dropped, int shortened, Fit.Kind kind,
			String one, String many) {
		if (dropped == 0 && shortened == 0) {
			return;
		}
		pointed.computeIfAbsent(scenario.getId(), id -> EnumSet.noneOf(Fit.Kind.class)).add(kind);
		String what = dropped == 0 ? "Full text"
				: (shownCount > 0 ? "+" + dropped + " more " : dropped + " ") + (dropped == 1 ? one : many)
						+ (shortened > 0 ? ", full text" : "");
		x.add(card, "p", "more", what + " \u2014 " + whereInTheManual(scenario));
	}

	/** "manual p. 5", or the manual's section when its page is not known. */
	private String whereInTheManual(Scenario scenario) {
		if (pages == null) {
			Map<String, Integer> found = manualPages == null ? null : manualPages.get();
			pages = found == null ? Map.of() : found;
		}
		Integer page = pages.get(Edition.anchor(scenario));
		return page != null ? "manual p.\u00A0" + page : "see the manual, \u201C" + scenario.getTitle() + "\u201D";
	}

	private static String item(String anchor, Fit.Kind kind, int index) {
		return anchor + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + index;
	}

	/**
	 * Whether a "what changed" is asked for ({@code --since}) and the scenario, or an entry its steps use, is among
	 * the changes: a lead briefing a team from the cards sees which ones to reprint.
	 */
	private boolean changedSince(Scenario scenario) {
		if (options.whatChanged() == null) {
			return false;
		}
		if (changedIds == null) {
			changedIds = new java.util.HashSet<>();
			options.whatChanged().changes().forEach(c -> changedIds.add(c.id()));
		}
		Set<String> ids = changedIds;
		if (ids.contains(scenario.getId())) {
			return true;
		}
		for (Step step : scenario.getSteps()) {
			if (step.getTechniques().stream().anyMatch(t -> ids.contains(t.getId()))
					|| step.getPhrases().stream().anyMatch(p -> ids.contains(p.getId()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * After a layout. The first one measured each card's natural height (see {@link #measuringPage}): a card
	 * taller than a card's text area shows fewer items, as many fewer as the overflow, the items' measured heights
	 * and a pointer to the manual ask for, and the document is built for the real page. After a later layout, a
	 * card that still runs past its page (or, four to a sheet, past its box) loses items the same way, measured
	 * less exactly (a page break wastes the space below the last line that fits); null when every card fits.
	 */
	public Document revise(PdfBoxRenderer laidOut) {
		List<PageBox> pageBoxes = laidOut.getRootBox().getLayer().getPages();
		LaidOut layout = new LaidOut(laidOut);
		Map<String, Box> boxes = laidOut.getSharedContext().getIdMap();
		double dotsPerMm = laidOut.getSharedContext().getDotsPerPixel() * 96 / 25.4;
		boolean fourUp = options.sheet().fourUp();
		List<Side> sides = options.sheet() == Sheet.A4_4UP_DUPLEX ? List.of(Side.FRONT, Side.BACK) : List.of(Side.WHOLE);
		boolean changed = measuring;
		for (Scenario scenario : edition.scenarios()) {
			String anchor = Edition.anchor(scenario);
			for (Side side : sides) {
				Box card = boxes.get((side == Side.BACK ? BACK : CARD) + anchor);
				if (card == null) {
					continue;
				}
				int limit;
				if (measuring) {
					limit = card.getAbsY() + (int) ((fourUp ? CardSheet.TEXT_HEIGHT : A6_TEXT_HEIGHT) * dotsPerMm);
				} else if (fourUp) {
					Box frame = boxes.get((side == Side.BACK ? BACK_FRAME : FRAME) + anchor);
					if (frame == null) {
						continue;
					}
					limit = frame.getAbsY() + (int) ((CardSheet.CARD_HEIGHT - CardSheet.BOTTOM_RESERVE) * dotsPerMm);
				} else {
					int page = layout.pageAt(card.getAbsY());
					limit = pageBoxes.get(page < 0 ? pageBoxes.size() - 1 : page).getBottom();
				}
				int overflow = card.getAbsY() + card.getHeight() - limit;
				if (overflow > 0) {
					if (measuring) {
						select(scenario, side.kinds, card.getHeight(), limit - card.getAbsY(), boxes, dotsPerMm);
					} else {
						trim(scenario, side.kinds, overflow, boxes, dotsPerMm);
					}
					changed = true;
				}
			}
		}
		measuring = false;
		return changed ? build(SubMonitor.convert(null)) : null;
	}

	/**
	 * After the measuring layout, which showed everything: the items the card shows, taken in {@link Fit}'s ranking
	 * while their measured heights fit the card's text area; a list whose next item does not fit shows none after
	 * it (a smaller item of another list may still fit), and a list that loses items needs room for its pointer.
	 */
	private void select(Scenario scenario, Set<Fit.Kind> kinds, int natural, int available, Map<String, Box> boxes,
			double dotsPerMm) {
		String anchor = Edition.anchor(scenario);
		Fit fit = fit(scenario);
		int[] sizes = fit.sizes();
		double[][] heights = new double[sizes.length][];
		double items = 0;
		for (Fit.Kind kind : Fit.Kind.values()) {
			heights[kind.ordinal()] = new double[sizes[kind.ordinal()]];
			for (int i = 0; kinds.contains(kind) && i < sizes[kind.ordinal()]; i++) {
				Box item = boxes.get(item(anchor, kind, i));
				double height = item == null ? 5 * dotsPerMm : item.getHeight() + 0.6 * dotsPerMm;
				heights[kind.ordinal()][i] = height;
				items += height;
			}
		}
		Set<Fit.Kind> pointers = pointed.getOrDefault(scenario.getId(), Set.of()); // already measured
		double room = available - (natural - items) - SLACK_MM * dotsPerMm; // for items and new pointers
		double budget = room;
		int[] current = shown.getOrDefault(scenario.getId(), sizes);
		int[] counts = current.clone();
		for (int pass = 0; pass < 3; pass++) {
			counts = current.clone();
			for (Fit.Kind kind : kinds) {
				counts[kind.ordinal()] = 0;
			}
			boolean[] closed = new boolean[sizes.length];
			Set<Fit.Kind> newPointers = EnumSet.noneOf(Fit.Kind.class);
			double used = 0;
			for (Fit.Kind kind : fit.ranking()) {
				int k = kind.ordinal();
				if (closed[k] || !kinds.contains(kind)) {
					continue;
				}
				double height = heights[k][counts[k]];
				if (used + height <= budget) {
					used += height;
					counts[k]++;
				} else {
					closed[k] = true;
					if (kind != Fit.Kind.AVOID && !pointers.contains(kind)) {
						newPointers.add(kind);
					}
				}
			}
			double pointerRoom = newPointers.size() * POINTER_MM * dotsPerMm;
			if (used + pointerRoom <= room) {
				break;
			}
			budget = room - pointerRoom;
		}
		shown.put(scenario.getId(), counts);
	}

	/**
	 * After a layout on the real page: shows fewer of a card's items, the last ranked first, until their heights
	 * make up for {@code overflow}.
	 */
	private void trim(Scenario scenario, Set<Fit.Kind> kinds, int overflow, Map<String, Box> boxes, double dotsPerMm) {
		String anchor = Edition.anchor(scenario);
		Fit fit = fit(scenario);
		int[] counts = shown.getOrDefault(scenario.getId(), fit.sizes()).clone();
		List<Fit.Kind> ranking = fit.ranking();
		int[] index = new int[counts.length];
		int[] indexAt = new int[ranking.size()];
		for (int rank = 0; rank < ranking.size(); rank++) {
			indexAt[rank] = index[ranking.get(rank).ordinal()]++;
		}
		Set<Fit.Kind> pointers = EnumSet.noneOf(Fit.Kind.class);
		pointers.addAll(pointed.getOrDefault(scenario.getId(), Set.of()));
		double needed = overflow + SLACK_MM * dotsPerMm;
		double saved = 0;
		for (int rank = ranking.size() - 1; rank >= 0 && saved < needed; rank--) {
			Fit.Kind kind = ranking.get(rank);
			if (!kinds.contains(kind) || indexAt[rank] >= counts[kind.ordinal()]) {
				continue; // on the other side, or not shown
			}
			counts[kind.ordinal()]--;
			Box item = boxes.get(item(anchor, kind, indexAt[rank]));
			saved += item == null ? 5 * dotsPerMm : item.getHeight() + 0.6 * dotsPerMm;
			if (kind != Fit.Kind.AVOID && pointers.add(kind)) {
				needed += POINTER_MM * dotsPerMm;
			}
		}
		shown.put(scenario.getId(), counts);
	}

	private Fit fit(Scenario scenario) {
		List<Phrase> best = bestPhrases(scenario);
		return new Fit(scenario.getSteps().size(), best.size(), scenario.getSignals().size(),
				firstAvoid(scenario, best) != null);
	}

	/** Recommended phrases the steps use, approved ones first (changed since approval is not), in step order. */
	private List<Phrase> bestPhrases(Scenario scenario) {
		Set<Phrase> recommended = new LinkedHashSet<>();
		for (Edition.Pair pair : edition.sayInsteadOf(scenario)) {
			recommended.add(pair.say());
		}
		for (Step step : scenario.getSteps()) {
			for (Phrase phrase : step.getPhrases()) {
				if (phrase.getKind() == PhraseKind.RECOMMENDED && edition.includes(phrase)) {
					recommended.add(phrase);
				}
			}
		}
		List<Phrase> list = new ArrayList<>(recommended);
		list.sort((a, b) -> Boolean.compare(edition.isDraft(a), edition.isDraft(b)));
		return list;
	}

	/** The avoid-phrase replaced by one of the best phrases, else any avoid-phrase of the scenario. */
	private Phrase firstAvoid(Scenario scenario, List<Phrase> best) {
		Phrase any = null;
		for (Edition.Pair pair : edition.sayInsteadOf(scenario)) {
			if (!pair.insteadOf().isEmpty()) {
				if (best.contains(pair.say())) {
					return pair.insteadOf().get(0);
				}
				if (any == null) {
					any = pair.insteadOf().get(0);
				}
			}
		}
		return any;
	}
}
