package parley.ui.parts;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import parley.ui.Accessibility;
import parley.core.service.Labels;
import parley.ui.Icons;

/** Picks one element from a list, narrowed by a filter box (words anywhere in the name). */
public final class PickDialog extends Dialog {

	private final String title;
	private final List<? extends EObject> candidates;
	private final Icons icons;
	private TableViewer viewer;
	private Text filter;
	private EObject result;

	public PickDialog(Shell parent, String title, List<? extends EObject> candidates, Icons icons) {
		super(parent);
		this.title = title;
		this.candidates = candidates;
		this.icons = icons;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(480, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		Accessibility.name(filter, "Filter");
		filter.setMessage("Type to filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		Accessibility.name(viewer.getControl(), "Candidates");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return String.valueOf(Labels.name((EObject) element));
			}

			@Override
			public Image getImage(Object element) {
				return icons.of((EObject) element);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(filter.getText(), Labels.name((EObject) element));
			}
		});
		viewer.setInput(candidates);
		filter.addModifyListener(e -> {
			viewer.refresh();
			if (viewer.getTable().getItemCount() > 0) {
				viewer.getTable().setSelection(0);
			}
		});
		filter.addListener(SWT.DefaultSelection, e -> okPressed());
		viewer.addDoubleClickListener(e -> okPressed());
		return area;
	}

	/** Every word of the filter occurs in the name (case-insensitive). */
	static boolean matches(String filterText, String name) {
		if (filterText == null || filterText.isBlank()) {
			return true;
		}
		String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
		for (String word : filterText.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty() && !n.contains(word)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void okPressed() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (first == null && viewer.getTable().getItemCount() > 0) {
			first = viewer.getElementAt(0);
		}
		result = (EObject) first;
		super.okPressed();
	}

	public EObject result() {
		return result;
	}
}
