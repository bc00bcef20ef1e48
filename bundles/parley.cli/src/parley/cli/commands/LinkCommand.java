package parley.cli.commands;

import org.eclipse.emf.ecore.EObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.cli.ParleyCli;
import parley.core.edit.LinkRules;
import parley.core.edit.Links;
import parley.core.service.Labels;
import parley.model.playbook.Entry;
import parley.model.playbook.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley link ID --to ID [--step N]}: links two entries as dropping the first onto the second in the
 * workbench's navigator does ({@link LinkRules}); prints the first one's id.
 */
@Command(name = "link", description = { "Link an entry to another, as dropping it onto the other in the workbench"
		+ " does, and print its id:",
		"  a phrase or technique to a scenario's step (--step N, from 1): used in that step;",
		"  a phrase to a technique: puts it into words;",
		"  a recommended phrase to an avoid-phrase: what to say instead;",
		"  a technique to a technique: related;",
		"  a source to a technique, phrase or scenario: cited by it.",
		"A link that exists already is left as it is." })
final class LinkCommand extends EditCommand {

	@Parameters(index = "0", paramLabel = "ID", description = "Id, id prefix or title of the entry to link.")
	String id;

	@Option(names = "--to", required = true, paramLabel = "ID", description = "The entry it is linked to.")
	String to;

	@Option(names = "--step", paramLabel = "N", description = "Link to step N (from 1) of the scenario --to names.")
	Integer step;

	LinkCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() {
		Entry entry = entry(id);
		EObject target = target(entry(to), step, "--to");
		if (LinkRules.linkFor(entry, target) == null) {
			String why = Links.whyNot(entry, target);
			throw new CliException(why + (target instanceof Scenario ? " (give --step N)" : ""));
		}
		if (!session.link(entry, target)) {
			err().println("parley: " + Labels.describe(entry) + " is linked to " + Labels.describe(target) + " already");
		}
		return () -> printEntry(entry);
	}

	/** The entry an option names, or its step {@code step} (a scenario's only). */
	static EObject target(Entry entry, Integer step, String option) {
		if (step == null) {
			return entry;
		}
		if (!(entry instanceof Scenario scenario)) {
			throw new CliException("--step N is a step of a scenario; " + option + " names "
					+ Labels.describe(entry), ParleyCli.USAGE);
		}
		try {
			return Links.step(scenario, step);
		} catch (IllegalArgumentException e) {
			throw new CliException(e.getMessage(), ParleyCli.USAGE);
		}
	}
}
