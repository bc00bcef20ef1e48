package parley.cli.commands;

import java.nio.file.Path;

import parley.cli.CliContext;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.search.SearchException;
import parley.search.SearchService;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of a command that works on a playbook: the shared options ({@code --playbook DIR}, {@code --json};
 * {@link PlaybookOptions}), the choice of the playbook folder (the command's own {@code --playbook}, else the
 * one given before the command, {@code parley --playbook DIR COMMAND} as with {@code git -C}, else the working
 * directory's playbook, else the user's default) and opening it only as far as the command needs:
 * <ul>
 * <li>{@link #playbook()} loads the model (every shard), once;</li>
 * <li>{@link #search()} answers from an up-to-date index without loading it;</li>
 * <li>{@link #repository()} reads git only: unless the command loaded the playbook, only an interrupted save is
 * completed first ({@link XmiPlaybookStore#recoverInterruptedSave}), so git never reads half a save.</li>
 * </ul>
 * So {@code history} (without an entry), {@code diff}, {@code sync}, {@code conflicts}, {@code restore} of a whole
 * version and {@code commit} load no model ({@code diff} parses only the files that changed; a sync that merges
 * loads the model in {@code parley.vcs}; {@code commit} parses the files git's status says changed, because a
 * playbook that does not load is never saved as a version).
 * Failures of the layers below are worded by {@link CliCommand}.
 */
abstract class PlaybookCommand extends CliCommand {

	@Mixin
	PlaybookOptions options;

	@Spec
	CommandSpec spec;

	private Path folder;
	private OpenPlaybook loaded;

	PlaybookCommand(CliContext context) {
		super(context);
	}

	/** Whether {@code --json} was given. */
	boolean json() {
		return options.json;
	}

	/**
	 * The {@code --playbook} the user gave: after the command, else before it (the root command's option, as
	 * picocli parsed it), else null.
	 */
	private Path chosen() {
		if (options.playbook != null) {
			return options.playbook;
		}
		var root = spec.root().commandLine().getParseResult();
		return root == null ? null : root.matchedOptionValue("--playbook", (Path) null);
	}

	/** The playbook folder this command works on (nothing is read from it yet). */
	Path folder() throws StoreException {
		if (folder == null) {
			folder = context.folder(chosen());
		}
		return folder;
	}

	/** The playbook, loaded on first use (a playbook that does not load fails the command here). */
	OpenPlaybook playbook() throws StoreException {
		if (loaded == null) {
			loaded = context.load(folder());
		}
		return loaded;
	}

	/** The search over the playbook, which is loaded only if the index needs it. */
	SearchService search() throws StoreException, SearchException {
		return context.search(folder());
	}

	/**
	 * The playbook's repository. Unless the command loaded the playbook first, the model is not read: only a save
	 * that was interrupted is completed (or discarded) first, so git never reads half a save.
	 */
	PlaybookRepository repository() throws StoreException, VcsException {
		Path dir = loaded != null ? loaded.folder() : XmiPlaybookStore.recoverInterruptedSave(folder());
		return PlaybookRepository.open(dir);
	}
}
