package parley.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.service.EntryDetails;
import parley.core.service.EntryDetails.Field;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley show ID-or-title}: one entry in full, with its links named by title. */
@Command(name = "show", description = "Show one entry in full. Give its id, an id prefix, its title or part of it.")
final class ShowCommand extends PlaybookCommand {

	@Parameters(index = "0", arity = "1..*", paramLabel = "ID-or-title", description = "Id, id prefix, or title.")
	List<String> words;

	ShowCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException {
		PlaybookQueries queries = new PlaybookQueries(playbook().playbook());
		Entry entry = EntryArgument.resolve(queries, words);
		List<Field> fields = EntryDetails.of(entry, queries);
		var out = out();
		if (json()) {
			out.println(Json.GSON.toJson(json(entry, queries)));
		} else {
			print(out, entry, fields);
		}
		return ParleyCli.OK;
	}

	/** The entry in full as JSON: its summary, then each of its fields (also what {@code new --json} prints). */
	static JsonObject json(Entry entry, PlaybookQueries queries) {
		JsonObject o = Json.summary(entry);
		for (Field f : EntryDetails.of(entry, queries)) {
			if (f.items() != null) {
				o.add(f.name(), Json.strings(f.items()));
			} else {
				o.addProperty(f.name(), f.text());
			}
		}
		return o;
	}

	private static void print(PrintWriter out, Entry entry, List<Field> fields) {
		out.println(entry.getTitle());
		out.println(EntryType.of(entry.eClass()).key() + " · " + entry.getStatus().getLiteral() + " · " + entry.getId());
		List<String> tags = Json.tagNames(entry);
		if (!tags.isEmpty()) {
			out.println("tags: " + String.join(", ", tags));
		}
		for (Field f : fields) {
			out.println();
			out.println(f.name() + ":");
			if (f.items() == null) {
				out.println("  " + f.text());
			} else {
				for (String item : f.items()) {
					out.println("  - " + item);
				}
			}
		}
	}
}
