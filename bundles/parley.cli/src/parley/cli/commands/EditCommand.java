package parley.cli.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliException;
import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.edit.EditingSession;
import parley.core.edit.FieldValues;
import parley.core.service.PlaybookQueries;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.model.playbook.Entry;
import parley.vcs.InvalidInputException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;
import picocli.CommandLine.Option;

/**
 * The base of the commands that edit entries ({@code new}, {@code set}, {@code link}, {@code unlink},
 * {@code delete}): each change is a command of a {@link EditingSession} (the same the workbench runs, stamping
 * {@code modified} and, when the editor is known, {@code editedBy}), saved atomically at the end; nothing is
 * saved when the edit fails. The editor is the author of versions ({@code --author}, else {@code $PARLEY_AUTHOR},
 * else git's configuration as {@code parley commit} finds it); in a folder that is no repository and with neither
 * given, nobody is recorded. Validation runs before and after: the problems the edit introduced are printed on
 * stderr as warnings (and in the JSON), and do not fail the command.
 */
abstract class EditCommand extends PlaybookCommand {

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"",
			description = "Who edits, recorded as the entry's editedBy (default: $PARLEY_AUTHOR, else git's user.name"
					+ " and user.email; nobody when none is known).")
	String author;

	/** The session of this run's edit (set while {@link #edit} runs). */
	EditingSession session;
	/** Queries over the loaded playbook. */
	PlaybookQueries queries;

	EditCommand(CliContext context) {
		super(context);
	}

	@Override
	final int run() throws StoreException, VcsException {
		OpenPlaybook open = playbook();
		queries = new PlaybookQueries(open.playbook());
		PlaybookValidator validator = new PlaybookValidator();
		List<Problem> before = validator.validate(open.playbook());
		session = EditingSession.forOneCommand(open);
		try {
			session.setEditor(editor());
			Runnable report = edit();
			if (session.isDirty()) {
				session.save();
			}
			saved();
			List<Problem> introduced = introduced(before, validator.validate(open.playbook()));
			for (Problem p : introduced) {
				err().println("parley: new problem: " + p);
			}
			this.introduced = introduced;
			report.run();
			return ParleyCli.OK;
		} catch (FieldValues.FieldException e) {
			throw new CliException(e.getMessage(), ParleyCli.USAGE);
		} finally {
			session.dispose();
		}
	}

	/**
	 * Called once the edit is saved (or when it changed nothing in the playbook), before the result is printed: a
	 * command that also keeps local state (the import inbox) writes it here, so it never records what the
	 * playbook did not keep.
	 */
	void saved() throws StoreException {
		// nothing by default
	}

	/** The problems the edit introduced ({@link #run}); for the JSON output. */
	private List<Problem> introduced = List.of();

	/**
	 * Makes the edit through {@link #session}; returns what prints its result once it is saved. Throws
	 * {@link CliException} (or {@link FieldValues.FieldException}, a usage error) before it changes anything when
	 * an argument is wrong.
	 */
	abstract Runnable edit() throws StoreException;

	/** Resolves an id, id prefix or title to one entry, as other commands do. */
	Entry entry(String idOrTitle) {
		return EntryArgument.resolve(queries, List.of(idOrTitle));
	}

	/** Prints the entry's id, or with {@code --json} the entry as {@code show --json} prints it, with the new problems. */
	void printEntry(Entry entry) {
		if (json()) {
			JsonObject o = ShowCommand.json(entry, queries);
			o.add("problems", problems());
			out().println(Json.GSON.toJson(o));
		} else {
			out().println(entry.getId());
		}
	}

	/** The problems the edit introduced, in {@code validate --json}'s shape. */
	JsonArray problems() {
		JsonArray array = new JsonArray();
		for (Problem p : introduced) {
			array.add(ValidateCommand.json(p));
		}
		return array;
	}

	/** Problems in {@code after} that were not in {@code before} (the element's label may have changed). */
	static List<Problem> introduced(List<Problem> before, List<Problem> after) {
		Set<List<Object>> known = new HashSet<>();
		before.forEach(p -> known.add(key(p)));
		List<Problem> added = new ArrayList<>();
		for (Problem p : after) {
			if (!known.contains(key(p))) {
				added.add(p);
			}
		}
		return added;
	}

	private static List<Object> key(Problem p) {
		return java.util.Arrays.asList(p.severity(), p.rule(), p.elementId(), p.field(), p.message());
	}

	/**
	 * Who edits: who takes a curation step ({@link CurationCommand#actor}: {@code --author}, else
	 * {@code $PARLEY_AUTHOR}, else the repository's git user), except that without any of them (a folder that is no
	 * repository) nobody is named and the edit is made all the same.
	 */
	private String editor() throws StoreException {
		String given = author != null && !author.isBlank() ? author : context.environment(Authors.ENVIRONMENT);
		if ((given == null || given.isBlank()) && !PlaybookRepository.exists(folder())) {
			return null;
		}
		try {
			return CurationCommand.actor(this, author);
		} catch (InvalidInputException e) {
			throw new CliException(e.getMessage(), ParleyCli.USAGE);
		} catch (VcsException e) {
			return null;
		}
	}
}
