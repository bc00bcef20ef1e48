package parley.cli.commands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.core.inbox.InboxDecisions;
import parley.core.inbox.InboxException;
import parley.core.inbox.InboxStore;
import parley.core.service.Labels;
import parley.core.store.StoreException;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Entry;
import parley.model.playbook.Inbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley accept ID...}: waiting candidates become draft entries citing their source, or with
 * {@code --merge-into} are merged into one entry ({@link InboxDecisions}); all or nothing.
 */
@Command(name = "accept", description = { "Accept candidates of the inbox: each becomes a draft entry that cites"
		+ " its source (an avoid-phrase also brings the wording the article pairs with it, as its replacement).",
		"With --merge-into, the candidates' wording is added to an existing entry instead (a technique's steps, a"
				+ " scenario's signals, a phrase's usage notes) and their source is cited there. Prints the ids of"
				+ " the entries. If one candidate cannot be taken, nothing is." })
final class AcceptCommand extends EditCommand {

	@Parameters(arity = "1..*", paramLabel = "ID", description = "Candidates ('parley inbox' lists them; 4 or more characters of an id will do).")
	List<String> ids;

	@Option(names = "--as", paramLabel = "TYPE",
			description = "Make the entries of this type instead of the one they were found as: ${COMPLETION-CANDIDATES}.")
	Kind as;

	@Option(names = "--merge-into", paramLabel = "ENTRY", description = "An entry (id, id prefix or title) to merge into.")
	String mergeInto;

	/** The types a candidate can be accepted as (the model's literals). */
	enum Kind {
		technique, phrase, scenario
	}

	private final List<Candidate> touched = new ArrayList<>();
	private final List<Candidate> settled = new ArrayList<>();
	private final List<Entry> results = new ArrayList<>();

	AcceptCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() throws StoreException {
		if (as != null && mergeInto != null) {
			throw new CliException("--as and --merge-into do not go together: a merge keeps the entry's type",
					parley.cli.ParleyCli.USAGE);
		}
		Inbox inbox = InboxStore.load(folder());
		Entry target = mergeInto == null ? null : entry(mergeInto);
		InboxDecisions decisions = new InboxDecisions(session, Clock.systemUTC());
		try {
			for (String id : ids) {
				Candidate candidate = InboxDecisions.find(inbox, id);
				if (target != null) {
					decisions.merge(candidate, target);
					results.add(target);
				} else {
					results.add(decisions.accept(candidate, as == null ? null : CandidateKind.get(as.name())));
				}
				settled.add(candidate);
				touched.add(candidate);
				if (candidate.getReplacement() != null) {
					touched.add(candidate.getReplacement());
				}
			}
		} catch (InboxException e) {
			throw new CliException(e.getMessage() + (ids.size() > 1 ? " Nothing was accepted." : ""));
		}
		return this::report;
	}

	@Override
	void saved() throws StoreException {
		InboxStore.record(folder(), touched);
	}

	private void report() {
		if (json()) {
			JsonArray array = new JsonArray();
			for (int i = 0; i < settled.size(); i++) {
				JsonObject o = new JsonObject();
				o.addProperty("candidate", settled.get(i).getId());
				o.addProperty("decision", settled.get(i).getDecision().getLiteral());
				o.addProperty("entryId", results.get(i).getId());
				o.addProperty("entry", Labels.describe(results.get(i)));
				array.add(o);
			}
			JsonObject result = new JsonObject();
			result.add("accepted", array);
			result.add("problems", problems());
			out().println(Json.GSON.toJson(result));
			return;
		}
		for (int i = 0; i < settled.size(); i++) {
			out().println(results.get(i).getId());
			err().println((mergeInto == null ? "Accepted " : "Merged ") + settled.get(i).getId().substring(0, 8)
					+ (mergeInto == null ? " as draft " : " into ") + Labels.describe(results.get(i)));
		}
	}
}
