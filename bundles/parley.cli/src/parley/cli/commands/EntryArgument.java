package parley.cli.commands;

import java.util.List;

import parley.cli.CliException;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;

/** Resolves the ID-or-title argument of a command to exactly one entry, or explains why it cannot. */
final class EntryArgument {
	private EntryArgument() {
	}

	static Entry resolve(PlaybookQueries queries, List<String> words) {
		String wanted = String.join(" ", words);
		List<Entry> matches = queries.find(wanted);
		if (matches.isEmpty()) {
			throw new CliException("no entry matches '" + wanted + "'; try 'parley list' or 'parley search' to find it");
		}
		if (matches.size() > 1) {
			StringBuilder b = new StringBuilder(matches.size() + " entries match '" + wanted + "'; be more specific:");
			for (Entry e : matches) {
				b.append(System.lineSeparator()).append("  ").append(e.getId(), 0, 8).append("  ")
						.append(EntryType.of(e.eClass()).key()).append("  ").append(e.getTitle());
			}
			throw new CliException(b.toString());
		}
		return matches.get(0);
	}
}
