package parley.ui.parts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import parley.core.edit.EditingSession;
import parley.core.service.Elements;
import parley.core.service.EntryType;
import parley.core.service.Labels;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.ui.EntryOpener;
import parley.ui.Icons;

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
	private static final Set<String> MULTI_LINE = Set.of("summary", "rationale", "text", "usage", "situation",
			"outcome", "description", "instruction");
	private static final List<EStructuralFeature> COMMON_TAIL = List.of(P.getEntry_Status(), P.getEntry_Owner(),
			P.getEntry_LastReviewed(), P.getEntry_ReviewIntervalDays(), P.getEntry_Channels(), P.getEntry_Audiences(),
			P.getEntry_Tags(), P.getEntry_Sources(), P.getEntry_Created(), P.getEntry_Modified());

	@Inject
	MPart part;

	@Inject
	EditingSession session;

	@Inject
	@Optional
	EntryOpener opener;

	private Identified entity;
	private Display display;
	private Icons icons;
	/** Says that the entity is not in the playbook any more; hidden while it is. */
	private Composite goneBanner;
	private Label goneText;
	/** Whether the form was last shown for an entity in the playbook. */
	private boolean shownAlive = true;
	/** Controls created disabled (e.g. "Move up" of the first step): they stay so when the form comes back. */
	private final Set<Control> disabledByDesign = new HashSet<>();
	private ScrolledComposite scroll;
	private Composite form;
	private Label header;
	private final List<Binding> bindings = new ArrayList<>();
	private final List<EObject> watched = new ArrayList<>();
	private Binding pending;
	private final Runnable commitTimer = this::commitPending;
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
				if (binding.owner == n.getNotifier() && binding.feature == n.getFeature()) {
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
		goneBanner = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(goneBanner);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(goneBanner);
		goneBanner.setBackground(display.getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		goneText = new Label(goneBanner, SWT.WRAP);
		goneText.setForeground(display.getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		goneText.setBackground(goneBanner.getBackground());
		goneText.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(goneText);
		goneBanner.setData("org.eclipse.e4.ui.css.id", "gone-banner");
		shownAlive = true;
		showGone(false);
		watch(entity);
		header = new Label(form, SWT.NONE);
		header.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(header);
		for (EStructuralFeature feature : fieldsOf(entity.eClass())) {
			if (feature == P.getScenario_Steps()) {
				stepsSection((Scenario) entity);
			} else {
				field(form, entity, feature);
			}
		}
		updateTitle();
		updateState();
		relayout();
	}

	/** The fields shown for a type, in order: title/name first, the type's own fields, then curation data. */
	static List<EStructuralFeature> fieldsOf(EClass type) {
		List<EStructuralFeature> fields = new ArrayList<>();
		boolean entry = P.getEntry().isSuperTypeOf(type);
		if (entry) {
			fields.add(P.getEntry_Title());
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			EClass owner = feature.getEContainingClass();
			if (owner != P.getIdentified() && owner != P.getEntry() && !feature.isTransient()) {
				fields.add(feature);
			}
		}
		if (entry) {
			fields.addAll(COMMON_TAIL);
		}
		return fields;
	}

	private void watch(EObject object) {
		object.eAdapters().add(modelAdapter);
		watched.add(object);
	}

	private void stepsSection(Scenario scenario) {
		Label title = new Label(form, SWT.NONE);
		title.setText("Steps");
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(title);
		int n = 0;
		for (Step step : scenario.getSteps()) {
			watch(step);
			n++;
			Group group = new Group(form, SWT.NONE);
			group.setText("Step " + n);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
			field(group, step, P.getStep_Instruction());
			field(group, step, P.getStep_Techniques());
			field(group, step, P.getStep_Phrases());
			Composite buttons = new Composite(group, SWT.NONE);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
			buttons.setLayout(new RowLayout());
			int index = n - 1;
			button(buttons, "Move up", index > 0, () -> session.move(scenario, P.getScenario_Steps(), step, index - 1));
			button(buttons, "Remove step", true, () -> session.delete(List.of(step)));
		}
		Composite buttons = new Composite(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		buttons.setLayout(new RowLayout());
		button(buttons, "Add step", true, () -> session.addStep(scenario, "New step"));
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

	/** A label and the widget that fits the feature's type. */
	private void field(Composite parent, EObject owner, EStructuralFeature feature) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(labelOf(feature));
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).indent(0, 3).applyTo(label);
		Binding binding;
		if (feature instanceof EReference reference) {
			binding = new ReferenceBinding(parent, owner, reference);
		} else {
			EAttribute attribute = (EAttribute) feature;
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (attribute.getEAttributeType() instanceof EEnum eEnum) {
				binding = attribute.isMany() ? new EnumSetBinding(parent, owner, attribute, eEnum)
						: new ComboBinding(parent, owner, attribute, eEnum);
			} else if (type == boolean.class || type == Boolean.class) {
				binding = new CheckBinding(parent, owner, attribute);
			} else if (type == int.class || type == Integer.class) {
				binding = new SpinnerBinding(parent, owner, attribute);
			} else {
				binding = new TextBinding(parent, owner, attribute);
			}
		}
		bindings.add(binding);
		binding.refresh();
	}

	static String labelOf(EStructuralFeature feature) {
		if (feature == P.getEntry_ReviewIntervalDays()) {
			return "Review every (days)";
		}
		String name = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
		String shown = name == null || name.isBlank() ? "(untitled)" : name;
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
		part.setDirty(alive && (pending != null || session.hasUnsavedChanges(entity)));
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
		if (gone) {
			String name = Labels.name(entity);
			goneText.setText("\u201c" + (name == null || name.isBlank() ? "(untitled)" : name)
					+ "\u201d is not in the playbook any more: it was deleted, or its creation was undone. "
					+ "Undo (Ctrl+Z) or redo (Ctrl+Y) brings it back; closing this tab loses nothing.");
		}
		goneBanner.setVisible(gone);
		((org.eclipse.swt.layout.GridData) goneBanner.getLayoutData()).exclude = !gone;
		for (Control child : form.getChildren()) {
			if (child != goneBanner) {
				enable(child, !gone);
			}
		}
		relayout();
		if (gone) {
			scroll.setOrigin(0, 0); // the banner is at the top: show it
		}
	}

	private void enable(Control control, boolean enabled) {
		control.setEnabled(enabled && !disabledByDesign.contains(control));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				enable(child, enabled);
			}
		}
	}

	/** The text that says the entity is gone, or null while it is in the playbook (for tests). */
	public String goneMessage() {
		return goneBanner != null && !goneBanner.isDisposed() && goneBanner.getVisible() ? goneText.getText() : null;
	}

	/** Writes a text edit that is waiting for the typing pause, now. */
	public void commitPending() {
		Binding b = pending;
		pending = null;
		if (b != null && !b.control.isDisposed()) {
			b.commit();
			if (!form.isDisposed()) {
				updateState(); // the typing may have equalled the model: no command, no longer dirty
			}
		}
	}

	/** Whether a text edit waits for the typing pause. */
	public boolean hasPendingEdit() {
		return pending != null;
	}

	private void changed(Binding binding) {
		if (pending != null && pending != binding) {
			commitPending();
		}
		pending = binding;
		part.setDirty(true); // closing the tab now asks, instead of losing the typing
		display.timerExec(COMMIT_DELAY_MS, commitTimer);
	}

	/** Gives the keyboard focus to a field of the entity or of one of its steps (by model field name). */
	public void focus(EObject owner, String field) {
		for (Binding binding : bindings) {
			if ((owner == null || binding.owner == owner) && field != null
					&& binding.feature.getName().equals(field)) {
				binding.control.setFocus();
				scroll.showControl(binding.control);
				return;
			}
		}
		setFocus();
	}

	/** The widget of a field, for tests and focus. */
	public Control control(EObject owner, String field) {
		for (Binding binding : bindings) {
			if (binding.owner == owner && binding.feature.getName().equals(field)) {
				return binding.control;
			}
		}
		return null;
	}

	public Identified entity() {
		return entity;
	}

	@Focus
	void setFocus() {
		if (!bindings.isEmpty()) {
			bindings.get(0).control.setFocus();
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
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, commitTimer);
		}
		pending = null;
		session.removeListener(sessionListener);
		for (EObject object : watched) {
			object.eAdapters().remove(modelAdapter);
		}
		watched.clear();
		if (icons != null) {
			icons.dispose();
		}
	}

	// ------------------------------------------------------------------ bindings

	/** One widget bound to one feature of one model object. */
	private abstract class Binding {
		final EObject owner;
		final EStructuralFeature feature;
		Control control;
		boolean updating;

		Binding(EObject owner, EStructuralFeature feature) {
			this.owner = owner;
			this.feature = feature;
		}

		/** Shows the model's value. */
		abstract void refresh();

		/** Writes the widget's value to the model. */
		void commit() {
		}

		void layout(Control c, boolean grabVertical) {
			control = c;
			GridDataFactory.fillDefaults().grab(true, false).hint(200, grabVertical ? 70 : SWT.DEFAULT).applyTo(c);
		}
	}

	/** Strings (single-line or multi-line), lists of strings (one per line), dates and read-only instants. */
	private final class TextBinding extends Binding {
		private final Text text;
		private final Class<?> type;

		TextBinding(Composite parent, EObject owner, EAttribute attribute) {
			super(owner, attribute);
			type = attribute.getEAttributeType().getInstanceClass();
			boolean multi = attribute.isMany() || MULTI_LINE.contains(attribute.getName());
			boolean readOnly = type == Instant.class;
			text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)
					| (readOnly ? SWT.READ_ONLY : 0));
			if (type == LocalDate.class) {
				text.setMessage("YYYY-MM-DD");
			} else if (attribute.isMany()) {
				text.setMessage("One per line");
			}
			layout(text, multi);
			text.addModifyListener(e -> {
				if (!updating && !readOnly) {
					changed(this);
				}
			});
			text.addListener(SWT.FocusOut, e -> commitPending());
			if (!multi) {
				text.addListener(SWT.DefaultSelection, e -> commitPending());
			}
		}

		@Override
		void refresh() {
			Object value = owner.eGet(feature);
			String shown;
			if (value == null) {
				shown = "";
			} else if (feature.isMany()) {
				shown = String.join("\n", ((List<?>) value).stream().map(String::valueOf).toList());
			} else {
				shown = String.valueOf(value);
			}
			if (!text.getText().equals(shown)) {
				updating = true;
				try {
					text.setText(shown);
				} finally {
					updating = false;
				}
			}
			text.setBackground(null);
			text.setToolTipText(null);
		}

		@Override
		void commit() {
			String input = text.getText();
			Object value;
			if (feature.isMany()) {
				value = input.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
			} else if (type == LocalDate.class) {
				try {
					value = input.isBlank() ? null : LocalDate.parse(input.strip());
				} catch (DateTimeParseException e) {
					text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
					text.setToolTipText("Write the date as YYYY-MM-DD, e.g. 2026-11-25");
					return;
				}
			} else {
				value = input.isEmpty() ? null : input;
			}
			session.set(owner, feature, value);
		}
	}

	private final class ComboBinding extends Binding {
		private final Combo combo;
		private final EEnum eEnum;

		ComboBinding(Composite parent, EObject owner, EAttribute attribute, EEnum eEnum) {
			super(owner, attribute);
			this.eEnum = eEnum;
			combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				combo.add(literal.getLiteral());
			}
			layout(combo, false);
			GridDataFactory.swtDefaults().applyTo(combo);
			combo.addListener(SWT.Selection, e -> {
				if (!updating) {
					session.set(owner, feature, eEnum.getELiterals().get(combo.getSelectionIndex()).getInstance());
				}
			});
		}

		@Override
		void refresh() {
			updating = true;
			try {
				Object value = owner.eGet(feature);
				combo.select(value == null ? -1
						: eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(((Enumerator) value).getValue())));
			} finally {
				updating = false;
			}
		}
	}

	/** A many-valued enum (channels, emotions): a check box per literal. */
	private final class EnumSetBinding extends Binding {
		private final List<Button> boxes = new ArrayList<>();
		private final EEnum eEnum;

		EnumSetBinding(Composite parent, EObject owner, EAttribute attribute, EEnum eEnum) {
			super(owner, attribute);
			this.eEnum = eEnum;
			Composite row = new Composite(parent, SWT.NONE);
			RowLayout layout = new RowLayout();
			layout.marginLeft = 0;
			row.setLayout(layout);
			layout(row, false);
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				Button box = new Button(row, SWT.CHECK);
				box.setText(literal.getLiteral());
				box.addListener(SWT.Selection, e -> commit());
				boxes.add(box);
			}
		}

		@Override
		void refresh() {
			List<?> values = (List<?>) owner.eGet(feature);
			for (int i = 0; i < boxes.size(); i++) {
				boxes.get(i).setSelection(values.contains(eEnum.getELiterals().get(i).getInstance()));
			}
		}

		@Override
		void commit() {
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < boxes.size(); i++) {
				if (boxes.get(i).getSelection()) {
					values.add(eEnum.getELiterals().get(i).getInstance());
				}
			}
			session.set(owner, feature, values);
		}
	}

	private final class CheckBinding extends Binding {
		private final Button box;

		CheckBinding(Composite parent, EObject owner, EAttribute attribute) {
			super(owner, attribute);
			box = new Button(parent, SWT.CHECK);
			layout(box, false);
			box.addListener(SWT.Selection, e -> session.set(owner, feature, box.getSelection()));
		}

		@Override
		void refresh() {
			box.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
		}
	}

	private final class SpinnerBinding extends Binding {
		private final Spinner spinner;

		SpinnerBinding(Composite parent, EObject owner, EAttribute attribute) {
			super(owner, attribute);
			spinner = new Spinner(parent, SWT.BORDER);
			spinner.setMaximum(100_000);
			layout(spinner, false);
			GridDataFactory.swtDefaults().applyTo(spinner);
			spinner.addModifyListener(e -> {
				if (!updating) {
					changed(this);
				}
			});
			spinner.addListener(SWT.FocusOut, e -> commitPending());
		}

		@Override
		void refresh() {
			updating = true;
			try {
				Object value = owner.eGet(feature);
				spinner.setSelection(value == null ? 0 : (Integer) value);
			} finally {
				updating = false;
			}
		}

		@Override
		void commit() {
			session.set(owner, feature, spinner.getSelection());
		}
	}

	/** Links to other entities: a list (double-click opens one), Add… (a filtered pick list) and Remove. */
	private final class ReferenceBinding extends Binding {
		private final Table table;
		private final EReference reference;

		ReferenceBinding(Composite parent, EObject owner, EReference reference) {
			super(owner, reference);
			this.reference = reference;
			Composite box = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
			table = new Table(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(table);
			control = table;
			Composite buttons = new Composite(box, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(buttons);
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
			Button add = button(buttons, "Add…", true, this::add);
			Button remove = button(buttons, "Remove", true, this::removeSelected);
			GridDataFactory.fillDefaults().applyTo(add);
			GridDataFactory.fillDefaults().applyTo(remove);
			table.addListener(SWT.DefaultSelection, e -> openSelected());
			table.setToolTipText("Double-click or Enter opens the linked entry");
		}

		List<?> targets() {
			return (List<?>) owner.eGet(reference);
		}

		@Override
		void refresh() {
			table.removeAll();
			for (Object target : targets()) {
				EObject t = (EObject) target;
				TableItem item = new TableItem(table, SWT.NONE);
				String name = t.eIsProxy() ? "(missing entry)" : Labels.name(t);
				item.setText(name == null ? "(untitled)" : name);
				item.setImage(icons.of(t));
				item.setData(t);
			}
		}

		private void add() {
			List<EObject> candidates = new ArrayList<>();
			PlaybookLayout.Kind kind = PlaybookLayout.kindOf(reference.getEReferenceType());
			for (Object element : (List<?>) session.playbook().playbook().eGet(kind.containment())) {
				if (!targets().contains(element) && element != owner) {
					candidates.add((EObject) element);
				}
			}
			candidates.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(Labels.name(a)),
					String.valueOf(Labels.name(b))));
			EObject chosen = picker.apply("Add to " + labelOf(reference).toLowerCase(Locale.ROOT), candidates);
			if (chosen != null) {
				session.add(owner, reference, chosen);
			}
		}

		private void removeSelected() {
			if (table.getSelectionCount() == 1) {
				session.remove(owner, reference, table.getSelection()[0].getData());
			}
		}

		private void openSelected() {
			if (table.getSelectionCount() == 1 && opener != null
					&& table.getSelection()[0].getData() instanceof EObject target && !target.eIsProxy()) {
				opener.open(target, null);
			}
		}
	}

	/** Adds a link through the same path as the Add… button (tests replace {@link #picker}). */
	public void addLink(EObject owner, String field) {
		for (Binding binding : bindings) {
			if (binding.owner == owner && binding.feature.getName().equals(field)
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
