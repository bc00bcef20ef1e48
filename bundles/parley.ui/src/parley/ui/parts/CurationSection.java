package parley.ui.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.core.curation.CuratedContent;
import parley.core.curation.CurationState;
import parley.core.curation.People;
import parley.core.curation.ReviewSchedule;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.ReviewComment;
import parley.ui.WorkbenchCuration;
import parley.ui.WorkbenchCuration.Step;

/**
 * The entry editor's curation block: the state (read-only; only the steps beside it change it), the approval
 * record, the reviewer, the replacement of a retired entry, for "changed since approval" the approved wording
 * beside the current one, the history of curation steps and the comment thread with a field to add one. The
 * editor refreshes it after every command.
 */
public final class CurationSection {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Entry entry;
	private final EditingSession editing;
	/** The steps, made when one is taken (they ask through the prompts the context holds then). */
	private final Supplier<WorkbenchCuration> steps;
	private final Runnable open;
	private final Group group;
	private final Label state;
	private final Map<Step, Button> buttons = new EnumMap<>(Step.class);
	private final Label approval;
	private final Label reviewer;
	private final Link replacedBy;
	private final Composite compare;
	private final Text approved;
	private final Text current;
	private final Text history;
	private final Text comments;
	private final Text newComment;
	private String shownApproved = "";

	/**
	 * Creates the block as the next child of {@code form} (a two-column grid).
	 *
	 * @param openReplacement opens the replacing entry's editor
	 */
	CurationSection(Composite form, Entry entry, EditingSession editing, Supplier<WorkbenchCuration> steps,
			Runnable openReplacement) {
		this.entry = entry;
		this.editing = editing;
		this.steps = steps;
		this.open = openReplacement;
		group = new Group(form, SWT.NONE);
		group.setText("Curation");
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 4).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);

		caption("State");
		Composite row = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		state = new Label(row, SWT.NONE);
		state.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(190, SWT.DEFAULT).applyTo(state);
		Composite actions = new Composite(row, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginTop = layout.marginBottom = layout.marginLeft = layout.marginRight = 0;
		layout.wrap = true;
		actions.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		for (Step step : Step.values()) {
			if (step == Step.COMMENT) {
				continue;
			}
			Button button = new Button(actions, SWT.PUSH);
			button.setText(step.label());
			button.addListener(SWT.Selection, e -> steps.get().run(step, entry));
			buttons.put(step, button);
		}

		caption("Approved");
		approval = wrapping();
		caption("Reviewer");
		reviewer = wrapping();
		caption("Replaced by");
		replacedBy = new Link(group, SWT.NONE);
		replacedBy.addListener(SWT.Selection, e -> open.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(replacedBy);

		compare = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(compare);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(compare);
		bold(new Label(compare, SWT.NONE), "Approved wording");
		bold(new Label(compare, SWT.NONE), "Current wording");
		approved = readOnly(compare, 140);
		current = readOnly(compare, 140);

		caption("History");
		history = readOnly(group, 70);
		caption("Comments");
		comments = readOnly(group, 70);
		new Label(group, SWT.NONE);
		Composite add = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(add);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(add);
		newComment = new Text(add, SWT.BORDER | SWT.SINGLE);
		Accessibility.name(newComment, "New comment");
		newComment.setMessage("Add a comment (Enter)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newComment);
		newComment.addListener(SWT.DefaultSelection, e -> addComment());
		Button comment = new Button(add, SWT.PUSH);
		comment.setText("Comment");
		comment.addListener(SWT.Selection, e -> addComment());
		refresh();
	}

	private void caption(String text) {
		Label label = new Label(group, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 3).applyTo(label);
	}

	private Label wrapping() {
		Label label = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private static void bold(Label label, String text) {
		label.setText(text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
	}

	private static Text readOnly(Composite parent, int height) {
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		parley.ui.parts.binding.TabKey.movesOn(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, height).applyTo(text);
		return text;
	}

	private void addComment() {
		if (!newComment.getText().isBlank() && steps.get().comment(entry, newComment.getText())) {
			newComment.setText("");
		}
	}

	/** Shows the entry's curation data as it is now. */
	void refresh() {
		if (group.isDisposed()) {
			return;
		}
		CurationState s = CurationState.of(entry);
		String due = "";
		if (s == CurationState.APPROVED && ReviewSchedule.dueDate(entry) != null) {
			due = ReviewSchedule.isDue(entry, java.time.LocalDate.now()) ? "  ·  review due" : "";
		}
		state.setText(s.label() + due);
		for (Map.Entry<Step, Button> b : buttons.entrySet()) {
			boolean offered = WorkbenchCuration.offered(editing, entry, b.getKey());
			b.getValue().setEnabled(offered);
			String refused = offered ? WorkbenchCuration.refusal(editing, entry, b.getKey()) : null;
			b.getValue().setToolTipText(refused);
		}
		CurationEvent last = CuratedContent.lastApproval(entry);
		approval.setText(last == null ? "not recorded" : describe(last));
		reviewer.setText(entry.getReviewer() == null ? "none" : entry.getReviewer());
		Entry replacement = entry.getReplacedBy();
		replacedBy.setText(replacement == null ? "none" : "<a>" + escape(Labels.describe(replacement)) + "</a>");

		boolean changed = s == CurationState.CHANGED && last != null && last.getContent() != null;
		((GridData) compare.getLayoutData()).exclude = !changed;
		compare.setVisible(changed);
		if (changed) {
			Map<String, String> titles = titles();
			shownApproved = CuratedContent.readable(last.getContent(), titles::get);
			approved.setText(shownApproved);
			current.setText(CuratedContent.readable(CuratedContent.of(entry), titles::get));
		} else {
			shownApproved = "";
		}

		StringBuilder h = new StringBuilder();
		for (CurationEvent event : entry.getEvents()) {
			h.append(h.length() == 0 ? "" : "\n").append(describe(event));
		}
		history.setText(h.length() == 0 ? "No curation steps yet." : h.toString());
		StringBuilder c = new StringBuilder();
		for (ReviewComment comment : entry.getComments()) {
			c.append(c.length() == 0 ? "" : "\n").append(when(comment.getAt())).append("  ")
					.append(People.shortName(comment.getAuthor())).append(": ").append(comment.getText());
		}
		comments.setText(c.length() == 0 ? "No comments yet." : c.toString());
		group.layout(true, true);
	}

	private Map<String, String> titles() {
		Map<String, String> titles = new HashMap<>();
		for (Object element : Elements.all(editing.playbook().playbook())) {
			if (element instanceof Identified identified) {
				titles.put(identified.getId(), Labels.name(identified));
			}
		}
		return titles;
	}

	private static String describe(CurationEvent event) {
		String action = switch (event.getAction()) {
		case SUBMITTED -> "submitted for review";
		case APPROVED -> "approved";
		case RETURNED -> "sent back to draft";
		case RETIRED -> "retired";
		case REVIEWED -> "marked reviewed";
		case REOPENED -> "reopened";
		};
		return when(event.getAt()) + "  " + action + " by " + People.shortName(event.getBy())
				+ (event.getComment() == null ? "" : ": \u201c" + event.getComment() + "\u201d");
	}

	private static String when(Instant at) {
		return at == null ? "?" : WHEN.format(at);
	}

	private static String escape(String text) {
		return text.replace("&", "&&");
	}

	// ---------------------------------------------------------------- what it shows (for tests)

	public String stateText() {
		return state.getText();
	}

	public String approvalText() {
		return approval.getText();
	}

	/** The approved wording shown beside the current one; empty unless the entry changed since approval. */
	public String approvedWording() {
		return shownApproved;
	}

	public String historyText() {
		return history.getText();
	}

	public String commentsText() {
		return comments.getText();
	}

	public Button button(Step step) {
		return buttons.get(step);
	}

	public Text commentField() {
		return newComment;
	}

	public Control control() {
		return group;
	}
}
