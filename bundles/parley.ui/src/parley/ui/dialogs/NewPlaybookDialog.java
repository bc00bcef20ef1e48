package parley.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.core.store.PlaybookStore;

/** File > New Playbook: a folder, a title, and whether to start from the starter content or empty. */
public final class NewPlaybookDialog extends TitleAreaDialog {

	Text folder;
	Text title;
	Button starter;
	Button empty;

	private Path chosenFolder;
	private String chosenTitle;
	private boolean chosenEmpty;

	public NewPlaybookDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("New Playbook");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("New playbook");
		setMessage("A playbook is a folder (and a git repository). Start from the starter content or empty.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = Forms.form(area);
		folder = Forms.folderRow(form, "&Folder:", "Folder for the new playbook", this::validate);
		new Label(form, SWT.NONE).setText("&Title:");
		title = new Text(form, SWT.BORDER);
		title.setMessage("optional");
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(form, SWT.NONE).setText("Content:");
		Composite kinds = new Composite(form, SWT.NONE);
		kinds.setLayout(new GridLayout(1, false));
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		starter = new Button(kinds, SWT.RADIO);
		starter.setText("&Starter playbook (28 techniques, 57 phrases, 12 scenarios, 5 sources)");
		starter.setSelection(true);
		empty = new Button(kinds, SWT.RADIO);
		empty.setText("&Empty playbook");
		Accessibility.nameFromLabels(area); // each field is named after the label before it
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Create");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String text = folder.getText().strip();
		String error = null;
		if (text.isEmpty()) {
			error = null;
		} else if (PlaybookStore.isPlaybook(Path.of(text))) {
			error = text + " already holds a playbook; choose another folder (or use File > Open Playbook).";
		} else if (Files.isRegularFile(Path.of(text))) {
			error = text + " is a file; choose a folder.";
		}
		setErrorMessage(error);
		if (ok != null) {
			ok.setEnabled(!text.isEmpty() && error == null);
		}
	}

	@Override
	protected void okPressed() {
		chosenFolder = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
		chosenTitle = title.getText();
		chosenEmpty = empty.getSelection();
		super.okPressed();
	}

	public Path folder() {
		return chosenFolder;
	}

	public String title() {
		return chosenTitle;
	}

	public boolean empty() {
		return chosenEmpty;
	}
}
