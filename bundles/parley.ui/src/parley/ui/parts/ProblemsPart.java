package parley.ui.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.ui.Accessibility;
import parley.core.edit.BackgroundRead;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.validation.PlaybookValidator;
import parley.core.validation.Problem;
import parley.core.validation.Severity;
import parley.model.playbook.Identified;
import parley.ui.EntryOpener;

/**
 * Live validation: the playbook is validated again shortly after each change (debounced, so a burst of edits
 * validates once; off the UI thread) and the problems are listed with severity, element, field and message. Double-click or
 * Enter opens the element's editor with the field focused.
 */
public final class ProblemsPart {

	static final int DELAY_MS = 300;
	/** The part's id in the application model. */
	public static final String ID = "parley.ui.part.problems";
	/** Context key (application context) of the problems last found: editors mark their fields with them. */
	public static final String CURRENT = "parley.problems";

	@Inject
	@Optional
	MApplication application;

	@Inject
	@Optional
	EntryOpener opener;

	private final PlaybookValidator validator = new PlaybookValidator();
	private EditingSession editing;
	private TableViewer viewer;
	private Label summary;
	private List<Problem> problems = List.of();
	private final Runnable validate = this::validateNow;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley validation");
		t.setDaemon(true);
		return t;
	});
	private final EditingSession.Listener listener = s -> schedule();

	@PostConstruct
	void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		summary.setText("Waiting for the playbook…");
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(summary);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Accessibility.name(viewer.getControl(), "Problems");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Severity", 90, p -> p.severity().name().toLowerCase(), p -> FieldMarkers.image(p.severity()));
		column("Entry", 260, Problem::elementLabel, p -> null);
		column("Field", 110, p -> p.field() == null ? "" : p.field(), p -> null);
		column("Message", 600, Problem::message, p -> null);
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Problem problem) {
				open(problem);
			}
		});
		if (editing != null) {
			validateNow();
		}
	}

	private void column(String title, int width, java.util.function.Function<Problem, String> text,
			java.util.function.Function<Problem, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Problem) element);
			}
		});
	}

	@Inject
	void setEditingSession(@Optional EditingSession editing) {
		if (this.editing != null) {
			this.editing.removeListener(listener);
		}
		this.editing = editing;
		if (editing != null) {
			editing.addListener(listener);
			if (viewer != null) {
				validateNow();
			}
		}
	}

	private void schedule() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().timerExec(DELAY_MS, validate);
		}
	}

	/**
	 * Validates the playbook on a background thread (150 ms at 10k entries) through a {@link BackgroundRead}, the
	 * session's read section, and shows the result on the UI thread. A result computed while a command ran is
	 * dropped and validation is scheduled again.
	 */
	void validateNow() {
		if (editing == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		EditingSession session = editing;
		Display display = viewer.getControl().getDisplay();
		BackgroundRead.run(session, worker, display::asyncExec, validator::validate, found -> {
			if (!viewer.getControl().isDisposed() && editing == session) {
				show(found);
			}
		}, () -> {
			if (editing == session) {
				schedule();
			}
		});
	}

	private void show(List<Problem> found) {
		problems = found;
		if (application != null && application.getContext() != null) {
			application.getContext().set(CURRENT, found);
		}
		viewer.setInput(problems);
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		summary.setText(errors + (errors == 1 ? " error, " : " errors, ") + (problems.size() - errors)
				+ (problems.size() - errors == 1 ? " warning" : " warnings"));
		summary.getParent().layout(true);
	}

	/** Opens the editor of a problem's element with its field focused. */
	void open(Problem problem) {
		if (opener == null || editing == null || problem.elementId() == null) {
			return;
		}
		Map<String, EObject> byId = new HashMap<>();
		for (EObject element : Elements.all(editing.playbook().playbook())) {
			byId.put(((Identified) element).getId(), element);
		}
		EObject element = byId.get(problem.elementId());
		if (element != null) {
			opener.open(element, problem.field());
		}
	}

	/** The problems shown. */
	public List<Problem> problems() {
		return problems;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public String summaryText() {
		return summary.getText();
	}

	@PreDestroy
	void dispose() {
		worker.shutdownNow();
		if (editing != null) {
			editing.removeListener(listener);
		}
	}
}
