package parley.ui.parts;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.service.Labels;
import parley.core.service.PlaybookSession;
import parley.core.store.OpenPlaybook;
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
	private final PlaybookSession.Listener listener = new PlaybookSession.Listener() {
		@Override
		public void opened(OpenPlaybook playbook) {
			sync.asyncExec(() -> show(playbook));
		}
	};

	@PostConstruct
	void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
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
