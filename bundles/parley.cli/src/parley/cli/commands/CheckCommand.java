package parley.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.interchange.ImportException;
import parley.core.interchange.PlaybookCsv;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.search.SearchException;
import parley.search.check.ReplyChecker;
import parley.search.check.ReplyChecker.Finding;
import parley.search.check.ReplyChecker.Kind;
import parley.search.check.ReplyChecker.Ref;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley check "text"}, {@code --file reply.txt} or {@code --csv macros.csv --column body}: the spans of a
 * draft reply (or of every macro of a helpdesk export) that say what one of the playbook's avoid-phrases says,
 * with what to say instead, and the recommended phrases present. Exit 1 when an avoid-phrase is found at or above
 * {@code --min-confidence}, so a macro library can be checked in CI.
 */
@Command(name = "check", description = { "Check a draft reply, a file or a CSV of canned replies against the playbook's"
		+ " avoid-phrases and recommended phrases.",
		"Spans that say an avoid-phrase are marked «like this», with what to say instead." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no avoid-phrase at or above --min-confidence", "1:an avoid-phrase was found",
				"2:usage error, or the file or CSV could not be read" })
final class CheckCommand extends PlaybookCommand {

	@Parameters(arity = "0..1", paramLabel = "TEXT", description = "The draft reply to check.")
	String text;

	@Option(names = "--file", paramLabel = "FILE", description = "Check the text of this file (UTF-8).")
	Path file;

	@Option(names = "--csv", paramLabel = "FILE", description = "Check every row of this CSV file (one reply a row).")
	Path csv;

	@Option(names = "--column", paramLabel = "NAME", description = "With --csv: the column holding the reply text.")
	String column;

	@Option(names = "--id-column", paramLabel = "NAME", description = "With --csv: the column naming each row.")
	String idColumn;

	@Option(names = "--min-confidence", paramLabel = "X", defaultValue = "" + ReplyChecker.DEFAULT_MIN_CONFIDENCE,
			description = "Report findings at or above this confidence, 0 to 1 (default ${DEFAULT-VALUE}).")
	double minConfidence;

	CheckCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		int inputs = (text != null ? 1 : 0) + (file != null ? 1 : 0) + (csv != null ? 1 : 0);
		if (inputs != 1) {
			throw new CliException("give the reply to check: TEXT, --file FILE or --csv FILE --column NAME (one of them)",
					ParleyCli.USAGE);
		}
		if (!(minConfidence >= 0 && minConfidence <= 1)) {
			throw new CliException("--min-confidence must be between 0 and 1, not " + minConfidence, ParleyCli.USAGE);
		}
		if (csv == null && (column != null || idColumn != null)) {
			throw new CliException("--column and --id-column go with --csv", ParleyCli.USAGE);
		}
		if (csv != null && column == null) {
			throw new CliException("--csv needs --column NAME: the column holding the reply text", ParleyCli.USAGE);
		}
		List<Row> rows = csv != null ? csvRows() : List.of(new Row(0, null, file != null ? read(file) : text));
		OpenPlaybook open = playbook();
		ReplyChecker checker = ReplyChecker.of(open.playbook(), open.folder());
		boolean avoid = false;
		int flagged = 0;
		JsonArray results = new JsonArray();
		for (Row row : rows) {
			List<Finding> findings = checker.check(row.text(), minConfidence);
			boolean rowAvoids = findings.stream().anyMatch(f -> f.kind() == Kind.AVOID);
			avoid |= rowAvoids;
			flagged += rowAvoids ? 1 : 0;
			if (json()) {
				JsonObject result = new JsonObject();
				if (csv != null) {
					result.addProperty("row", row.number());
					result.addProperty("id", row.id());
				}
				result.add("findings", json(findings));
				results.add(result);
			} else if (csv == null || !findings.isEmpty()) {
				print(row, findings);
			}
		}
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("minConfidence", minConfidence);
			if (csv != null) {
				o.addProperty("checked", rows.size());
				o.addProperty("withAvoidPhrases", flagged);
				o.add("rows", results);
			} else {
				o.add("findings", results.get(0).getAsJsonObject().get("findings"));
			}
			out().println(Json.GSON.toJson(o));
		} else if (csv != null) {
			out().printf("%d of %d replies say an avoid-phrase (confidence %.2f or more).%n", flagged, rows.size(),
					minConfidence);
		}
		return avoid ? ParleyCli.FAILED : ParleyCli.OK;
	}

	private record Row(int number, String id, String text) {
	}

	private String read(Path path) {
		Path p = context.resolvePath(path);
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			throw new CliException("cannot read " + p + ": " + (e.getMessage() == null ? e : e.getMessage()),
					ParleyCli.USAGE);
		}
	}

	private List<Row> csvRows() {
		List<List<String>> table;
		try {
			table = PlaybookCsv.rows(csv.getFileName().toString(), read(csv));
		} catch (ImportException e) {
			throw new CliException(csv + ": " + (e.problems().isEmpty() ? e.getMessage() : e.problems().get(0)),
					ParleyCli.USAGE);
		}
		if (table.isEmpty()) {
			throw new CliException(csv + " is empty: it needs a header row naming its columns", ParleyCli.USAGE);
		}
		List<String> header = table.get(0).stream().map(String::strip).toList();
		int textAt = column(header, column);
		int idAt = idColumn == null ? -1 : column(header, idColumn);
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			rows.add(new Row(i, idAt < 0 || idAt >= cells.size() ? null : cells.get(idAt),
					textAt < cells.size() ? cells.get(textAt) : ""));
		}
		return rows;
	}

	private int column(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equalsIgnoreCase(name.strip())) {
				return i;
			}
		}
		throw new CliException("no column '" + name + "' in " + csv + "; its columns are: " + String.join(", ", header),
				ParleyCli.USAGE);
	}

	private void print(Row row, List<Finding> findings) {
		if (row.number() > 0) {
			out().println("row " + row.number() + (row.id() == null ? "" : " (" + row.id() + ")") + ":");
		}
		out().println("  " + marked(row.text(), findings.stream().filter(f -> f.kind() == Kind.AVOID).toList())
				.replace('\n', ' '));
		if (findings.isEmpty()) {
			out().println("  No avoid-phrase or recommended phrase found.");
		}
		for (Finding f : findings) {
			if (f.kind() == Kind.AVOID) {
				out().printf("  avoid «%s»: %s (%.2f)%n", f.span().replace('\n', ' '), f.phrase().title(), f.confidence());
				for (Ref r : f.replacements()) {
					out().println("    say instead: " + r.text());
				}
			} else {
				out().printf("  good  «%s»: %s (%.2f)%n", f.span().replace('\n', ' '), f.phrase().title(), f.confidence());
			}
			if (!f.techniques().isEmpty()) {
				out().println("    techniques: " + String.join(", ", f.techniques().stream().map(Ref::title).toList()));
			}
		}
	}

	/** The text with the spans marked «like this», as search marks matching words in snippets. */
	static String marked(String text, List<Finding> findings) {
		StringBuilder b = new StringBuilder();
		int at = 0;
		for (Finding f : findings) {
			if (f.start() < at) {
				continue;
			}
			b.append(text, at, f.start()).append('«').append(text, f.start(), f.end()).append('»');
			at = f.end();
		}
		return b.append(text.substring(at)).toString();
	}

	private static JsonArray json(List<Finding> findings) {
		JsonArray a = new JsonArray();
		for (Finding f : findings) {
			JsonObject o = new JsonObject();
			o.addProperty("kind", f.kind() == Kind.AVOID ? "avoid" : "good");
			o.addProperty("start", f.start());
			o.addProperty("end", f.end());
			o.addProperty("span", f.span());
			o.addProperty("confidence", f.confidence());
			o.add("phrase", ref(f.phrase()));
			JsonArray replacements = new JsonArray();
			f.replacements().forEach(r -> replacements.add(ref(r)));
			o.add("replacements", replacements);
			JsonArray techniques = new JsonArray();
			f.techniques().forEach(r -> techniques.add(ref(r)));
			o.add("techniques", techniques);
			a.add(o);
		}
		return a;
	}

	private static JsonObject ref(Ref r) {
		JsonObject o = new JsonObject();
		o.addProperty("id", r.id());
		o.addProperty("title", r.title());
		if (r.text() != null) {
			o.addProperty("text", r.text());
		}
		return o;
	}
}
