package parley.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.curation.CurationState;
import parley.core.store.StoreException;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchLimitException;
import parley.search.SearchLimits;
import parley.search.SearchRequest;
import parley.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley search QUERY}: ranked, highlighted full-text search with filters and facets. */
@Command(name = "search", description = { "Search the playbook. Query syntax: words (synonyms and small typos are"
		+ " handled), \"exact phrase\", field:value (type:phrase tag:billing status:approved emotion:angry"
		+ " channel:chat kind:avoid source:... title:...), -exclude, prefix*, AND, OR, (grouping).",
		"Matching words in snippets are marked «like this»." })
final class SearchCommand extends PlaybookCommand {

	@Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are one query).")
	List<String> words;

	@Option(names = "--type", paramLabel = "TYPE", description = "Only this type (repeatable): technique, phrase, scenario, source.")
	List<String> types = new ArrayList<>();

	@Option(names = "--tag", paramLabel = "TAG", description = "Only entries with this tag (repeatable).")
	List<String> tags = new ArrayList<>();

	@Option(names = "--status", paramLabel = "STATUS", description = "Only this status (repeatable): draft, in-review, approved, changed-since-approval or retired.")
	List<String> statuses = new ArrayList<>();

	@Option(names = "--limit", paramLabel = "N", defaultValue = "10",
			description = "Hits per page (default ${DEFAULT-VALUE}, at most " + SearchLimits.MAX_LIMIT + ").")
	int limit;

	@Option(names = "--offset", paramLabel = "N", defaultValue = "0",
			description = "Hits to skip, for paging (--offset + --limit at most " + SearchLimits.MAX_WINDOW + ").")
	int offset;

	@Option(names = "--facets", description = "Also count matches by type, tag, status, emotion and channel.")
	boolean facets;

	SearchCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		if (limit < 1 || offset < 0) {
			throw new CliException("--limit must be at least 1 and --offset at least 0", ParleyCli.USAGE);
		}
		try {
			SearchLimits.checkPaging(offset, limit); // before the index is opened (or built)
		} catch (SearchLimitException e) {
			throw limitExceeded(e);
		}
		for (String status : statuses) {
			if (CurationState.parse(status) == null) {
				throw new CliException("unknown --status '" + status + "'; use " + Stream.of(CurationState.values())
						.map(CurationState::key).collect(Collectors.joining(", ")), ParleyCli.USAGE);
			}
		}
		String query = String.join(" ", words);
		try (var search = search()) { // the playbook is loaded only if the index needs it
			SearchResults results = search.search(new SearchRequest(query, types, tags, statuses, offset, limit, facets));
			if (json()) {
				out().println(Json.GSON.toJson(json(query, results)));
			} else {
				print(out(), query, results);
			}
			return ParleyCli.OK;
		} catch (SearchLimitException e) {
			throw limitExceeded(e);
		}
	}

	/** A search over the limits, worded in terms of this command's options. */
	private CliException limitExceeded(SearchLimitException e) {
		return switch (e.limit()) {
		case PAGE_SIZE -> new CliException("--limit " + limit + " is too large: at most " + SearchLimits.MAX_LIMIT
				+ " hits are shown at a time; use --offset to see the next ones (--offset " + SearchLimits.MAX_LIMIT
				+ " --limit " + SearchLimits.MAX_LIMIT + ")", ParleyCli.USAGE);
		case PAGE_WINDOW -> new CliException("--offset " + offset + " with --limit " + limit + " goes past hit "
				+ SearchLimits.MAX_WINDOW + ", the furthest a search pages (--offset + --limit must be at most "
				+ SearchLimits.MAX_WINDOW + "); narrow the query or filter with --type, --tag or --status instead",
				ParleyCli.USAGE);
		case CLAUSES, TERMS -> new CliException(e.getMessage() + " Or narrow with --type, --tag or --status.");
		default -> new CliException(e.getMessage());
		};
	}

	private void print(java.io.PrintWriter out, String query, SearchResults r) {
		if (r.didYouMean() != null) {
			out.println("Did you mean: " + r.didYouMean());
		}
		if (r.totalHits() == 0) {
			out.println("No entries match '" + query + "'.");
			return;
		}
		out.printf("%s %s for '%s'%s; showing %d-%d%n", r.totalHits() + (r.exactTotal() ? "" : "+"),
				r.totalHits() == 1 ? "entry matches" : "entries match",
				query, r.fuzzy() ? " (including near spellings)" : "", offset + 1, offset + r.hits().size());
		int rank = offset;
		for (Hit hit : r.hits()) {
			out.printf("%n%3d. %s  [%s, %s]%n", ++rank, hit.title(), hit.type(), hit.id().substring(0, 8));
			if (hit.snippet() != null && !hit.snippet().equals(hit.title())) {
				out.println("     " + hit.snippet().replace('\n', ' '));
			}
		}
		if (!r.facets().isEmpty()) {
			out.println();
			for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
				if (dim.getValue().isEmpty()) {
					continue;
				}
				StringBuilder line = new StringBuilder(String.format("%-8s", dim.getKey() + ":"));
				dim.getValue().forEach((label, count) -> line.append(' ').append(label).append(" (").append(count).append(')'));
				out.println(line);
			}
		}
	}

	private JsonObject json(String query, SearchResults r) {
		JsonObject o = new JsonObject();
		o.addProperty("query", query);
		o.addProperty("total", r.totalHits());
		o.addProperty("totalIsExact", r.exactTotal());
		o.addProperty("offset", offset);
		o.addProperty("fuzzy", r.fuzzy());
		o.addProperty("didYouMean", r.didYouMean());
		JsonArray hits = new JsonArray();
		for (Hit hit : r.hits()) {
			hits.add(Json.GSON.toJsonTree(hit));
		}
		o.add("hits", hits);
		if (facets) {
			o.add("facets", Json.GSON.toJsonTree(r.facets()));
		}
		return o;
	}
}
