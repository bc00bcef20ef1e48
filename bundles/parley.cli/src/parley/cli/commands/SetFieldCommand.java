package parley.cli.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.edit.FieldValues;
import parley.model.playbook.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley set ID FIELD VALUE...}: changes one field of an entry by name ({@link FieldValues}), through the
 * editing session; prints the entry's id.
 */
@Command(name = "set", description = { "Change one field of an entry and print its id.",
		"FIELD is the model's name or its kebab-case alias (reviewIntervalDays or review-interval-days); the fields of"
				+ " a type are listed when you name one it does not have. Links (tags, sources, techniques, related,"
				+ " replacements, a step's phrases) are made with 'parley link' and 'parley unlink'; the status"
				+ " changes through the curation steps.",
		"Values: text as given (\"\" clears an optional field); whole numbers from 0; an enum by its literal"
				+ " (kind: recommended, avoid; channels: phone, chat, email, in-person; emotions: angry, ...); dates"
				+ " ISO (2026-11-25).",
		"A list field (steps, pitfalls, signals, channels, emotions) is replaced by all VALUEs given; --append adds"
				+ " them at the end; --at N replaces item N (from 1) with one VALUE; --remove N removes item N;"
				+ " --clear empties it. A scenario's steps keep their ids and links when their text is replaced.",
		"Examples:", "  parley set 3f2a summary 'Say back what you heard.'",
		"  parley set 'Active listening' review-interval-days 90",
		"  parley set 3f2a pitfalls --append 'Parroting word for word'",
		"  parley set 'Angry caller' steps --at 2 'Acknowledge the feeling'" })
final class SetFieldCommand extends EditCommand {

	@Parameters(index = "0", paramLabel = "ID", description = "Id, id prefix or title of the entry.")
	String id;

	@Parameters(index = "1", paramLabel = "FIELD", description = "The field, e.g. summary or review-interval-days.")
	String field;

	@Parameters(index = "2", arity = "0..*", paramLabel = "VALUE", description = "The new value (a list: its items).")
	List<String> values = new ArrayList<>();

	@Option(names = "--append", description = "Add the VALUEs at the end of a list field.")
	boolean append;

	@Option(names = "--at", paramLabel = "N", description = "Replace item N (from 1) of a list field with VALUE.")
	Integer at;

	@Option(names = "--remove", paramLabel = "N", description = "Remove item N (from 1) of a list field.")
	Integer remove;

	@Option(names = "--clear", description = "Empty the field (a list, or an optional value).")
	boolean clear;

	SetFieldCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() {
		int modes = (append ? 1 : 0) + (at != null ? 1 : 0) + (remove != null ? 1 : 0) + (clear ? 1 : 0);
		if (modes > 1) {
			throw new CliException("give one of --append, --at, --remove and --clear", ParleyCli.USAGE);
		}
		Entry entry = entry(id);
		EStructuralFeature feature;
		try {
			feature = FieldValues.named(entry.eClass(), field);
		} catch (FieldValues.FieldException e) {
			throw new CliException(e.getMessage() + hint(e), ParleyCli.USAGE);
		}
		String name = FieldValues.alias(feature);
		if ((append || at != null || remove != null) && !feature.isMany()) {
			throw new CliException(name + " holds one value, not a list: give the VALUE alone", ParleyCli.USAGE);
		}
		if (clear || remove != null) {
			if (!values.isEmpty()) {
				throw new CliException((clear ? "--clear" : "--remove") + " takes no VALUE", ParleyCli.USAGE);
			}
		} else if (at != null ? values.size() != 1 : values.isEmpty() || !feature.isMany() && values.size() > 1) {
			throw new CliException(name + (at != null || !feature.isMany() ? " takes one VALUE" : " takes one or more"
					+ " VALUEs (--clear empties it)") + ": " + FieldValues.describe(feature), ParleyCli.USAGE);
		}
		if (clear) {
			FieldValues.set(session, entry, feature, feature.isMany() ? List.of() : List.of(""));
		} else if (append) {
			FieldValues.append(session, entry, feature, values);
		} else if (at != null) {
			FieldValues.setAt(session, entry, feature, at, values.get(0));
		} else if (remove != null) {
			FieldValues.removeAt(session, entry, feature, remove);
		} else {
			FieldValues.set(session, entry, feature, values);
		}
		return () -> printEntry(entry);
	}

	/** What the command line adds to a refused field name: which command makes links, which the status. */
	static String hint(FieldValues.FieldException e) {
		if (e.refusal() == FieldValues.Refusal.LINK) {
			return " ('parley link ID --to ID', 'parley unlink ID --from ID')";
		}
		return "";
	}
}
