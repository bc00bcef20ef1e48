package parley.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.edit.FieldValues;
import parley.core.edit.Links;
import parley.core.service.EntryType;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley new TYPE --title T ...}: a new draft entry with the fields given, made through the editing
 * session as the workbench's New does; prints its id.
 */
@Command(name = "new", description = { "Add a new draft entry and print its id. The type's fields are set from the"
		+ " options that fit it, any field from --set FIELD=VALUE (see 'parley help set' for fields and values).",
		"Examples:",
		"  parley new phrase --title 'Calm down' --text 'Calm down.' --kind avoid --replaced-by 'I hear you'",
		"  parley new technique --title Pausing --summary 'Wait before you answer.' --step Breathe --step Answer",
		"  parley new scenario --title 'Loud caller' --situation '...' --step 'Let them finish' --set emotions=angry",
		"  parley new source --title 'De-escalation guide' --publisher ACME --author-name 'A. Writer'" })
final class NewCommand extends EditCommand {

	@Parameters(index = "0", paramLabel = "TYPE", description = "phrase, technique, scenario or source.")
	String type;

	@Option(names = "--title", required = true, paramLabel = "TITLE", description = "The entry's title.")
	String title;

	@Option(names = "--text", paramLabel = "TEXT", description = "A phrase's exact wording.")
	String text;

	@Option(names = "--kind", paramLabel = "KIND", description = "A phrase's kind: recommended (default) or avoid.")
	String kind;

	@Option(names = "--replaced-by", paramLabel = "ID", description = "For an avoid-phrase: a recommended phrase to"
			+ " say instead (repeatable).")
	List<String> replacedBy = new ArrayList<>();

	@Option(names = "--usage", paramLabel = "TEXT", description = "A phrase's tone and usage notes.")
	String usage;

	@Option(names = "--summary", paramLabel = "TEXT", description = "A technique's or source's summary.")
	String summary;

	@Option(names = "--rationale", paramLabel = "TEXT", description = "Why a technique works.")
	String rationale;

	@Option(names = "--step", paramLabel = "TEXT", description = "A technique's or scenario's step, in order"
			+ " (repeatable).")
	List<String> steps = new ArrayList<>();

	@Option(names = "--pitfall", paramLabel = "TEXT", description = "A technique's pitfall (repeatable).")
	List<String> pitfalls = new ArrayList<>();

	@Option(names = "--situation", paramLabel = "TEXT", description = "A scenario's situation.")
	String situation;

	@Option(names = "--signal", paramLabel = "TEXT", description = "What points to a scenario (repeatable).")
	List<String> signals = new ArrayList<>();

	@Option(names = "--outcome", paramLabel = "TEXT", description = "A scenario's desired outcome.")
	String outcome;

	@Option(names = "--publisher", paramLabel = "TEXT", description = "A source's publisher.")
	String publisher;

	@Option(names = "--author-name", paramLabel = "TEXT", description = "A source's author (--author names who edits).")
	String authorName;

	@Option(names = "--url", paramLabel = "URL", description = "A source's address.")
	String url;

	@Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Any other field (repeatable; a list field"
			+ " gets one item each time), e.g. --set review-interval-days=90 --set channels=phone.")
	List<String> sets = new ArrayList<>();

	NewCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() {
		EntryType entryType = EntryType.parse(type);
		if (entryType == null) {
			throw new CliException("there is no entry type '" + type + "'; give phrase, technique, scenario or source",
					ParleyCli.USAGE);
		}
		var eClass = entryType.eClass();
		// Every argument is checked before anything changes.
		Map<EStructuralFeature, List<String>> values = new LinkedHashMap<>();
		put(values, eClass, "--text", "text", text);
		put(values, eClass, "--kind", "kind", kind);
		put(values, eClass, "--usage", "usage", usage);
		put(values, eClass, "--summary", "summary", summary);
		put(values, eClass, "--rationale", "rationale", rationale);
		put(values, eClass, "--situation", "situation", situation);
		put(values, eClass, "--outcome", "outcome", outcome);
		put(values, eClass, "--publisher", "publisher", publisher);
		put(values, eClass, "--author-name", "author", authorName);
		put(values, eClass, "--url", "url", url);
		for (String step : steps) {
			put(values, eClass, "--step", "steps", step);
		}
		for (String pitfall : pitfalls) {
			put(values, eClass, "--pitfall", "pitfalls", pitfall);
		}
		for (String signal : signals) {
			put(values, eClass, "--signal", "signals", signal);
		}
		for (String set : sets) {
			int eq = set.indexOf('=');
			if (eq <= 0) {
				throw new CliException("--set takes FIELD=VALUE, not '" + set + "'", ParleyCli.USAGE);
			}
			put(values, eClass, null, set.substring(0, eq), set.substring(eq + 1));
		}
		for (var e : values.entrySet()) {
			for (String value : e.getValue()) {
				FieldValues.parse(e.getKey(), value);
			}
			if (!e.getKey().isMany() && e.getValue().size() > 1) {
				throw new CliException(FieldValues.alias(e.getKey()) + " is given more than once", ParleyCli.USAGE);
			}
		}
		FieldValues.parse(parley.model.playbook.PlaybookPackage.Literals.ENTRY__TITLE, title);
		List<Phrase> replacements = new ArrayList<>();
		if (!replacedBy.isEmpty()) {
			if (entryType != EntryType.PHRASE) {
				throw new CliException("--replaced-by is for an avoid-phrase, not " + entryType.key() + "s",
						ParleyCli.USAGE);
			}
			for (String id : replacedBy) {
				Entry replacement = entry(id);
				if (!(replacement instanceof Phrase phrase)
						|| phrase.getKind() != parley.model.playbook.PhraseKind.RECOMMENDED) {
					throw new CliException("--replaced-by " + id + ": " + parley.core.service.Labels.describe(replacement)
							+ " is not a recommended phrase; an avoid-phrase is replaced by a recommended phrase");
				}
				replacements.add(phrase);
			}
			Object parsedKind = kind == null ? null : FieldValues.parse(FieldValues.named(eClass, "kind"), kind);
			if (parsedKind != parley.model.playbook.PhraseKind.AVOID) {
				throw new CliException("--replaced-by is for an avoid-phrase: add --kind avoid", ParleyCli.USAGE);
			}
		}

		Entry entry = (Entry) session.create(eClass, title);
		for (var e : values.entrySet()) {
			FieldValues.set(session, entry, e.getKey(), e.getValue());
		}
		for (Phrase replacement : replacements) {
			if (!session.link(replacement, entry)) {
				throw new CliException(Links.whyNot(replacement, entry));
			}
		}
		return () -> printEntry(entry);
	}

	private static void put(Map<EStructuralFeature, List<String>> values, org.eclipse.emf.ecore.EClass eClass,
			String option, String field, String value) {
		if (value == null) {
			return;
		}
		EStructuralFeature feature;
		try {
			feature = FieldValues.named(eClass, field);
		} catch (FieldValues.FieldException e) {
			if (option != null) {
				throw new CliException(option + " does not apply to " + eClass.getName().toLowerCase() + "s",
						ParleyCli.USAGE);
			}
			throw new CliException(e.getMessage() + SetFieldCommand.hint(e), ParleyCli.USAGE);
		}
		values.computeIfAbsent(feature, f -> new ArrayList<>()).add(value);
	}
}
