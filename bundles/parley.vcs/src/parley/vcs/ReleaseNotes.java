package parley.vcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import parley.core.curation.People;
import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;

/** The curation part of release notes: what was approved and what was retired since the previous release. */
final class ReleaseNotes {

	private ReleaseNotes() {
	}

	/**
	 * "Approved:" and "Retired:" lists, from the curation events {@code after} holds and {@code before} (the
	 * previous release; null for the first) does not; empty when there are none.
	 */
	static String curation(Playbook before, Playbook after) {
		Set<String> old = new HashSet<>();
		if (before != null) {
			for (Object o : Elements.all(before)) {
				if (o instanceof Entry entry) {
					entry.getEvents().forEach(e -> old.add(e.getId()));
				}
			}
		}
		List<String> approved = new ArrayList<>();
		List<String> retired = new ArrayList<>();
		for (Object o : Elements.all(after)) {
			if (!(o instanceof Entry entry)) {
				continue;
			}
			CurationEvent approval = null;
			CurationEvent retirement = null;
			for (CurationEvent e : entry.getEvents()) {
				if (!old.contains(e.getId())) {
					if (e.getAction() == CurationAction.APPROVED) {
						approval = e;
					} else if (e.getAction() == CurationAction.RETIRED) {
						retirement = e;
					}
				}
			}
			if (retirement != null && entry.getStatus() == parley.model.playbook.Status.RETIRED) {
				retired.add(Labels.describe(entry) + (entry.getReplacedBy() == null ? ""
						: ", replaced by " + Labels.describe(entry.getReplacedBy())) + " (by "
						+ People.shortName(retirement.getBy()) + ")");
			} else if (approval != null && entry.getStatus() == parley.model.playbook.Status.APPROVED) {
				approved.add(Labels.describe(entry) + " (by " + People.shortName(approval.getBy()) + ")");
			}
		}
		StringBuilder notes = new StringBuilder();
		if (!approved.isEmpty()) {
			notes.append("Approved:\n  - ").append(String.join("\n  - ", approved))
					.append("\n\n");
		}
		if (!retired.isEmpty()) {
			notes.append("Retired:\n  - ").append(String.join("\n  - ", retired))
					.append("\n\n");
		}
		return notes.toString();
	}
}
