package parley.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.CliException;
import parley.core.edit.Links;
import parley.core.service.Labels;
import parley.model.playbook.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley delete ID... [--force]}: deletes entries. One that something else still links to is refused,
 * with the links listed ({@link Links#to}, what deleting would remove), unless {@code --force}: then the links
 * go with it, as in the workbench.
 */
@Command(name = "delete", description = { "Delete entries and print their ids. An entry that another entry (or a"
		+ " scenario's step) still links to is not deleted: the links are listed; remove them with 'parley unlink',"
		+ " or give --force to delete the entries and remove those links too. Links among the entries deleted"
		+ " together do not count." })
final class DeleteCommand extends EditCommand {

	@Parameters(index = "0", arity = "1..*", paramLabel = "ID", description = "Id, id prefix or title of each entry.")
	List<String> ids;

	@Option(names = "--force", description = "Delete entries still linked from elsewhere, and remove those links.")
	boolean force;

	DeleteCommand(CliContext context) {
		super(context);
	}

	@Override
	Runnable edit() {
		Set<Entry> entries = new LinkedHashSet<>();
		for (String id : ids) {
			entries.add(entry(id));
		}
		List<Links.Reference> links = Links.to(session.playbook().playbook(), entries);
		if (!links.isEmpty() && !force) {
			StringBuilder b = new StringBuilder(entries.size() == 1 ? "not deleted: it is still linked from"
					: "not deleted: they are still linked from");
			for (Links.Reference link : links) {
				b.append(System.lineSeparator()).append("  ").append(link).append(" -> ")
						.append(Labels.describe(link.target()));
			}
			b.append(System.lineSeparator()).append("Remove the links with 'parley unlink', or give --force to delete"
					+ " and remove them too.");
			throw new CliException(b.toString());
		}
		session.delete(new ArrayList<>(entries));
		for (Links.Reference link : links) {
			err().println("parley: removed the link from " + link + " to " + Labels.describe(link.target()));
		}
		return () -> {
			if (json()) {
				JsonObject o = new JsonObject();
				JsonArray deleted = new JsonArray();
				entries.forEach(e -> deleted.add(e.getId()));
				o.add("deleted", deleted);
				JsonArray unlinked = new JsonArray();
				for (Links.Reference link : links) {
					JsonObject l = new JsonObject();
					l.addProperty("from", Labels.describe(link.referrer()));
					l.addProperty("fromId", ((parley.model.playbook.Identified) link.referrer()).getId());
					l.addProperty("field", link.feature().getName());
					l.addProperty("to", ((parley.model.playbook.Identified) link.target()).getId());
					unlinked.add(l);
				}
				o.add("unlinked", unlinked);
				o.add("problems", problems());
				out().println(Json.GSON.toJson(o));
			} else {
				entries.forEach(e -> out().println(e.getId()));
			}
		};
	}
}
