package parley.ui.parts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import parley.core.curation.CurationState;
import parley.core.curation.ReviewQueue;
import parley.core.curation.ReviewQueue.Group;
import parley.core.curation.ReviewQueue.Item;
import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.core.validation.Problem;
import parley.core.validation.Severity;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.vcs.Version;

/**
 * The text of the start page (the Entry part while nothing is selected): entries by curation state, what is due
 * for review, and the latest versions. Plain text worked out from the model (on a worker, in a read section)
 * and from the version list (read in a versioning job); the part shows it.
 */
final class StartPage {

	static final int SHOWN = 5;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	/** What Parley is, in two lines. */
	static final String INTRO = "Parley keeps your team's de-escalation playbook: the scenarios agents meet, the techniques that"
			+ " calm them and the words to use or avoid, each with its source.\nEdit and check it here, save versions,"
			+ " share them through git, and publish the playbook as a manual, pocket cards or role-play kits.";

	/** The five keys a new author needs first: command id and what it does. */
	static final String[][] SHORTCUTS = { { "parley.ui.command.filter", "find an entry by its title" },
			{ "parley.ui.command.search", "search every field" }, { "parley.ui.command.new", "new entry" },
			{ "parley.ui.command.save", "save" }, { "parley.ui.command.saveversion", "save a version" } };

	private StartPage() {
	}

	/** "Contents": the entries of {@code playbook} by type. */
	static String contents(Playbook playbook) {
		return "Contents\n  " + playbook.getScenarios().size() + " scenarios · " + playbook.getTechniques().size()
				+ " techniques · " + playbook.getPhrases().size() + " phrases · " + playbook.getSources().size()
				+ " sources\n";
	}

	/** "Needs attention": the problems as validation last found them; null: not validated yet. */
	static String attention(List<Problem> problems) {
		StringBuilder b = new StringBuilder("Needs attention\n  ");
		if (problems == null) {
			return b.append("checking…\n").toString();
		}
		if (problems.isEmpty()) {
			return b.append("no problems found\n").toString();
		}
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		long warnings = problems.size() - errors;
		return b.append(errors).append(errors == 1 ? " error, " : " errors, ").append(warnings)
				.append(warnings == 1 ? " warning" : " warnings").append(" (Problems lists them)\n").toString();
	}

	/** "Shortcuts": {@link #SHORTCUTS} with the keys the application model binds them to. */
	static String shortcuts(Function<String, String> keysOf) {
		StringBuilder b = new StringBuilder("Shortcuts (Help > Keyboard shortcuts lists all)\n");
		for (String[] shortcut : SHORTCUTS) {
			String keys = keysOf.apply(shortcut[0]);
			if (keys != null) {
				b.append("  ").append(keys).append("   ").append(shortcut[1]).append('\n');
			}
		}
		return b.toString();
	}

	/** "Curation" and "Due for review" sections of {@code playbook} on {@code today}. */
	static String curation(Playbook playbook, LocalDate today) {
		Map<CurationState, Integer> counts = new EnumMap<>(CurationState.class);
		for (Object element : Elements.all(playbook)) {
			if (element instanceof Entry entry) {
				counts.merge(CurationState.of(entry), 1, Integer::sum);
			}
		}
		StringBuilder b = new StringBuilder("Curation\n");
		for (CurationState state : CurationState.values()) {
			b.append("  ").append(counts.getOrDefault(state, 0)).append("  ").append(state.label()).append('\n');
		}
		ReviewQueue queue = ReviewQueue.of(playbook, today, null);
		b.append("\nWaiting for review (Review > Review queue)\n");
		b.append("  ").append(queue.count(Group.IN_REVIEW)).append(" in review, ").append(queue.count(Group.CHANGED))
				.append(" changed since approval, ").append(queue.count(Group.DUE)).append(" due for review\n");
		List<Item> due = queue.items(Group.DUE);
		for (Item item : due.subList(0, Math.min(SHOWN, due.size()))) {
			b.append("  •  ").append(Labels.describe(item.entry())).append(" — ")
					.append(item.due().equals(LocalDate.MIN) ? "never reviewed" : "due " + item.due()).append('\n');
		}
		if (due.size() > SHOWN) {
			b.append("  …and ").append(due.size() - SHOWN).append(" more\n");
		}
		return b.toString();
	}

	/** "Latest versions" of a version list (newest first); null: not read yet. */
	static String versions(List<Version> versions) {
		StringBuilder b = new StringBuilder("Latest versions\n");
		if (versions == null) {
			return b.append("  reading…\n").toString();
		}
		if (versions.isEmpty()) {
			return b.append("  none yet: Versions > Save version… makes the first\n").toString();
		}
		for (Version v : versions.subList(0, Math.min(SHOWN, versions.size()))) {
			b.append("  •  ").append(WHEN.format(v.time())).append("  ").append(v.message().lines().findFirst()
					.orElse("")).append(" (").append(v.author()).append(')')
					.append(v.releases().isEmpty() ? "" : "  [" + String.join(", ", v.releases()) + "]").append('\n');
		}
		return b.toString();
	}
}
