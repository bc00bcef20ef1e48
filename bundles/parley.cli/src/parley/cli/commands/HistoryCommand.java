package parley.cli.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.vcs.VcsException;
import parley.vcs.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code parley history [ID-or-title]}: the playbook's versions, or those that changed one entry. */
@Command(name = "history", description = "List saved versions, newest first; with an entry, only the versions that changed it.")
final class HistoryCommand implements Callable<Integer> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@ParentCommand
	RootCommand root;

	@Mixin
	PlaybookOptions options;

	@Parameters(arity = "0..*", paramLabel = "ID-or-title", description = "An entry (id, id prefix or title).")
	List<String> words;

	@Override
	public Integer call() {
		var context = root.context();
		var open = context.open(options.playbook);
		Entry entry = words == null || words.isEmpty() ? null : EntryArgument.resolve(new PlaybookQueries(open.playbook()), words);
		try (var repo = VcsSupport.repository(open)) {
			List<Version> versions = repo.history(entry == null ? null : entry.getId());
			if (options.json) {
				context.out().println(Json.GSON.toJson(versions));
				return ParleyCli.OK;
			}
			if (versions.isEmpty()) {
				context.out().println(entry == null ? "No versions yet; save one with 'parley commit -m MESSAGE'."
						: "No saved version changed '" + entry.getTitle() + "'.");
			}
			for (Version v : versions) {
				context.out().printf("%s  %s  %s%s%n    %s%n", v.shortId(), WHEN.format(v.time()), v.author(),
						v.releases().isEmpty() ? "" : "  (release " + String.join(", ", v.releases()) + ")",
						v.message().replace("\n", "\n    "));
			}
			return ParleyCli.OK;
		} catch (VcsException e) {
			throw new CliException(e);
		}
	}
}
