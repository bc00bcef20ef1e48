package parley.ui.parts;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Composite;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.service.Labels;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;

/** The playbook navigator: scenarios, techniques, phrases, sources and tags. Selecting an entry publishes it. */
public final class NavigatorPart {

	@Inject
	PlaybookSession session;

	@Inject
	UISynchronize sync;

	@Inject
	ESelectionService selection;

	private TreeViewer viewer;
	private Label status;
	private final PlaybookSession.Listener listener = new PlaybookSession.Listener() {
		@Override
		public void opened(OpenPlaybook playbook) {
			sync.asyncExec(() -> show(playbook));
		}

		@Override
		public void failed(Path folder, StoreException problem) {
			sync.asyncExec(() -> showFailure(problem));
		}
	};

	@PostConstruct
	void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		status = new Label(parent, SWT.WRAP);
		status.setText("Loading the playbook…");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(status);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new PlaybookTree());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof EObject object) {
					String name = Labels.name(object);
					return name == null ? Labels.describe(object) : name;
				}
				return String.valueOf(element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			selection.setSelection(first instanceof Entry ? first : null);
		});
		viewer.getTree().setData("org.eclipse.e4.ui.css.id", "navigator");
		session.addListener(listener);
	}

	private void show(OpenPlaybook playbook) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(playbook.playbook());
		viewer.expandToLevel(2);
		status.setText(playbook.playbook().getTitle() + "\n" + playbook.folder());
		status.setToolTipText(playbook.folder().toString());
		status.getParent().layout(true);
	}

	private void showFailure(StoreException problem) {
		if (status == null || status.isDisposed()) {
			return;
		}
		status.setText("The playbook could not be opened.\n" + problem.getMessage());
		status.getParent().layout(true);
	}

	/** The status line above the tree (playbook title and folder, or why it could not be opened). */
	public String statusText() {
		return status.getText();
	}

	/** The tree, for tests and keyboard focus. */
	public TreeViewer viewer() {
		return viewer;
	}

	@PreDestroy
	void dispose() {
		session.removeListener(listener);
	}
}
