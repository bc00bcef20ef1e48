package parley.publish.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.publish.PublishOptions;

/**
 * Pocket cards: one scenario per A6 page in large type, for a glance during a call: what to notice, the key
 * steps, the best phrases and one thing not to say. {@link Fit} chooses how much of each fits on one page. A card of
 * an unapproved scenario says "DRAFT" at its top, an unapproved phrase on a card is marked the same way, and the
 * footer of every card of an edition with unapproved entries says "DRAFT" too.
 */
public final class CardsDocument {

	/** Lines taken off a card's budget each time it ran onto a second page. */
	private static final double SHRINK = 3;

	private final Edition edition;
	private final PublishOptions options;
	private final Map<String, Double> shrunk = new HashMap<>();
	/** The ids of the entries "what changed" names (made at the first card that asks). */
	private Set<String> changedIds;
	private Xhtml x;

	public CardsDocument(Edition edition, PublishOptions options) {
		this.edition = edition;
		this.options = options;
	}

	public Document build(SubMonitor monitor) {
		x = new Xhtml("en");
		String title = ManualDocument.title(edition, options);
		Element head = x.add(x.root(), "head", null);
		boolean draft = edition.unapprovedCount() > 0;
		Head.write(x, head, title + " \u2014 pocket cards", Head.author(edition, options),
				"De-escalation pocket cards, " + options.version() + (draft ? " (" + DraftMark.COVER + ")" : ""),
				options.version(),
				Xhtml.stylesheet("cards.css"));
		Element marks = x.add(head, "bookmarks", null);
		Element body = x.add(x.root(), "body", null);
		x.add(body, "div", "run-footer",
				title + "  \u00B7  " + options.version() + (draft ? "  \u00B7  " + DraftMark.WORD : ""));
		monitor.setWorkRemaining(edition.scenarios().size());
		for (Scenario scenario : edition.scenarios()) {
			Element mark = x.add(marks, "bookmark", null);
			mark.setAttribute("name", scenario.getTitle());
			mark.setAttribute("href", "#" + Edition.anchor(scenario));
			card(body, scenario);
			monitor.worked(1);
		}
		return x.document();
	}

	private void card(Element body, Scenario scenario) {
		List<String> signals = scenario.getSignals();
		List<String> steps = scenario.getSteps().stream().map(Step::getInstruction).toList();
		List<Phrase> best = bestPhrases(scenario);
		Phrase avoid = firstAvoid(scenario, best);
		boolean draft = edition.isDraft(scenario);
		boolean changed = changedSince(scenario);
		Fit fit = Fit.of(Fit.LINES - shrunk.getOrDefault(scenario.getId(), 0.0) - (draft ? DRAFT_LINES : 0)
				- (changed ? DRAFT_LINES : 0),
				scenario.getTitle(), signals, steps,
				best.stream().map(p -> Words.quoted(p.getText())).toList(),
				avoid == null ? null : Words.quoted(avoid.getText()));

		Element card = x.add(body, "div", "card");
		card.setAttribute("id", CARD + Edition.anchor(scenario));
		Element top = x.add(card, "div", "card-head");
		if (draft) {
			Element mark = x.add(top, "p", "card-draft");
			x.add(mark, "span", "draft-mark", DraftMark.WORD);
			x.text(mark, " " + edition.state(scenario).label());
		}
		if (changed) {
			Element mark = x.add(top, "p", "card-changed");
			x.add(mark, "span", "changed-mark", "CHANGED");
			x.text(mark, " since " + options.whatChanged().since());
		}
		if (!scenario.getEmotions().isEmpty()) {
			x.add(top, "p", "card-kind", "Feels " + Words.literals(scenario.getEmotions()));
		}
		Element h1 = x.add(top, "h1", "card-title", Fit.shorten(scenario.getTitle(), Fit.TITLE_CHARS));
		h1.setAttribute("id", Edition.anchor(scenario));
		if (fit.signals() > 0) {
			x.add(card, "h2", null, "Notice");
			Element list = x.add(card, "ul", "signals");
			signals.stream().limit(fit.signals()).forEach(s -> x.add(list, "li", null, Fit.shorten(s, Fit.ITEM_CHARS)));
		}
		if (fit.steps() > 0) {
			x.add(card, "h2", null, "Do");
			Element list = x.add(card, "ol", "steps");
			steps.stream().limit(fit.steps()).forEach(s -> x.add(list, "li", null, Fit.shorten(s, Fit.ITEM_CHARS)));
		}
		if (fit.phrases() > 0) {
			x.add(card, "h2", null, "Say");
			Element list = x.add(card, "ul", "say");
			best.stream().limit(fit.phrases()).forEach(p -> DraftMark.after(x,
					x.add(list, "li", null, Fit.shorten(Words.quoted(p.getText()), Fit.ITEM_CHARS)), edition, p));
		}
		if (fit.avoid()) {
			Element not = x.add(card, "p", "not");
			x.add(not, "span", "label", "Not: ");
			x.text(not, Fit.shorten(Words.quoted(avoid.getText()), Fit.ITEM_CHARS));
			DraftMark.after(x, not, edition, avoid);
		}
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
	 * After a layout: the cards that ran onto a second page get a smaller budget and the document is
	 * rebuilt; null when every card fits on its page.
	 */
	public Document revise(PdfBoxRenderer laidOut) {
		LaidOut layout = new LaidOut(laidOut);
		Map<String, Box> boxes = laidOut.getSharedContext().getIdMap();
		boolean changed = false;
		for (Scenario scenario : edition.scenarios()) {
			Box box = boxes.get(CARD + Edition.anchor(scenario));
			if (box != null && layout.pageOf(box) != layout.pageAt(box.getAbsY() + box.getHeight() - 1)) {
				shrunk.merge(scenario.getId(), SHRINK, Double::sum);
				changed = true;
			}
		}
		return changed ? build(SubMonitor.convert(null)) : null;
	}

	private static final String CARD = "card-";
	/** Lines the "DRAFT" line at the top of an unapproved scenario's card takes. */
	private static final double DRAFT_LINES = 1.4;

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
