package parley.ui.parts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.ui.VersionControl;
import parley.ui.VersionHints;
import parley.vcs.Conflict;
import parley.vcs.PlaybookRepository;
import parley.vcs.PlaybookRepository.Choice;
import parley.vcs.VcsException;
import parley.vcs.workflow.SyncPlaybook;

/**
 * The fields a merge could not combine, one row each (entry, field, the common value, mine, theirs). Each is
 * settled by keeping mine, taking theirs, or an edited value ({@link PlaybookRepository#resolve}); when none
 * is left, "Finish merge" saves the merge version and sends it (in a job); "Abort merge" gives the merge up
 * and goes back to the last saved version. Whoever opened the dialog reloads the playbook when it closes.
 */
public final class ConflictsDialog extends Dialog {

	public static final int FINISH_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int ABORT_ID = IDialogConstants.CLIENT_ID + 2;

	private final Path folder;
	private final VersionControl versions;
	private List<Conflict> conflicts = List.of();
	private TableViewer table;
	private Text value;
	private Text detail;
	private Label status;
	private Button mine;
	private Button theirs;
	private Button useValue;
	/** what happened, for the caller: "finished", "aborted" or null (closed with conflicts left) */
	private String outcome;
	private final Runnable closed;

	/** {@code closed} runs when the dialog closes (to read the merged playbook again). */
	public ConflictsDialog(Shell parent, Path folder, VersionControl versions, Runnable closed) {
		super(parent);
		this.folder = folder;
		this.versions = versions;
		this.closed = closed;
	}

	@Override
	public boolean close() {
		boolean done = super.close();
		if (done && closed != null) {
			closed.run();
		}
		return done;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Merge conflicts");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("You and the shared playbook changed these fields differently. Everything else is merged."
				+ " Keep your value, take theirs, or type the value to keep; then finish the merge.");
		GridDataFactory.fillDefaults().span(4, 1).hint(760, SWT.DEFAULT).applyTo(intro);
		table = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Accessibility.name(table.getControl(), "Conflicts");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Entry", 180, Conflict::title);
		column("Field", 100, Conflict::field);
		column("Before both", 160, Conflict::base);
		column("Mine", 160, Conflict::mine);
		column("Theirs", 160, Conflict::theirs);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(760, 220).applyTo(table.getControl());
		table.addSelectionChangedListener(e -> selected());
		detail = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		Accessibility.name(detail, "Both sides of the selected conflict");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(760, 90).applyTo(detail);

		new Label(area, SWT.NONE).setText("Value:");
		value = new Text(area, SWT.BORDER | SWT.SINGLE);
		Accessibility.name(value, "Merged value");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(value);
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		mine = button(buttons, "Keep mine", () -> resolve(Choice.MINE));
		theirs = button(buttons, "Take theirs", () -> resolve(Choice.THEIRS));
		useValue = button(buttons, "Use this value", () -> resolve(Choice.VALUE));
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
		reload();
		return area;
	}

	private void column(String title, int width, Function<Conflict, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((Conflict) element);
				return s == null ? "(none)" : s;
			}
		});
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ABORT_ID, "Abort merge", false);
		createButton(parent, FINISH_ID, "Finish merge", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		updateButtons();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case FINISH_ID -> finish();
		case ABORT_ID -> abort();
		case IDialogConstants.CLOSE_ID -> {
			setReturnCode(CANCEL);
			close();
		}
		default -> super.buttonPressed(buttonId);
		}
	}

	/** Reads the conflicts left (the merge file is small and local). */
	private void reload() {
		try (PlaybookRepository repository = PlaybookRepository.open(folder)) {
			conflicts = repository.conflicts();
		} catch (VcsException e) {
			conflicts = List.of();
			status.setText(VersionHints.message(e));
		}
		table.setInput(conflicts);
		if (!conflicts.isEmpty()) {
			table.setSelection(new StructuredSelection(conflicts.get(0)), true);
		} else {
			selected();
		}
		updateButtons();
	}

	private void selected() {
		Conflict conflict = selectedConflict();
		value.setText(conflict == null || conflict.mine() == null ? "" : conflict.mine());
		detail.setText(conflict == null ? ""
				: conflict.title() + " · " + conflict.field() + "\nBefore both: " + text(conflict.base()) + "\nMine: "
						+ text(conflict.mine()) + "\nTheirs: " + text(conflict.theirs()));
		mine.setEnabled(conflict != null);
		theirs.setEnabled(conflict != null);
		useValue.setEnabled(conflict != null);
		value.setEnabled(conflict != null);
	}

	private static String text(String value) {
		return value == null ? "(none)" : value;
	}

	/** The selected conflict in full (cells cut long values). */
	public String detailText() {
		return detail.getText();
	}

	private void updateButtons() {
		Button finish = getButton(FINISH_ID);
		if (finish != null) {
			finish.setEnabled(conflicts.isEmpty());
		}
		if (status != null && !status.isDisposed() && status.getText().isEmpty()) {
			status.setText(conflicts.isEmpty() ? "All conflicts are settled: finish the merge to save and send it."
					: conflicts.size() + " conflict(s) left.");
		}
	}

	private Conflict selectedConflict() {
		return table.getStructuredSelection().getFirstElement() instanceof Conflict c ? c : null;
	}

	/** Settles the selected conflict. */
	public void resolve(Choice choice) {
		Conflict conflict = selectedConflict();
		if (conflict == null) {
			return;
		}
		status.setText("");
		try (PlaybookRepository repository = PlaybookRepository.open(folder)) {
			repository.resolve(conflict.id(), conflict.field(), choice, choice == Choice.VALUE ? value.getText() : null);
		} catch (VcsException e) {
			status.setText(VersionHints.message(e));
		}
		reload();
	}

	/** Saves the merge version and sends it (in a job); closes when done. */
	public void finish() {
		getButton(FINISH_ID).setEnabled(false);
		status.setText("Saving the merge and sending it…");
		String remote = versions.lastRemote();
		versions.run("Finishing the merge with " + remote, folder, getShell().getDisplay(),
				(repo, monitor) -> SyncPlaybook.finishMerge(repo, remote, VersionControl.author(repo)), synced -> {
			outcome = "finished";
			if (getShell() != null && !getShell().isDisposed()) {
				setReturnCode(OK);
				close();
			}
		}, problem -> {
			if (!status.isDisposed()) {
				status.setText(problem);
				updateButtons();
			}
		});
	}

	/** Gives up the merge: back to the last saved version of this side. */
	public void abort() {
		try (PlaybookRepository repository = PlaybookRepository.open(folder)) {
			SyncPlaybook.abort(repository);
			outcome = "aborted";
			setReturnCode(CANCEL);
			close();
		} catch (VcsException e) {
			status.setText(VersionHints.message(e));
		}
	}

	/** The conflicts listed. */
	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** Selects a conflict (as a click does). */
	public void select(Conflict conflict) {
		table.setSelection(new StructuredSelection(conflict), true);
	}

	public void setValue(String text) {
		value.setText(text);
	}

	public String statusText() {
		return status.getText();
	}

	/** "finished", "aborted", or null while open or when closed with conflicts left. */
	public String outcome() {
		return outcome;
	}
}
