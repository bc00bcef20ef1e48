package parley.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.core.service.EntryType;
import parley.model.playbook.Channel;
import parley.model.playbook.Playbook;
import parley.model.playbook.Tag;
import parley.publish.EmptySelectionException;
import parley.publish.Layout;
import parley.publish.PublishException;
import parley.publish.PublishResult;
import parley.publish.Selection;
import parley.publish.Sheet;
import parley.publish.workflow.ExportDefaults;
import parley.publish.workflow.ExportRequest;
import parley.publish.workflow.ExportWorkflow;
import parley.ui.Preferences;

/**
 * File > Export PDF: layout, filters, "what changed since", the output file; the export runs as a job
 * with its progress in the dialog, can be cancelled, and opens the PDF when done. The dialog only gathers
 * choices into an {@link ExportRequest}; {@link ExportWorkflow} does the work, as for {@code parley export pdf}.
 * <p>
 * Longer than 400 lines on purpose: it is one form (layout, selection, since-version, output) and its progress;
 * the export itself is ExportWorkflow.
 */
public final class ExportDialog extends TitleAreaDialog {

	/** A version the "what changed" section can start from: what the user sees and what diff takes. */
	public record Since(String label, String revision) {
	}

	private final Playbook playbook;
	private final Path playbookFolder;
	private final ExportWorkflow workflow;
	private final String versionName;
	private final List<Since> versions;

	Button manual;
	Button cards;
	/** Cards four to an A4 page with crop marks (enabled with cards). */
	Button fourUp;
	/** Role-play kits: per scenario a learner brief, a customer card and an observer sheet. */
	Button roleplay;
	/** Role-play kits cut apart to hand to three people (enabled with role-play kits). */
	Button cutApart;
	Text title;
	final Map<EntryType, Button> types = new LinkedHashMap<>();
	final Map<parley.model.playbook.Status, Button> statuses = new LinkedHashMap<>();
	final Map<Channel, Button> channels = new LinkedHashMap<>();
	/** Drafts, entries in review and entries changed since approval too, marked DRAFT (default: approved only). */
	Button includeUnapproved;
	Table tags;
	Combo since;
	Text file;
	Button open;
	ProgressBar progress;
	Label progressText;

	private Job running;
	private PublishResult result;
	private boolean launchViewer = true;
	/** Whether "open the PDF when done" was asked and the desktop had no program for it. */
	private boolean viewerFailed;

	/**
	 * @param playbookFolder the playbook's folder: no output may go inside it ({@link ExportWorkflow#checkOutput})
	 * @param workflow       runs the export (in a job)
	 * @param versionName    the version to print, as the workbench names it (unsaved edits included)
	 * @param versions       versions for "what changed since" (newest first; empty when the playbook has none)
	 */
	public ExportDialog(Shell parent, Playbook playbook, Path playbookFolder, ExportWorkflow workflow, String versionName,
			List<Since> versions) {
		super(parent);
		this.playbook = playbook;
		this.playbookFolder = playbookFolder;
		this.workflow = workflow;
		this.versionName = versionName;
		this.versions = versions;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Export PDF");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Export the playbook as PDF");
		setMessage("A manual to study, pocket cards to keep beside the keyboard or role-play kits to practise with."
				+ " Unchecked filters leave"
				+ " everything in; only approved entries, unless you include unapproved ones.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, true));

		Group layout = group(form, "Layout", 1, 2);
		manual = new Button(layout, SWT.RADIO);
		manual.setText("&Manual: cover, contents, scenarios, techniques, phrase index, sources");
		cards = new Button(layout, SWT.RADIO);
		cards.setText("Pocket &cards: one scenario per A6 card");
		String remembered = Preferences.get(Preferences.EXPORT_LAYOUT, Layout.MANUAL.key());
		boolean isCards = Layout.CARDS.key().equals(remembered);
		cards.setSelection(isCards);
		cards.addListener(SWT.Selection, e -> suggestFileName());
		fourUp = new Button(layout, SWT.CHECK);
		fourUp.setText("Four cards to an &A4 page, with crop marks to cut them apart");
		GridData indent = new GridData(SWT.FILL, SWT.CENTER, true, false);
		indent.horizontalIndent = 20;
		fourUp.setLayoutData(indent);
		fourUp.setEnabled(isCards);
		roleplay = new Button(layout, SWT.RADIO);
		roleplay.setText("&Role-play kits: learner brief, customer card and observer sheet per scenario");
		boolean isKits = Layout.ROLEPLAY.key().equals(remembered);
		roleplay.setSelection(isKits);
		manual.setSelection(!isCards && !isKits);
		roleplay.addListener(SWT.Selection, e -> suggestFileName());
		cutApart = new Button(layout, SWT.CHECK);
		cutApart.setText("C&ut apart for three people: learner briefs two to a sheet, then customer cards and observer"
				+ " sheets");
		GridData kitIndent = new GridData(SWT.FILL, SWT.CENTER, true, false);
		kitIndent.horizontalIndent = 20;
		cutApart.setLayoutData(kitIndent);
		cutApart.setEnabled(isKits);
		for (Button choice : List.of(manual, cards, roleplay)) {
			choice.addListener(SWT.Selection, e -> {
				fourUp.setEnabled(cards.getSelection());
				cutApart.setEnabled(roleplay.getSelection());
			});
		}
		Composite titleRow = new Composite(layout, SWT.NONE);
		titleRow.setLayout(new GridLayout(2, false));
		titleRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(titleRow, SWT.NONE).setText("&Title:");
		title = new Text(titleRow, SWT.BORDER);
		title.setMessage(playbook.getTitle() == null ? "" : playbook.getTitle());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Group include = group(form, "Entry types", 2, 1);
		for (EntryType type : EntryType.values()) {
			types.put(type, check(include, capitalised(type.key()) + "s", false));
		}
		Group status = group(form, "Status", 2, 1);
		boolean approvedOnly = Preferences.getBoolean(Preferences.EXPORT_APPROVED_ONLY, false);
		for (parley.model.playbook.Status s : parley.model.playbook.Status.VALUES) {
			if (s == parley.model.playbook.Status.RETIRED) {
				continue; // never exported as guidance; "what changed" lists retired wording under "Stop saying"
			}
			statuses.put(s, check(status, capitalised(s.getLiteral().replace('-', ' ')),
					approvedOnly && s == parley.model.playbook.Status.APPROVED));
		}
		includeUnapproved = check(status, "&Include unapproved entries (marked DRAFT)", false);
		includeUnapproved.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		includeUnapproved.setToolTipText("Only approved entries are exported unless this is checked. Drafts,"
				+ " entries in review and entries changed since approval are then marked DRAFT, and so is the cover.");
		Group channel = group(form, "Channels", 2, 1);
		for (Channel c : Channel.VALUES) {
			channels.put(c, check(channel, capitalised(c.getLiteral().replace('-', ' ')), false));
		}
		Group tagGroup = group(form, "Tags", 1, 1);
		tags = new Table(tagGroup, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData tagData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tagData.heightHint = 90;
		tags.setLayoutData(tagData);
		List<String> names = new ArrayList<>();
		for (Tag tag : playbook.getTags()) {
			if (tag.getName() != null) {
				names.add(tag.getName());
			}
		}
		names.sort(String.CASE_INSENSITIVE_ORDER);
		for (String name : names) {
			new TableItem(tags, SWT.NONE).setText(name);
		}

		Group changes = group(form, "What changed", 2, 2);
		new Label(changes, SWT.NONE).setText("&Since:");
		since = new Combo(changes, SWT.READ_ONLY);
		since.add("No \u201Cwhat changed\u201D section");
		versions.forEach(v -> since.add(v.label()));
		since.select(0);
		since.setEnabled(!versions.isEmpty());
		since.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (versions.isEmpty()) {
			since.setToolTipText("Save a version first (Versions > Save Version)");
		}

		Group output = group(form, "Output", 3, 2);
		new Label(output, SWT.NONE).setText("&File:");
		file = new Text(output, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		file.addModifyListener(e -> validate());
		Button browse = new Button(output, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.pdf" });
			dialog.setOverwrite(true);
			Path current = Path.of(file.getText().strip().isEmpty() ? "playbook.pdf" : file.getText().strip());
			if (current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
			}
			dialog.setFileName(current.getFileName().toString());
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen.endsWith(".pdf") ? chosen : chosen + ".pdf");
			}
		});
		open = new Button(output, SWT.CHECK);
		open.setText("&Open the PDF when done");
		open.setSelection(Preferences.getBoolean(Preferences.EXPORT_OPEN, true));
		open.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		suggestFileName();

		progressText = new Label(form, SWT.NONE);
		progressText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		progress = new ProgressBar(form, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		progress.setMaximum(1000);
		Accessibility.nameFromLabels(area); // each field is named after the label before it
		return area;
	}

	private void suggestFileName() {
		String folder = Preferences.get(Preferences.EXPORT_FOLDER, "");
		if (folder.isBlank()) { // never the process's working directory
			folder = ExportDefaults.folder().toString();
		}
		String title = playbook.getTitle();
		String base = ExportDefaults.fileName(title, chosenLayout());
		String current = file.getText().strip();
		if (current.isEmpty() || current.endsWith(ExportDefaults.fileName(title, Layout.CARDS))
				|| current.endsWith(ExportDefaults.fileName(title, Layout.ROLEPLAY))
				|| current.endsWith(ExportDefaults.fileName(title, Layout.MANUAL))) {
			Path parent = current.isEmpty() ? Path.of(folder) : Path.of(current).toAbsolutePath().getParent();
			file.setText(parent.resolve(base).toString());
		}
	}

	/** The layout the radio buttons choose. */
	private Layout chosenLayout() {
		return cards.getSelection() ? Layout.CARDS : roleplay.getSelection() ? Layout.ROLEPLAY : Layout.MANUAL;
	}

	private static String capitalised(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static Group group(Composite parent, String text, int columns, int span) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(text);
		group.setLayout(new GridLayout(columns, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, span, 1));
		return group;
	}

	private static Button check(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Export");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String text = file.getText().strip();
		String error = text.isEmpty() ? null : refusal(text);
		setErrorMessage(error);
		if (ok != null) {
			ok.setEnabled(running == null && !text.isEmpty() && error == null);
		}
	}

	/**
	 * Why the output file may not be written (it lies inside a playbook folder, its folder does not exist, it
	 * is a folder, it cannot be written), or null: the workflow's own check, before any work.
	 */
	private String refusal(String text) {
		try {
			ExportWorkflow.checkOutput(playbookFolder, Path.of(text));
			return null;
		} catch (PublishException e) {
			return e.getMessage();
		} catch (java.nio.file.InvalidPathException e) {
			return text + " is not a valid file name.";
		}
	}

	/** The choices as an export request (the "what changed" section is computed in the job). */
	ExportRequest request(Path out, Since from) {
		Set<EntryType> chosenTypes = EnumSet.noneOf(EntryType.class);
		types.forEach((type, button) -> {
			if (button.getSelection()) {
				chosenTypes.add(type);
			}
		});
		Set<parley.model.playbook.Status> chosenStatuses = EnumSet.noneOf(parley.model.playbook.Status.class);
		statuses.forEach((s, button) -> {
			if (button.getSelection()) {
				chosenStatuses.add(s);
			}
		});
		Set<Channel> chosenChannels = EnumSet.noneOf(Channel.class);
		channels.forEach((c, button) -> {
			if (button.getSelection()) {
				chosenChannels.add(c);
			}
		});
		Set<String> chosenTags = new LinkedHashSet<>();
		for (TableItem item : tags.getItems()) {
			if (item.getChecked()) {
				chosenTags.add(item.getText());
			}
		}
		Selection selection = new Selection(chosenTypes, chosenTags, chosenStatuses, chosenChannels, Set.of(), List.of(),
				includeUnapproved.getSelection());
		if (out.getParent() != null && out.getParent().equals(ExportDefaults.folder()) && !Files.isDirectory(out.getParent())) {
			try {
				Files.createDirectories(out.getParent()); // the default folder, made on first use
			} catch (java.io.IOException e) {
				// the export then says the folder does not exist
			}
		}
		return new ExportRequest(playbook, playbookFolder, chosenLayout(), selection,
				from == null ? null : from.revision(), out, title.getText(), versionName, false, LocalDate.now(),
				cards.getSelection() && fourUp.getSelection() ? Sheet.A4_4UP : Sheet.A6, false,
				roleplay.getSelection() && cutApart.getSelection());
	}

	/** Starts the export job; the dialog stays open with its progress until it ends. */
	@Override
	protected void okPressed() {
		String refused = refusal(file.getText().strip());
		if (refused != null) { // the button is disabled then; this guards other ways of pressing it
			setErrorMessage(refused);
			return;
		}
		Path out = Path.of(file.getText().strip()).toAbsolutePath().normalize();
		Since from = since.getSelectionIndex() > 0 ? versions.get(since.getSelectionIndex() - 1) : null;
		ExportRequest request = request(out, from);
		boolean openAfter = open.getSelection();
		setInputsEnabled(false);
		setErrorMessage(null);
		setMessage("Exporting " + out.getFileName() + " …");
		Display display = getShell().getDisplay();
		running = Job.create("Exporting " + out.getFileName(), monitor -> {
			IProgressMonitor forward = new DialogMonitor(display, monitor);
			try {
				PublishResult done = workflow.run(request, forward).publish();
				display.asyncExec(() -> finished(done, openAfter));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				display.asyncExec(() -> failed("Export cancelled; " + out + " was not written."));
				return Status.CANCEL_STATUS;
			} catch (EmptySelectionException e) {
				boolean approvedOnly = !request.selection().includeUnapproved();
				display.asyncExec(() -> failed(e.getMessage() + " Check fewer statuses, channels or tags, or more types"
						+ (approvedOnly ? ", or include unapproved entries." : ".")));
				return Status.OK_STATUS;
			} catch (PublishException | RuntimeException e) {
				display.asyncExec(() -> failed(e.getMessage()));
				return Status.OK_STATUS; // reported in the dialog
			}
		});
		running.setUser(false);
		running.schedule();
	}

	private void finished(PublishResult done, boolean openAfter) {
		running = null;
		result = done;
		Preferences.put(Preferences.EXPORT_LAYOUT, (cards.isDisposed() ? Layout.MANUAL : chosenLayout()).key());
		Preferences.put(Preferences.EXPORT_FOLDER, done.file().getParent().toString());
		if (openAfter && launchViewer) {
			viewerFailed = !Program.launch(done.file().toString());
		}
		super.okPressed();
	}

	private void failed(String message) {
		running = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setInputsEnabled(true);
		progress.setSelection(0);
		progressText.setText("");
		setMessage("A manual to study, pocket cards to keep beside the keyboard or role-play kits to practise with.");
		validate();
		setErrorMessage(message);
	}

	/** Cancel stops a running export (the dialog stays); with nothing running it closes the dialog. */
	@Override
	protected void cancelPressed() {
		if (running != null) {
			if (running.cancel()) {
				failed("Export cancelled before it started; nothing was written."); // it never ran
			} else {
				progressText.setText("Cancelling …");
			}
			return;
		}
		super.cancelPressed();
	}

	private void setInputsEnabled(boolean enabled) {
		for (Control control : List.<Control>of(manual, cards, roleplay, title, tags, file, open)) {
			control.setEnabled(enabled);
		}
		fourUp.setEnabled(enabled && cards.getSelection());
		cutApart.setEnabled(enabled && roleplay.getSelection());
		since.setEnabled(enabled && !versions.isEmpty());
		types.values().forEach(b -> b.setEnabled(enabled));
		statuses.values().forEach(b -> b.setEnabled(enabled));
		includeUnapproved.setEnabled(enabled);
		channels.values().forEach(b -> b.setEnabled(enabled));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(enabled);
		}
	}

	/** The finished export, or null when the dialog was cancelled. */
	/** Whether the finished PDF was to be opened and no program could open it. */
	public boolean viewerFailed() {
		return viewerFailed;
	}

	public PublishResult result() {
		return result;
	}

	/** Tests turn off opening the PDF in the desktop's viewer. */
	void launchViewer(boolean launch) {
		launchViewer = launch;
	}

	Job running() {
		return running;
	}

	/** The Export button (tests check whether it is enabled). */
	Button exportButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	/** What the Export button does (tests press it without the protected button lookup). */
	void pressExport() {
		okPressed();
	}

	void pressCancel() {
		cancelPressed();
	}

	/** Forwards the export's progress to the dialog's bar and label, and its cancellation from the job. */
	private final class DialogMonitor extends NullProgressMonitor {
		private final Display display;
		private final IProgressMonitor job;
		private int total = 1;
		private double worked;
		private long lastUpdate;

		DialogMonitor(Display display, IProgressMonitor job) {
			this.display = display;
			this.job = job;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = Math.max(1, totalWork);
			job.beginTask(name, totalWork);
		}

		@Override
		public void subTask(String name) {
			job.subTask(name);
			update(name, true);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			job.internalWorked(work);
			update(null, false);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public boolean isCanceled() {
			return job.isCanceled();
		}

		@Override
		public void setCanceled(boolean value) {
			job.setCanceled(value);
		}

		private void update(String text, boolean always) {
			long now = System.nanoTime();
			if (!always && now - lastUpdate < 50_000_000L) {
				return;
			}
			lastUpdate = now;
			int value = (int) Math.min(1000, worked * 1000 / total);
			display.asyncExec(() -> {
				if (progress.isDisposed()) {
					return;
				}
				progress.setSelection(value);
				if (text != null) {
					progressText.setText(text);
				}
			});
		}
	}
}
