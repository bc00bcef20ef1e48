package parley.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** {@link Prompts} answered with modal dialogs over a shell. */
public final class DialogPrompts implements Prompts {

	private final Shell shell;

	public DialogPrompts(Shell shell) {
		this.shell = shell;
	}

	@Override
	public String[] ask(String title, String message, String[] labels, String[] initial) {
		FieldsDialog dialog = new FieldsDialog(shell, title, message, labels, initial);
		return dialog.open() == Window.OK ? dialog.values : null;
	}

	@Override
	public int choose(String title, String message, String... buttons) {
		MessageDialog dialog = new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, buttons);
		return dialog.open();
	}

	@Override
	public void inform(String title, String message) {
		if (message.length() < 400 && message.lines().count() < 8) {
			MessageDialog.openInformation(shell, title, message);
		} else {
			new TextDialog(shell, title, message).open();
		}
	}

	@Override
	public void error(String title, String message) {
		MessageDialog.openError(shell, title, message);
	}

	@Override
	public String choosePath(String title, boolean folder, boolean save, String suggested) {
		if (folder) {
			DirectoryDialog dialog = new DirectoryDialog(shell, save ? SWT.SAVE : SWT.OPEN);
			dialog.setText(title);
			dialog.setMessage(title);
			return dialog.open();
		}
		FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
		dialog.setText(title);
		if (suggested != null) {
			dialog.setFileName(suggested);
			int dot = suggested.lastIndexOf('.');
			if (dot > 0) {
				dialog.setFilterExtensions(new String[] { "*" + suggested.substring(dot), "*" });
			}
		}
		dialog.setOverwrite(false); // the caller asks before replacing, after its own output checks
		return dialog.open();
	}

	@Override
	public int open(Window window) {
		return window.open();
	}

	/** A message and labelled text fields. */
	private static final class FieldsDialog extends Dialog {
		private final String title;
		private final String message;
		private final String[] labels;
		private final String[] initial;
		private Text[] texts;
		String[] values;

		FieldsDialog(Shell parent, String title, String message, String[] labels, String[] initial) {
			super(parent);
			this.title = title;
			this.message = message;
			this.labels = labels;
			this.initial = initial;
		}

		@Override
		protected void configureShell(Shell newShell) {
			super.configureShell(newShell);
			newShell.setText(title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
			Label intro = new Label(area, SWT.WRAP);
			intro.setText(message);
			GridDataFactory.fillDefaults().span(2, 1).hint(460, SWT.DEFAULT).applyTo(intro);
			texts = new Text[labels.length];
			for (int i = 0; i < labels.length; i++) {
				new Label(area, SWT.NONE).setText(labels[i]);
				texts[i] = new Text(area, SWT.BORDER | SWT.SINGLE);
				texts[i].setText(initial[i] == null ? "" : initial[i]);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(texts[i]);
			}
			return area;
		}

		@Override
		protected void okPressed() {
			values = new String[texts.length];
			for (int i = 0; i < texts.length; i++) {
				values[i] = texts[i].getText();
			}
			super.okPressed();
		}
	}

	/** Long read-only text (release notes) in a scrollable field. */
	private static final class TextDialog extends Dialog {
		private final String title;
		private final String text;

		TextDialog(Shell parent, String title, String text) {
			super(parent);
			this.title = title;
			this.text = text;
		}

		@Override
		protected boolean isResizable() {
			return true;
		}

		@Override
		protected void configureShell(Shell newShell) {
			super.configureShell(newShell);
			newShell.setText(title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			Text field = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			parley.ui.parts.binding.TabKey.movesOn(field);
			field.setText(text);
			GridDataFactory.fillDefaults().grab(true, true).hint(620, 380).applyTo(field);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		}
	}
}
