package parley.cli.commands;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.core.curation.People;
import parley.core.curation.ReviewSchedule;
import parley.core.service.Elements;
import parley.core.service.EntryDetails;
import parley.core.service.EntryDetails.Field;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.ReviewComment;
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
			JsonObject o = Json.summary(entry);
			for (Field f : fields) {
				if (f.items() != null) {
					o.add(f.name(), Json.strings(f.items()));
				} else {
					o.addProperty(f.name(), f.text());
				}
			}
			o.add("curation", curationJson(entry));
			out.println(Json.GSON.toJson(o));
		} else {
			print(out, entry, fields);
			printCuration(out, entry);
		}
		return ParleyCli.OK;
	}

	private static void print(PrintWriter out, Entry entry, List<Field> fields) {
		out.println(entry.getTitle());
		out.println(EntryType.of(entry.eClass()).key() + " · " + CurationState.of(entry).label() + " · " + entry.getId());
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

	private static JsonObject curationJson(Entry entry) {
		JsonObject c = new JsonObject();
		CurationState state = CurationState.of(entry);
		c.addProperty("state", state.key());
		c.addProperty("reviewer", entry.getReviewer());
		c.addProperty("editedBy", entry.getEditedBy());
		Entry replacement = entry.getReplacedBy();
		c.add("replacedBy", replacement == null || replacement.eIsProxy() ? null : Json.summary(replacement));
		LocalDate due = ReviewSchedule.dueDate(entry);
		c.addProperty("due", due == null ? null : due.equals(LocalDate.MIN) ? "never reviewed" : due.toString());
		CurationEvent approval = CuratedContent.lastApproval(entry);
		c.add("lastApproval", approval == null ? null : event(approval));
		JsonArray events = new JsonArray();
		entry.getEvents().forEach(e -> events.add(event(e)));
		c.add("events", events);
		JsonArray comments = new JsonArray();
		for (ReviewComment comment : entry.getComments()) {
			JsonObject o = new JsonObject();
			o.addProperty("author", comment.getAuthor());
			o.addProperty("at", comment.getAt() == null ? null : comment.getAt().toString());
			o.addProperty("text", comment.getText());
			comments.add(o);
		}
		c.add("comments", comments);
		if (state == CurationState.CHANGED) {
			Function<String, String> titles = titles(entry);
			c.addProperty("approvedContent", CuratedContent.readable(approval.getContent(), titles));
			c.addProperty("currentContent", CuratedContent.readable(CuratedContent.of(entry), titles));
		}
		return c;
	}

	private static JsonObject event(CurationEvent e) {
		JsonObject o = new JsonObject();
		o.addProperty("action", e.getAction().getLiteral());
		o.addProperty("by", e.getBy());
		o.addProperty("at", e.getAt() == null ? null : e.getAt().toString());
		o.addProperty("comment", e.getComment());
		return o;
	}

	private static void printCuration(PrintWriter out, Entry entry) {
		CurationState state = CurationState.of(entry);
		out.println();
		out.println("curation:");
		out.println("  state: " + state.label());
		CurationEvent approval = CuratedContent.lastApproval(entry);
		if (approval != null) {
			out.println("  last approval: " + People.shortName(approval.getBy()) + ", " + day(approval.getAt()));
		}
		if (entry.getReviewer() != null) {
			out.println("  reviewer: " + entry.getReviewer());
		}
		if (entry.getReplacedBy() != null && !entry.getReplacedBy().eIsProxy()) {
			out.println("  replaced by: " + CurationCommand.describe(entry.getReplacedBy()));
		}
		LocalDate due = ReviewSchedule.dueDate(entry);
		if (due != null) {
			out.println("  next review: " + (due.equals(LocalDate.MIN) ? "now (never reviewed)" : due));
		}
		if (!entry.getEvents().isEmpty()) {
			out.println();
			out.println("history:");
			for (CurationEvent e : entry.getEvents()) {
				out.println("  " + time(e.getAt()) + "  " + e.getAction().getLiteral() + " by " + People.shortName(e.getBy())
						+ (e.getComment() == null ? "" : ": " + e.getComment()));
			}
		}
		if (!entry.getComments().isEmpty()) {
			out.println();
			out.println("comments:");
			for (ReviewComment c : entry.getComments()) {
				out.println("  " + time(c.getAt()) + "  " + People.shortName(c.getAuthor()) + ": " + c.getText());
			}
		}
		if (state == CurationState.CHANGED) {
			Function<String, String> titles = titles(entry);
			out.println();
			out.println("approved content (" + day(approval.getAt()) + "):");
			indent(out, CuratedContent.readable(approval.getContent(), titles));
			out.println();
			out.println("current content:");
			indent(out, CuratedContent.readable(CuratedContent.of(entry), titles));
		}
	}

	private static void indent(PrintWriter out, String text) {
		for (String line : text.split("\n")) {
			out.println("  " + line);
		}
	}

	/** Titles of the playbook's elements by id, to show links in approved content. */
	private static Function<String, String> titles(Entry entry) {
		Map<String, String> titles = new HashMap<>();
		if (entry.eContainer() instanceof Playbook playbook) {
			for (EObject e : Elements.all(playbook)) {
				if (e instanceof Identified i) {
					titles.put(i.getId(), Labels.name(e));
				}
			}
		}
		return titles::get;
	}

	private static String day(Instant at) {
		return at == null ? "unknown date" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
	}

	private static String time(Instant at) {
		return at == null ? "(no date)       " : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(at);
	}
}
