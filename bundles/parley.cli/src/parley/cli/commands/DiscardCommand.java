package parley.cli.commands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.core.inbox.InboxDecisions;
import parley.core.inbox.InboxException;
import parley.core.inbox.InboxStore;
import parley.core.store.StoreException;
import parley.model.playbook.Candidate;
import parley.model.playbook.Inbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley discard ID...}: waiting candidates are set aside (kept, hidden from the waiting list;
 * {@code --undo} brings them back). Only the inbox changes; all or nothing.
 */
@Command(name = "discard", description = { "Discard candidates of the inbox that the playbook should not take. They"
		+ " stay in the inbox ('parley inbox --state discarded') and 'parley discard --undo ID' brings one back." })
final class DiscardCommand extends EditCommand {

	@Parameters(arity = "1..*", paramLabel = "ID", description = "Candidates ('parley inbox' lists them).")
	List<String> ids;

	@Option(names = "--undo", description = "Bring discarded candidates back among the waiting ones.")
	boolean undo;

	private final List<Candidate> touched = new ArrayList<>();

	DiscardCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() throws StoreException {
		Inbox inbox = InboxStore.load(folder());
		InboxDecisions decisions = new InboxDecisions(session, Clock.systemUTC());
		try {
			for (String id : ids) {
				Candidate candidate = InboxDecisions.find(inbox, id);
				if (undo) {
					decisions.restore(candidate);
				} else {
					decisions.discard(candidate);
				}
				touched.add(candidate);
			}
		} catch (InboxException e) {
			throw new CliException(e.getMessage() + (ids.size() > 1 ? " Nothing was changed." : ""));
		}
		return () -> {
			for (Candidate c : touched) {
				out().println(c.getId());
			}
			err().printf("%s %d candidate%s.%n", undo ? "Brought back" : "Discarded", touched.size(),
					touched.size() == 1 ? "" : "s");
		};
	}

	@Override
	void saved() throws StoreException {
		InboxStore.record(folder(), touched);
	}
}
