package parley.cli.commands;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.inbox.CandidateState;
import parley.core.inbox.Candidates;
import parley.core.inbox.InboxDecisions;
import parley.core.inbox.InboxException;
import parley.core.inbox.InboxStore;
import parley.core.service.Labels;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Candidate;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import parley.search.Hit;
import parley.search.SearchException;
import parley.search.SearchLimits;
import parley.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley inbox [ID]}: the candidates that article imports filed, by state (read against the playbook:
 * {@link CandidateState}), or one candidate in full with the entries it resembles.
 */
@Command(name = "inbox", description = { "List the candidates imported articles left in the inbox, or show one"
		+ " (ID, or the first 4 or more characters of it) in full.",
		"A candidate is waiting until it is accepted as a draft entry ('parley accept'), merged into an entry"
				+ " ('parley accept --merge-into') or discarded ('parley discard'); undoing an accept or restoring an"
				+ " older version puts it back among the waiting." })
final class InboxCommand extends PlaybookCommand {

	/** Which candidates to list. */
	enum Shown {
		pending, accepted, merged, discarded, withdrawn, all
	}

	@Parameters(arity = "0..1", paramLabel = "ID", description = "A candidate to show in full.")
	String id;

	@Option(names = "--state", paramLabel = "STATE", defaultValue = "pending",
			description = "Which candidates: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
	Shown state;

	@Option(names = "--source", paramLabel = "SOURCE",
			description = "Only the candidates of this source (id, id prefix or title).")
	String source;

	@Option(names = "--similar", paramLabel = "N", defaultValue = "0",
			description = "Also list the N entries of the playbook most like each candidate (default 0 in the list,"
					+ " 5 for one candidate).")
	int similar;

	InboxCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, SearchException {
		if (similar < 0 || similar > SearchLimits.MAX_LIMIT) {
			throw new CliException("--similar must be between 0 and " + SearchLimits.MAX_LIMIT + ", not " + similar,
					ParleyCli.USAGE);
		}
		OpenPlaybook open = playbook();
		Inbox inbox = InboxStore.load(open.folder());
		Map<String, Entry> entries = CandidateState.entriesById(open.playbook());
		if (id != null) {
			Candidate candidate;
			try {
				candidate = InboxDecisions.find(inbox, id);
			} catch (InboxException e) {
				throw new CliException(e.getMessage());
			}
			int n = similar == 0 ? 5 : similar;
			List<Hit> hits = similar(open, List.of(candidate), n).get(0);
			if (json()) {
				out().println(Json.GSON.toJson(json(candidate, entries, hits)));
			} else {
				printFull(candidate, entries, hits);
			}
			return ParleyCli.OK;
		}
		String sourceId = source == null ? null : EntryArgument.resolve(new parley.core.service.PlaybookQueries(open.playbook()), List.of(source)).getId();
		Map<CandidateState, Integer> counts = new EnumMap<>(CandidateState.class);
		List<Candidate> listed = new ArrayList<>();
		for (Candidate candidate : inbox.getCandidates()) {
			if (sourceId != null && !sourceId.equals(candidate.getSourceId())) {
				continue;
			}
			CandidateState s = CandidateState.of(candidate, entries);
			counts.merge(s, 1, Integer::sum);
			if (state == Shown.all || s.name().toLowerCase(Locale.ROOT).equals(state.name())) {
				listed.add(candidate);
			}
		}
		List<List<Hit>> hits = similar(open, listed, similar);
		if (json()) {
			JsonArray array = new JsonArray();
			for (int i = 0; i < listed.size(); i++) {
				array.add(json(listed.get(i), entries, similar == 0 ? null : hits.get(i)));
			}
			out().println(Json.GSON.toJson(array));
			return ParleyCli.OK;
		}
		for (int i = 0; i < listed.size(); i++) {
			Candidate c = listed.get(i);
			out().printf("%s  %-22s %s%s%n", c.getId().substring(0, 8), Candidates.kind(c), Candidates.shortTitle(c, 70),
					state == Shown.all ? "  (" + CandidateState.of(c, entries).name().toLowerCase(Locale.ROOT) + ")" : "");
			if (similar > 0) {
				for (Hit hit : hits.get(i)) {
					out().printf("          like %s  [%s, %s]%n", hit.title(), hit.type(), hit.id().substring(0, 8));
				}
			}
		}
		int withdrawn = counts.getOrDefault(CandidateState.WITHDRAWN, 0);
		err().printf("Inbox: %d waiting, %d accepted, %d merged, %d discarded%s%s.%s%n",
				counts.getOrDefault(CandidateState.PENDING, 0), counts.getOrDefault(CandidateState.ACCEPTED, 0),
				counts.getOrDefault(CandidateState.MERGED, 0), counts.getOrDefault(CandidateState.DISCARDED, 0),
				withdrawn == 0 ? "" : ", " + withdrawn + " withdrawn (their source is not in the playbook)",
				sourceId == null ? "" : " from this source",
				listed.isEmpty() ? "" : " 'parley inbox ID' shows one in full.");
		return ParleyCli.OK;
	}

	/** The entries most like each candidate's wording ({@code n} = 0: none, without opening the index). */
	private List<List<Hit>> similar(OpenPlaybook open, List<Candidate> candidates, int n) throws SearchException {
		List<List<Hit>> all = new ArrayList<>();
		if (n == 0 || candidates.isEmpty()) {
			candidates.forEach(c -> all.add(List.of()));
			return all;
		}
		try (SearchService search = context.search(open)) {
			for (Candidate candidate : candidates) {
				all.add(search.similarToText(Candidates.searchText(candidate), n));
			}
		}
		return all;
	}

	private void printFull(Candidate c, Map<String, Entry> entries, List<Hit> hits) {
		CandidateState s = CandidateState.of(c, entries);
		out().printf("Candidate %s: %s, %s%n", c.getId(), Candidates.kind(c), s.name().toLowerCase(Locale.ROOT));
		out().println("Title:    " + c.getTitle());
		if (c.getText() != null && !c.getText().equals(c.getTitle())) {
			out().println("Wording:  " + c.getText());
		}
		if (c.getReplacement() != null) {
			out().println("Say instead: \"" + c.getReplacement().getText() + "\" (candidate "
					+ c.getReplacement().getId().substring(0, 8) + ")");
		}
		if (c.getContext() != null && !c.getContext().isBlank()) {
			out().println("Context:  " + c.getContext());
		}
		if (c.getPassage() != null && !c.getPassage().isBlank()) {
			out().println("Passage:  " + c.getPassage());
		}
		Entry src = c.getSourceId() == null ? null : entries.get(c.getSourceId());
		out().println("Source:   " + (src == null ? "(not in the playbook)" : Labels.describe(src))
				+ (c.getDocument() == null ? "" : ", from " + c.getDocument()));
		if (s == CandidateState.ACCEPTED || s == CandidateState.MERGED) {
			out().println((s == CandidateState.ACCEPTED ? "Entry:    " : "Merged into: ")
					+ Labels.describe(entries.get(c.getEntryId())) + " [" + c.getEntryId().substring(0, 8) + "]"
					+ (c.getDecidedBy() == null ? "" : " by " + c.getDecidedBy()));
		}
		if (!hits.isEmpty()) {
			out().println("Entries like it:");
			int rank = 0;
			for (Hit hit : hits) {
				out().printf("%3d. %s  [%s, %s]%n", ++rank, hit.title(), hit.type(), hit.id().substring(0, 8));
			}
		}
		if (s == CandidateState.PENDING) {
			out().println("Accept it with 'parley accept " + c.getId().substring(0, 8) + "', merge it with 'parley accept "
					+ c.getId().substring(0, 8) + " --merge-into ENTRY', or 'parley discard " + c.getId().substring(0, 8) + "'.");
		}
	}

	/** A candidate as JSON; {@code entries} (null: no state) gives its state, {@code similar} the resembling entries. */
	static JsonObject json(Candidate c, Map<String, Entry> entries) {
		return json(c, entries, null);
	}

	static JsonObject json(Candidate c, Map<String, Entry> entries, List<Hit> similar) {
		JsonObject o = new JsonObject();
		o.addProperty("id", c.getId());
		o.addProperty("kind", c.getKind().getLiteral());
		if (c.getPhraseKind() != null) {
			o.addProperty("phraseKind", c.getPhraseKind().getLiteral());
		}
		o.addProperty("title", c.getTitle());
		o.addProperty("text", c.getText());
		o.addProperty("context", c.getContext());
		o.addProperty("passage", c.getPassage());
		o.addProperty("sourceId", c.getSourceId());
		o.addProperty("document", c.getDocument());
		if (c.getReplacement() != null) {
			o.addProperty("replacement", c.getReplacement().getId());
		}
		if (entries != null) {
			o.addProperty("state", CandidateState.of(c, entries).name().toLowerCase(Locale.ROOT));
			o.addProperty("entryId", c.getEntryId());
			o.addProperty("decidedBy", c.getDecidedBy());
			Instant at = c.getDecidedAt();
			o.addProperty("decidedAt", at == null ? null : at.toString());
		}
		if (similar != null) {
			JsonArray array = new JsonArray();
			for (Hit hit : similar) {
				JsonObject h = new JsonObject();
				h.addProperty("id", hit.id());
				h.addProperty("type", hit.type());
				h.addProperty("title", hit.title());
				array.add(h);
			}
			o.add("similar", array);
		}
		return o;
	}
}
