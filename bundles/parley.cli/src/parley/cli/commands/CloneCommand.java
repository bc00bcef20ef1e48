package parley.cli.commands;

import java.nio.file.Path;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.core.store.StoreException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parley clone URL DIR}: a working copy of a shared playbook. */
@Command(name = "clone", description = "Copy a shared playbook (a git repository: path, file://, ssh:// or https://)"
		+ " into a new folder.")
final class CloneCommand extends CliCommand {

	@Parameters(index = "0", paramLabel = "URL")
	String url;

	@Parameters(index = "1", paramLabel = "DIR")
	Path dir;

	CloneCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		Path folder = context.resolvePath(dir);
		// A path is taken relative to where the command runs, as git does.
		String address = url;
		if (!url.contains("://") && !url.matches("[^/]+@[^/:]+:.*")) {
			Path local = context.resolvePath(Path.of(url));
			if (java.nio.file.Files.exists(local)) {
				address = local.toString();
			}
		}
		try (PlaybookRepository repo = PlaybookRepository.cloneFrom(address, folder)) {
			var open = context.store().open(folder);
			var stats = new PlaybookQueries(open.playbook()).stats();
			int versions = repo.history().size();
			out().printf("Cloned '%s' into %s (%d %s; %d techniques, %d phrases, %d scenarios).%n",
					open.playbook().getTitle(), folder, versions, versions == 1 ? "version" : "versions", stats.get("techniques"),
					stats.get("phrases"), stats.get("scenarios"));
			return ParleyCli.OK;
		}
	}
}
