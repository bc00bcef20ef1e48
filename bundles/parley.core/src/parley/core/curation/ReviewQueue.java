package parley.core.curation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import parley.core.service.Elements;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;

/**
 * What waits for a curator: entries in review, entries changed since their approval, entries whose periodic
 * review is due, and drafts. An entry appears once, under the first group that applies, in that order. Within a
 * group, entries are ordered by owner, then how long they have waited (most overdue first), then title.
 */
public final class ReviewQueue {

	/** The groups of the queue, in the order they are shown. */
	public enum Group {
		IN_REVIEW("In review"), CHANGED("Changed since approval"), DUE("Due for review"), DRAFT("Drafts");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** "in-review", "changed-since-approval", "due", "draft". */
		public String key() {
			return switch (this) {
			case IN_REVIEW -> "in-review";
			case CHANGED -> "changed-since-approval";
			case DUE -> "due";
			case DRAFT -> "draft";
			};
		}
	}

	/**
	 * One entry waiting.
	 *
	 * @param due         its next review date (null: no schedule; {@link LocalDate#MIN}: never reviewed)
	 * @param overdueDays days past the due date (0 when due today or not due)
	 */
	public record Item(Entry entry, Group group, CurationState state, LocalDate due, long overdueDays) {
	}

	private final Map<Group, List<Item>> groups = new EnumMap<>(Group.class);

	private ReviewQueue() {
		for (Group g : Group.values()) {
			groups.put(g, new ArrayList<>());
		}
	}

	/**
	 * The queue on {@code today}; with {@code mine} set, only entries whose owner or reviewer is that person
	 * ({@link People#same}).
	 */
	public static ReviewQueue of(Playbook playbook, LocalDate today, String mine) {
		ReviewQueue queue = new ReviewQueue();
		for (Object element : Elements.all(playbook)) {
			if (!(element instanceof Entry entry)) {
				continue;
			}
			if (mine != null && !People.same(mine, entry.getOwner()) && !People.same(mine, entry.getReviewer())) {
				continue;
			}
			CurationState state = CurationState.of(entry);
			LocalDate due = ReviewSchedule.dueDate(entry);
			long overdue = due == null || due.equals(LocalDate.MIN) || !due.isBefore(today) ? 0
					: ChronoUnit.DAYS.between(due, today);
			Group group = switch (state) {
			case IN_REVIEW -> Group.IN_REVIEW;
			case CHANGED -> Group.CHANGED;
			case APPROVED -> ReviewSchedule.isDue(entry, today) ? Group.DUE : null;
			case DRAFT -> Group.DRAFT;
			case RETIRED -> null;
			};
			if (group != null) {
				queue.groups.get(group).add(new Item(entry, group, state, due, overdue));
			}
		}
		Comparator<Item> order = Comparator.comparing((Item i) -> owner(i.entry()))
				.thenComparing(Comparator.comparingLong(Item::overdueDays).reversed())
				.thenComparing(i -> String.valueOf(i.entry().getTitle()).toLowerCase());
		queue.groups.values().forEach(list -> list.sort(order));
		return queue;
	}

	private static String owner(Entry entry) {
		return entry.getOwner() == null ? "\uffff" : entry.getOwner().toLowerCase();
	}

	/** The items of one group, ordered. */
	public List<Item> items(Group group) {
		return List.copyOf(groups.get(group));
	}

	/** Every item, group by group. */
	public List<Item> items() {
		List<Item> all = new ArrayList<>();
		groups.values().forEach(all::addAll);
		return all;
	}

	/** How many entries one group holds. */
	public int count(Group group) {
		return groups.get(group).size();
	}

	/** How many entries wait in the groups that need a curator's decision (all but drafts). */
	public int waiting() {
		return count(Group.IN_REVIEW) + count(Group.CHANGED) + count(Group.DUE);
	}
}
