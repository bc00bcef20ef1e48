package parley.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.core.store.StoreException;
import parley.publish.PublishException;
import parley.search.SearchException;
import parley.vcs.VcsException;

/**
 * The base of every command: the {@link CliContext} it is made with (by {@link CommandFactory}) and the one
 * place where a failure of a layer below becomes a {@link CliException}, which adds the command line's hint
 * for it ({@code parley init}, {@code --playbook}, {@code parley commit} ...: {@code VcsHints}, {@code CliHints})
 * and is printed as {@code parley: message} with its exit code. A command that words a particular failure in
 * terms of its own options catches that failure itself and throws its own {@link CliException}. Commands that
 * work on a playbook extend {@link PlaybookCommand}; this smaller base is for those that do not ({@code init},
 * {@code clone}, {@code bench}).
 */
abstract class CliCommand implements Callable<Integer> {

	/** What this run of the command line shares: output, environment, the store. */
	final CliContext context;

	CliCommand(CliContext context) {
		this.context = context;
	}

	PrintWriter out() {
		return context.out();
	}

	PrintWriter err() {
		return context.err();
	}

	@Override
	public final Integer call() {
		try {
			return run();
		} catch (StoreException | VcsException | SearchException | PublishException e) {
			throw new CliException(e);
		}
	}

	/** Runs the command; returns its exit code ({@code ParleyCli.OK}, {@code FAILED} or {@code USAGE}). */
	abstract int run() throws StoreException, VcsException, SearchException, PublishException;
}
