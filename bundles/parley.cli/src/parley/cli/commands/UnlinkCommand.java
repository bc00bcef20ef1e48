package parley.cli.commands;

import org.eclipse.emf.ecore.EObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.core.service.Labels;
import parley.model.playbook.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley unlink ID --from ID [--step N]}: removes the link between two entries; prints the first one's id. */
@Command(name = "unlink", description = { "Remove the link between an entry and another (or a scenario's step N),"
		+ " whichever way it was made, and print the entry's id. The links are those 'parley link' makes." })
final class UnlinkCommand extends EditCommand {

	@Parameters(index = "0", paramLabel = "ID", description = "Id, id prefix or title of the entry to unlink.")
	String id;

	@Option(names = "--from", required = true, paramLabel = "ID", description = "The entry it is linked to.")
	String from;

	@Option(names = "--step", paramLabel = "N", description = "Unlink it from step N (from 1) of the scenario --from"
			+ " names.")
	Integer step;

	UnlinkCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() {
		Entry entry = entry(id);
		EObject target = LinkCommand.target(entry(from), step, "--from");
		if (!session.unlink(entry, target)) {
			throw new CliException(Labels.describe(entry) + " is not linked to " + Labels.describe(target)
					+ "; 'parley show' lists an entry's links");
		}
		return () -> printEntry(entry);
	}
}
