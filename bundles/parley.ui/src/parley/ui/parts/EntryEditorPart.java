package parley.ui.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.store.StoreException;
import parley.core.validation.Problem;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.ui.Accessibility;
import parley.ui.WorkbenchCuration;
import parley.ui.DialogPrompts;
import parley.ui.EntryOpener;
import parley.ui.Icons;
import parley.ui.Prompts;
import parley.ui.parts.binding.Binding;
import parley.ui.parts.binding.Bindings;
import parley.ui.parts.binding.FormContext;
import parley.ui.parts.binding.ReferenceBinding;
import parley.ui.parts.binding.TypingPause;

/**
 * Form editor of one playbook entity (technique, phrase, scenario with its steps, source, tag, audience):
 * a widget per model field, bound both ways. Widgets write through the {@link EditingSession} (one command
 * per change: text after a short pause, on focus loss or Enter; choices at once); the model's notifications
 * update the widgets, so undo and redo show at once. The part is dirty while its entity has unsaved changes
 * (or a typed edit waits for the pause), and saving saves the playbook. When the entity leaves the playbook
 * (deleted, or its creation undone) the form says so and is disabled until undo or redo brings it back.
 */
public final class EntryEditorPart {

	/** Transient data key of the part: the edited entity. */
	public static final String ENTITY = "parley.entity";
	/** Persisted state key of the part: the edited entity's id. */
	public static final String ENTITY_ID = "parley.entityId";

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final int COMMIT_DELAY_MS = 500;
	@Inject
	MPart part;

	@Inject
	EditingSession session;

	@Inject
	@Optional
	EntryOpener opener;

	@Inject
	@Optional
	Prompts prompts;

	private Identified entity;
	private Display display;
	private Icons icons;
	/** Says that the entity is not in the playbook any more; hidden while it is. */
	private GoneBanner goneBanner;
	/** Whether the form was last shown for an entity in the playbook. */
	private boolean shownAlive = true;
	/** Controls created disabled (e.g. "Move up" of the first step): they stay so when the form comes back. */
	private final Set<Control> disabledByDesign = new HashSet<>();
	private ScrolledComposite scroll;
	private Composite form;
	private Label header;
	private CurationSection curation;
	private final List<Binding> bindings = new ArrayList<>();
	private final List<EObject> watched = new ArrayList<>();
	private final FieldMarkers markers = new FieldMarkers();
	/** The playbook's problems as last validated (the Problems part puts them into the context). */
	private List<Problem> problems = List.of();
	private TypingPause pause;
	private final FormContext formContext = new Form();
	/** Chooses a reference target (title, candidates) → element or null; a dialog unless tests replace it. */
	BiFunction<String, List<? extends EObject>, EObject> picker;

	private final Adapter modelAdapter = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification n) {
			if (n.isTouch() || form == null || form.isDisposed()) {
				return;
			}
			if (n.getFeature() == P.getScenario_Steps()) {
				form.getDisplay().asyncExec(EntryEditorPart.this::rebuild);
				return;
			}
			for (Binding binding : List.copyOf(bindings)) {
				if (binding.owner() == n.getNotifier() && binding.feature() == n.getFeature()) {
					binding.refresh();
				}
			}
			if (n.getNotifier() == entity) {
				updateTitle();
			}
		}
	};

	private final EditingSession.Listener sessionListener = s -> {
		if (form != null && !form.isDisposed()) {
			updateState();
			if (curation != null && isAlive()) {
				curation.refresh();
				relayout();
			}
		}
	};

	@PostConstruct
	void createControls(Composite parent) {
		entity = (Identified) part.getTransientData().get(ENTITY);
		if (entity == null && part.getPersistedState().get(ENTITY_ID) != null) {
			String id = part.getPersistedState().get(ENTITY_ID);
			entity = (Identified) Elements.all(session.playbook().playbook()).stream()
					.filter(e -> ((Identified) e).getId().equals(id)).findFirst().orElse(null);
		}
		display = parent.getDisplay();
		icons = new Icons(display);
		// an edit that waits makes the tab dirty, so closing it now asks instead of losing the typing
		pause = new TypingPause(display, COMMIT_DELAY_MS, () -> part.setDirty(true), this::commitPending);
		picker = (title, candidates) -> {
			PickDialog dialog = new PickDialog(parent.getShell(), title, candidates, icons);
			return dialog.open() == Window.OK ? dialog.result() : null;
		};
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		form = new Composite(scroll, SWT.NONE);
		scroll.setContent(form);
		scroll.addListener(SWT.Resize, e -> relayout());
		rebuild();
		session.addListener(sessionListener);
		updateState();
	}

	/** (Re)creates every field widget; after steps were added, removed or moved. */
	void rebuild() {
		if (form == null || form.isDisposed()) {
			return;
		}
		commitPending();
		for (Control child : form.getChildren()) {
			child.dispose();
		}
		bindings.clear();
		disabledByDesign.clear();
		for (EObject object : watched) {
			object.eAdapters().remove(modelAdapter);
		}
		watched.clear();
		GridLayoutFactory.fillDefaults().numColumns(2).margins(16, 12).spacing(10, 6).applyTo(form);
		if (entity == null) {
			new Label(form, SWT.WRAP).setText("This entry is not in the playbook any more.");
			relayout();
			return;
		}
		goneBanner = new GoneBanner(form, disabledByDesign);
		shownAlive = true;
		showGone(false);
		watch(entity);
		header = new Label(form, SWT.NONE);
		header.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(header);
		curation = null;
		if (entity instanceof Entry entry) {
			curation = new CurationSection(form, entry, session, this::curationSteps, () -> {
				if (opener != null && entry.getReplacedBy() != null) {
					opener.open(entry.getReplacedBy(), null);
				}
			});
		}
		for (EStructuralFeature feature : Bindings.fieldsOf(entity.eClass())) {
			if (feature == P.getScenario_Steps()) {
				StepsSection.create(form, (Scenario) entity, formContext, this::field, this::watch);
			} else {
				field(form, entity, feature);
			}
		}
		markers.show(bindings, problems);
		Accessibility.nameFromLabels(form); // the curation block's rows
		updateTitle();
		updateState();
		relayout();
	}

	private void watch(EObject object) {
		object.eAdapters().add(modelAdapter);
		watched.add(object);
	}

	private Button button(Composite parent, String text, boolean enabled, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setEnabled(enabled);
		if (!enabled) {
			disabledByDesign.add(button);
		}
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** A label and the widget that fits the feature's type ({@link Bindings#create}). */
	private void field(Composite parent, EObject owner, EStructuralFeature feature) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(Bindings.labelOf(feature));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 3).applyTo(label);
		Binding binding = Bindings.create(formContext, parent, owner, feature);
		bindings.add(binding);
		Accessibility.nameAll(binding.control(), label.getText());
	}

	private void relayout() {
		if (scroll == null || scroll.isDisposed()) {
			return;
		}
		int width = Math.max(300, scroll.getClientArea().width);
		scroll.setMinSize(form.computeSize(width, SWT.DEFAULT));
		form.layout(true, true);
	}

	private void updateTitle() {
		String name = entity == null ? null : Labels.name(entity);
		String shown = parley.core.service.Labels.orUntitled(name);
		part.setLabel(isAlive() ? shown : shown + " (removed)");
		if (header != null && !header.isDisposed()) {
			EntryType type = EntryType.of(entity.eClass());
			header.setText(shown + "  ·  " + (type == null ? entity.eClass().getName().toLowerCase(Locale.ROOT)
					: type.key()));
		}
	}

	private void updateState() {
		boolean alive = isAlive();
		// Only this entry's changes make its tab dirty; a removed entry has nothing to save in this tab.
		part.setDirty(alive && (pause.isWaiting() || session.hasUnsavedChanges(entity)));
		form.setEnabled(alive);
		part.setTooltip(alive ? null : "Not in the playbook any more: undo (or redo) brings it back");
		if (alive != shownAlive) {
			shownAlive = alive;
			showGone(!alive);
			updateTitle();
		}
	}

	/** Whether the edited entity is in the playbook (not deleted, its creation not undone). */
	public boolean isAlive() {
		return entity != null && entity.eContainer() != null && entity.eContainer() == session.playbook().playbook();
	}

	/** Shows or hides the banner that says the entity is gone, and greys out (or restores) every field. */
	private void showGone(boolean gone) {
		if (goneBanner == null || goneBanner.isDisposed()) {
			return;
		}
		goneBanner.show(gone, Labels.name(entity));
		relayout();
		if (gone) {
			scroll.setOrigin(0, 0); // the banner is at the top: show it
		}
	}

	/** The text that says the entity is gone, or null while it is in the playbook (for tests). */
	public String goneMessage() {
		return goneBanner == null ? null : goneBanner.message();
	}

	/** Writes a text edit that is waiting for the typing pause, now. */
	public void commitPending() {
		if (pause.commit() && !form.isDisposed()) {
			updateState(); // the typing may have equalled the model: no command, no longer dirty
		}
	}

	/** Whether a text edit waits for the typing pause. */
	public boolean hasPendingEdit() {
		return pause.isWaiting();
	}

	/** Gives the keyboard focus to a field of the entity or of one of its steps (by model field name). */
	public void focus(EObject owner, String field) {
		for (Binding binding : bindings) {
			if ((owner == null || binding.owner() == owner) && field != null
					&& binding.feature().getName().equals(field)) {
				binding.control().setFocus();
				scroll.showControl(binding.control());
				return;
			}
		}
		setFocus();
	}

	/** New problems (validated after an edit): the markers on the fields follow. */
	@Inject
	@Optional
	void problemsChanged(@Named(ProblemsPart.CURRENT) List<Problem> found) {
		problems = found == null ? List.of() : found;
		if (form != null && !form.isDisposed()) {
			markers.show(bindings, problems);
		}
	}

	/** The problem marker's text on a field ("Error: …"), null when the field has none; for tests. */
	public String markerOf(EObject owner, String field) {
		Control control = control(owner, field);
		return control == null ? null : markers.textOf(control);
	}

	/** The widget of a field, for tests and focus. */
	public Control control(EObject owner, String field) {
		for (Binding binding : bindings) {
			if (binding.owner() == owner && binding.feature().getName().equals(field)) {
				return binding.control();
			}
		}
		return null;
	}

	/** The curation steps, asking through the context's prompts (dialogs unless tests give their own). */
	private WorkbenchCuration curationSteps() {
		Prompts asked = prompts != null ? prompts : new DialogPrompts(form.getShell());
		return new WorkbenchCuration(session, asked, candidates -> (Entry) picker.apply("Replaced by", candidates));
	}

	/** The curation block of an entry's editor (null for tags and audiences). */
	public CurationSection curation() {
		return curation;
	}

	public Identified entity() {
		return entity;
	}

	@Focus
	void setFocus() {
		if (!bindings.isEmpty()) {
			bindings.get(0).control().setFocus();
		} else {
			form.setFocus();
		}
	}

	@Persist
	public void save() {
		commitPending();
		try {
			session.save();
		} catch (StoreException e) {
			MessageDialog.openError(form.getShell(), "Could not save", e.getMessage());
		}
	}

	@PreDestroy
	void dispose() {
		// The workbench disposes the part's widgets before its context, so do not ask them for the display.
		if (pause != null) {
			pause.cancel();
		}
		session.removeListener(sessionListener);
		for (EObject object : watched) {
			object.eAdapters().remove(modelAdapter);
		}
		watched.clear();
		if (icons != null) {
			icons.dispose();
		}
	}

	/** What the bindings reach of this part. */
	private final class Form implements FormContext {
		@Override
		public EditingSession session() {
			return session;
		}

		@Override
		public void typed(Binding binding) {
			pause.typed(binding, EntryEditorPart.this::commitPending);
		}

		@Override
		public void commitPending() {
			EntryEditorPart.this.commitPending();
		}

		@Override
		public Button button(Composite parent, String text, boolean enabled, Runnable action) {
			return EntryEditorPart.this.button(parent, text, enabled, action);
		}

		@Override
		public Image icon(EObject element) {
			return icons.of(element);
		}

		@Override
		public EObject pick(String title, List<? extends EObject> candidates) {
			return picker.apply(title, candidates);
		}

		@Override
		public void open(EObject target) {
			if (opener != null) {
				opener.open(target, null);
			}
		}
	}

	/** Adds a link through the same path as the Add… button (tests replace {@link #picker}). */
	public void addLink(EObject owner, String field) {
		for (Binding binding : bindings) {
			if (binding.owner() == owner && binding.feature().getName().equals(field)
					&& binding instanceof ReferenceBinding reference) {
				reference.add();
			}
		}
	}

	/** Replaces the dialog that picks a link target (tests). */
	public void setPicker(BiFunction<String, List<? extends EObject>, EObject> picker) {
		this.picker = picker;
	}
}
