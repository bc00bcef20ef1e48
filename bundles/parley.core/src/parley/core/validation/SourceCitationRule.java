package parley.core.validation;

import java.util.ArrayList;
import java.util.List;

import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/** Techniques, phrases and scenarios cite at least one source (a warning: drafts may not yet). */
final class SourceCitationRule implements ValidationRule {

	@Override
	public String id() {
		return "no-source";
	}

	@Override
	public void check(Playbook playbook, Problems problems) {
		List<Entry> entries = new ArrayList<>();
		entries.addAll(playbook.getTechniques());
		entries.addAll(playbook.getPhrases());
		entries.addAll(playbook.getScenarios());
		for (Entry entry : entries) {
			if (entry.getSources().isEmpty()) {
				problems.warning(entry, PlaybookPackage.Literals.ENTRY__SOURCES,
						"cites no source; link the source it draws on");
			}
		}
	}
}
