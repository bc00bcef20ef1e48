package parley.cli.commands;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.curation.CurationSteps;
import parley.core.edit.EditingSession;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.vcs.VcsException;
import parley.vcs.workflow.Authors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The base of the curation step commands ({@code submit}, {@code approve}, {@code reject}, {@code retire},
 * {@code reviewed}, {@code comment}, {@code reopen}): resolves the entries (each argument an id, an id prefix or a
 * title; or all the words as one title), resolves who acts as {@code parley commit} does ({@code --author}, else
 * {@code $PARLEY_AUTHOR}, else git's user), takes the step on every entry or on none
 * ({@link CurationSteps}) and saves. A refused step changes nothing and exits with {@link ParleyCli#FAILED},
 * naming every entry refused and why.
 */
abstract class CurationCommand extends PlaybookCommand {

	@Parameters(index = "0", arity = "1..*", paramLabel = "ID", description = "Ids, id prefixes or titles (quote a title with spaces).")
	List<String> words;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who takes the step (default: $PARLEY_AUTHOR, else git's user.name and user.email).")
	String author;

	/** Who takes the step, as written in the history ("Name &lt;email&gt;"). */
	private String actorName;

	CurationCommand(CliContext context) {
		super(context);
	}

	/** The step to take on each entry; may resolve further entries (the replacement of {@code retire}). */
	abstract CurationSteps.Step step(PlaybookQueries queries);

	@Override
	final int run() throws StoreException, VcsException {
		PlaybookQueries queries = new PlaybookQueries(playbook().playbook());
		List<Entry> entries = entries(queries, words);
		CurationSteps.Step step = step(queries);
		EditingSession session = EditingSession.forOneCommand(playbook());
		try {
			session.setEditor(actor());
			CurationSteps.Result result = CurationSteps.run(session, entries, step);
			if (result.refused()) {
				throw new CliException(result.message());
			}
			session.save();
			print(result);
			return ParleyCli.OK;
		} finally {
			session.dispose();
		}
	}

	private void print(CurationSteps.Result result) {
		var out = out();
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("step", result.step().name());
			o.addProperty("by", actorName);
			JsonArray array = new JsonArray();
			for (Entry e : result.entries()) {
				array.add(Json.summary(e));
			}
			o.add("entries", array);
			out.println(Json.GSON.toJson(o));
			return;
		}
		for (Entry e : result.entries()) {
			out.println(result.step().done() + ": " + describe(e));
		}
	}

	private String actor() throws VcsException, StoreException {
		actorName = actor(this, author);
		return actorName;
	}

	/**
	 * Who acts, decided as for a version ({@link Authors}): {@code option} ({@code --author}), else
	 * {@code $PARLEY_AUTHOR}, else the repository's git user; written "Name &lt;email&gt;".
	 */
	static String actor(PlaybookCommand command, String option) throws VcsException, StoreException {
		String given = option != null && !option.isBlank() ? option
				: command.context.environment(Authors.ENVIRONMENT);
		if (given != null && !given.isBlank()) {
			return Authors.parse(given).format();
		}
		try (var repo = command.repository()) {
			return Authors.resolve(null, null, null, repo).format();
		}
	}

	/** "phrase 'Calm down' (3f2a1b2c)". */
	static String describe(Entry e) {
		return EntryType.of(e.eClass()).key() + " '" + e.getTitle() + "' (" + e.getId().substring(0, Math.min(8, e.getId().length())) + ")";
	}

	/**
	 * The entries the arguments name, each argument one entry; when they do not, all the words as one title (so
	 * {@code parley approve Calm down} works unquoted). Fails naming every argument that matches no entry or several.
	 */
	static List<Entry> entries(PlaybookQueries queries, List<String> words) {
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String word : words) {
			try {
				entries.add(EntryArgument.resolve(queries, List.of(word)));
			} catch (CliException e) {
				problems.add(e.getMessage());
			}
		}
		if (problems.isEmpty()) {
			return entries;
		}
		if (words.size() > 1) {
			List<Entry> whole = queries.find(String.join(" ", words));
			if (whole.size() == 1) {
				return whole;
			}
		}
		throw new CliException(String.join(System.lineSeparator(), problems));
	}

	/** One entry named by an option's value ({@code --replaced-by}). */
	static Entry entry(PlaybookQueries queries, String option, String value) {
		try {
			return EntryArgument.resolve(queries, List.of(value));
		} catch (CliException e) {
			throw new CliException(option + ": " + e.getMessage());
		}
	}
}
