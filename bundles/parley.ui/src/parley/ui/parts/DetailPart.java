package parley.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.EntryDetails;
import parley.core.service.EntryType;
import parley.core.service.PlaybookQueries;
import parley.model.playbook.Entry;
import parley.model.playbook.Playbook;

/**
 * Read-only view of the selected entry: every field, links named by title (same text as {@code parley show}).
 * It follows edits of the entry, and is cleared when the entry is deleted or another playbook (or the same
 * one read again after a restore or sync) replaces the model.
 */
public final class DetailPart {

	private static final String PLACEHOLDER = "Select an entry in the playbook navigator.";

	private StyledText text;
	private Entry current;
	private EditingSession editing;
	private final EditingSession.Listener edits = session -> refresh();

	@PostConstruct
	void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(16, 12, 16, 12);
		text.setText(PLACEHOLDER);
	}

	@Inject
	void selectionChanged(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Entry entry) {
		if (text == null || text.isDisposed() || entry == null || !(entry.eContainer() instanceof Playbook)) {
			return;
		}
		current = entry;
		refresh();
	}

	/** A new editing session means a new model: the entry shown belongs to the old one. */
	@Inject
	void editingChanged(@Optional EditingSession session) {
		if (editing == session) {
			return;
		}
		if (editing != null) {
			editing.removeListener(edits);
		}
		editing = session;
		if (session != null) {
			session.addListener(edits);
			if (current != null && current.eContainer() != session.playbook().playbook()) {
				current = null;
			}
		}
		refresh();
	}

	private void refresh() {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (current != null && current.eContainer() instanceof Playbook playbook) {
			show(current, new PlaybookQueries(playbook));
		} else {
			current = null;
			text.setText(PLACEHOLDER);
			text.setStyleRanges(new StyleRange[0]);
		}
	}

	@PreDestroy
	void dispose() {
		if (editing != null) {
			editing.removeListener(edits);
		}
	}

	void show(Entry entry, PlaybookQueries queries) {
		StringBuilder b = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		heading(b, styles, parley.core.service.Labels.shown(entry), true);
		b.append(EntryType.of(entry.eClass()).key()).append(" · ").append(entry.getStatus().getLiteral()).append('\n');
		for (EntryDetails.Field field : EntryDetails.of(entry, queries)) {
			b.append('\n');
			heading(b, styles, field.name(), false);
			if (field.items() == null) {
				b.append(field.text()).append('\n');
			} else {
				for (String item : field.items()) {
					b.append("  •  ").append(item).append('\n');
				}
			}
		}
		text.setText(b.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	private void heading(StringBuilder b, List<StyleRange> styles, String label, boolean title) {
		StyleRange range = new StyleRange();
		range.start = b.length();
		range.length = label.length();
		range.fontStyle = SWT.BOLD;
		if (title) {
			range.font = JFaceResources.getHeaderFont();
		}
		styles.add(range);
		b.append(label).append('\n');
	}

	/** The text shown, for tests. */
	public String shownText() {
		return text.getText();
	}
}
