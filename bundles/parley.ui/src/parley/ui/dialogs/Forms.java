package parley.ui.dialogs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Rows the dialogs share: a three-column form, and a folder field with its Browse button. */
final class Forms {

	private Forms() {
	}

	/** A form of label / field / button columns filling {@code area}. */
	static Composite form(Composite area) {
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(3, false));
		return form;
	}

	/** "Folder: [text] [Browse…]"; {@code onChange} runs after every change. */
	static Text folderRow(Composite form, String label, String dialogText, Runnable onChange) {
		new Label(form, SWT.NONE).setText(label);
		Text folder = new Text(form, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addModifyListener(e -> onChange.run());
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(form.getShell());
			dialog.setText(dialogText);
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		return folder;
	}
}
