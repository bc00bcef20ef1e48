package parley.cli.commands;

import java.time.LocalDate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import parley.cli.CliContext;
import parley.cli.ParleyCli;
import parley.core.curation.ReviewQueue;
import parley.core.curation.ReviewQueue.Group;
import parley.core.curation.ReviewQueue.Item;
import parley.core.service.EntryType;
import parley.core.store.StoreException;
import parley.vcs.VcsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley review [--mine]}: what waits for a curator (in review, changed since approval, due for review,
 * drafts), grouped with counts, by owner, the most overdue first ({@link ReviewQueue}).
 */
@Command(name = "review", description = "Show the review queue: entries in review, changed since approval, due for review, and drafts.")
final class ReviewCommand extends PlaybookCommand {

	@Option(names = "--mine", description = "Only entries you own or review (you: --author, $PARLEY_AUTHOR, else git's user).")
	boolean mine;

	@Option(names = "--author", paramLabel = "\"NAME <EMAIL>\"", description = "Who you are, for --mine.")
	String author;

	ReviewCommand(CliContext context) {
		super(context);
	}

	@Override
	int run() throws StoreException, VcsException {
		var playbook = playbook().playbook();
		String me = mine ? CurationCommand.actor(this, author) : null;
		LocalDate today = LocalDate.now();
		ReviewQueue queue = ReviewQueue.of(playbook, today, me);
		var out = out();
		if (json()) {
			JsonObject o = new JsonObject();
			o.addProperty("today", today.toString());
			o.addProperty("mine", me);
			JsonObject counts = new JsonObject();
			JsonObject groups = new JsonObject();
			for (Group g : Group.values()) {
				counts.addProperty(g.key(), queue.count(g));
				JsonArray items = new JsonArray();
				for (Item item : queue.items(g)) {
					JsonObject i = Json.summary(item.entry());
					i.addProperty("owner", item.entry().getOwner());
					i.addProperty("reviewer", item.entry().getReviewer());
					i.addProperty("due", item.due() == null ? null
							: item.due().equals(LocalDate.MIN) ? "never reviewed" : item.due().toString());
					i.addProperty("overdueDays", item.overdueDays());
					items.add(i);
				}
				groups.add(g.key(), items);
			}
			counts.addProperty("waiting", queue.waiting());
			o.add("counts", counts);
			o.add("groups", groups);
			out.println(Json.GSON.toJson(o));
			return ParleyCli.OK;
		}
		for (Group g : Group.values()) {
			out.printf("%s (%d)%n", g.label(), queue.count(g));
			if (queue.count(g) == 0) {
				continue;
			}
			Table table = new Table("  OWNER", "TYPE", "TITLE", "ID", g == Group.IN_REVIEW ? "REVIEWER"
					: g == Group.DUE ? "DUE" : "");
			for (Item item : queue.items(g)) {
				var e = item.entry();
				table.row("  " + (e.getOwner() == null ? "(no owner)" : e.getOwner()), EntryType.of(e.eClass()).key(),
						e.getTitle(), e.getId().substring(0, Math.min(8, e.getId().length())), note(g, item));
			}
			table.print(out);
		}
		out.printf("%d waiting for a decision, %d %s%s%n", queue.waiting(), queue.count(Group.DRAFT),
				queue.count(Group.DRAFT) == 1 ? "draft" : "drafts", me == null ? "" : " (yours: " + me + ")");
		return ParleyCli.OK;
	}

	private static String note(Group group, Item item) {
		return switch (group) {
		case IN_REVIEW -> item.entry().getReviewer() == null ? "(anyone)" : item.entry().getReviewer();
		case DUE -> item.due().equals(LocalDate.MIN) ? "never reviewed"
				: item.overdueDays() == 0 ? "due today"
				: item.overdueDays() + (item.overdueDays() == 1 ? " day" : " days") + " overdue";
		default -> "";
		};
	}
}
