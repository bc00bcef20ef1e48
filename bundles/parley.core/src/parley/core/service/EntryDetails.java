package parley.core.service;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/**
 * An entry's fields as people read them, with links named by title: the one description of an entry that
 * {@code parley show} and the workbench's detail view both print.
 */
public final class EntryDetails {

	private EntryDetails() {
	}

	/**
	 * One field: a text or a list of items.
	 *
	 * @param name  the model field name ("rationale", "steps", ...)
	 * @param text  the value of a single-valued field, or null
	 * @param items the values of a list field, or null
	 */
	public record Field(String name, String text, List<String> items) {
	}

	/** The non-empty fields of {@code entry}, in reading order. */
	public static List<Field> of(Entry entry, PlaybookQueries queries) {
		List<Field> f = new ArrayList<>();
		if (entry instanceof Technique t) {
			text(f, "summary", t.getSummary());
			text(f, "rationale", t.getRationale());
			list(f, "steps", t.getSteps());
			list(f, "pitfalls", t.getPitfalls());
			list(f, "related", titles(t.getRelated()));
			list(f, "phrases", titles(queries.phrasesOf(t)));
			list(f, "scenarios", titles(queries.scenariosUsing(t)));
		} else if (entry instanceof Phrase p) {
			text(f, "text", p.getText());
			text(f, "kind", p.getKind().getLiteral());
			if (p.getKind() == PhraseKind.AVOID) {
				list(f, "replacements", titles(p.getReplacements()));
			} else {
				list(f, "replaces", titles(queries.replacedBy(p)));
			}
			text(f, "usage", p.getUsage());
			list(f, "techniques", titles(p.getTechniques()));
			list(f, "scenarios", titles(queries.scenariosUsing(p)));
		} else if (entry instanceof Scenario s) {
			text(f, "situation", s.getSituation());
			list(f, "emotions", s.getEmotions().stream().map(e -> e.getLiteral()).toList());
			list(f, "signals", s.getSignals());
			List<String> steps = new ArrayList<>();
			for (Step step : s.getSteps()) {
				StringBuilder b = new StringBuilder(step.getInstruction());
				if (!step.getTechniques().isEmpty()) {
					b.append(" [techniques: ").append(String.join(", ", titles(step.getTechniques()))).append(']');
				}
				if (!step.getPhrases().isEmpty()) {
					b.append(" [say: ").append(String.join(" | ", step.getPhrases().stream()
							.map(ph -> ph.eIsProxy() ? "?" : "\"" + ph.getText() + "\"").toList())).append(']');
				}
				steps.add(b.toString());
			}
			list(f, "steps", steps);
			text(f, "outcome", s.getOutcome());
		} else if (entry instanceof Source s) {
			text(f, "publisher", s.getPublisher());
			text(f, "author", s.getAuthor());
			text(f, "url", s.getUrl());
			text(f, "summary", s.getSummary());
		}
		list(f, "channels", entry.getChannels().stream().map(c -> c.getLiteral()).toList());
		list(f, "audiences", titles(entry.getAudiences()));
		list(f, "sources", titles(entry.getSources()));
		text(f, "owner", entry.getOwner());
		text(f, "lastReviewed", entry.getLastReviewed() == null ? null : entry.getLastReviewed().toString());
		text(f, "reviewIntervalDays", entry.getReviewIntervalDays() == 0 ? null : String.valueOf(entry.getReviewIntervalDays()));
		text(f, "created", entry.getCreated() == null ? null : entry.getCreated().toString());
		text(f, "modified", entry.getModified() == null ? null : entry.getModified().toString());
		return f;
	}

	private static void text(List<Field> f, String name, String value) {
		if (value != null && !value.isBlank()) {
			f.add(new Field(name, value, null));
		}
	}

	private static void list(List<Field> f, String name, List<String> values) {
		if (!values.isEmpty()) {
			f.add(new Field(name, null, List.copyOf(values)));
		}
	}

	public static List<String> titles(List<? extends EObject> elements) {
		List<String> titles = new ArrayList<>();
		for (EObject e : elements) {
			titles.add(e.eIsProxy() ? "(missing entry)" : Labels.name(e));
		}
		return titles;
	}
}
