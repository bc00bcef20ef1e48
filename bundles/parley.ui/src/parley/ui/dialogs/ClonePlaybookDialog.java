package parley.ui.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;

/** File > Open Shared Playbook: the URL of a shared git repository and a new folder to copy it into. */
public final class ClonePlaybookDialog extends TitleAreaDialog {

	Text url;
	Text folder;
	private String chosenUrl;
	private Path chosenFolder;

	public ClonePlaybookDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Open Shared Playbook");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Open a shared playbook");
		setMessage("Copy a team's playbook from any git remote (a path, file://, ssh:// or https://) with its history.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = Forms.form(area);
		new Label(form, SWT.NONE).setText("&Remote:");
		url = new Text(form, SWT.BORDER);
		url.setMessage("https://git.example.org/team/playbook.git");
		url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		url.addModifyListener(e -> validate());
		folder = Forms.folderRow(form, "&Folder:", "Folder for the copy (new or empty)", this::validate);
		Accessibility.nameFromLabels(area); // each field is named after the label before it
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Copy and Open");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String target = folder.getText().strip();
		String error = null;
		if (!target.isEmpty() && Files.exists(Path.of(target)) && !isEmptyDirectory(Path.of(target))) {
			error = target + " is not empty; the copy needs a new or empty folder.";
		}
		setErrorMessage(error);
		if (ok != null) {
			ok.setEnabled(!url.getText().isBlank() && !target.isEmpty() && error == null);
		}
	}

	private static boolean isEmptyDirectory(Path path) {
		try (var entries = Files.list(path)) {
			return Files.isDirectory(path) && entries.findAny().isEmpty();
		} catch (java.io.IOException e) {
			return false;
		}
	}

	@Override
	protected void okPressed() {
		chosenUrl = url.getText().strip();
		chosenFolder = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
		super.okPressed();
	}

	public String url() {
		return chosenUrl;
	}

	public Path folder() {
		return chosenFolder;
	}
}
