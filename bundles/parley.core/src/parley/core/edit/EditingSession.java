package parley.core.edit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import parley.core.curation.CuratedContent;
import parley.core.curation.Curator;
import parley.core.service.Labels;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/**
 * Edits one open playbook through an EMF editing domain: every change is a command on one
 * {@link BasicCommandStack}, so it can be undone and redone. The stack remembers which entities each command
 * changed, so the session knows which entities have unsaved changes ({@link #unsavedChanges()}); the playbook
 * is dirty while any has. "Don't save" for one entity ({@link #discardChanges}) is itself an undoable
 * command that sets the entity back to its saved state. Changing an entry also sets its {@code modified} stamp (and a new entry's
 * {@code created}) inside the same command, so undo reverts the stamp too. {@link #save()} writes through the
 * store (atomically, only the changed shards). Unsaved changes are kept in a {@link RecoveryFile} after each
 * command and offered again after a crash ({@link #hasRecovery()}, {@link #restoreRecovery()}).
 * <p>
 * The session runs commands; the rules it applies are classes of their own: what may link to what
 * ({@link LinkRules}), what deleting removes ({@link Deletion}), what a new or duplicated entity looks like
 * ({@link NewEntities}), what "Don't save" sets back ({@link Discard}), and which entities have unsaved
 * changes ({@link ChangeTracker}).
 * <p>
 * <b>Threading rule.</b> The model is changed only on the thread that created the session, its <i>owner</i> (the
 * UI thread in the workbench, the main thread on the command line): commands, undo, redo, save and restore from
 * any other thread throw {@link IllegalStateException}. Work on another thread reads the model only through a
 * {@link BackgroundRead} (its result counts only if no command ran meanwhile) or a copy made on the owner thread
 * (the recovery file's snapshot).
 * <p>
 * Longer than 400 lines on purpose: it is the one entry point for changing a playbook (each edit a command, its
 * stamps, save, recovery and the owner-thread check); the rules it applies live in classes of their own.
 */
public final class EditingSession {

	/** Told after every command, undo, redo and save. */
	public interface Listener {
		void changed(EditingSession session);
	}

	/** What happened to an element with unsaved changes. */
	public enum Change {
		/** created since the last save */
		NEW,
		/** changed since the last save */
		CHANGED,
		/** removed since the last save */
		DELETED
	}

	/** An entity (or the playbook, for its own fields) whose unsaved changes a save would write. */
	public record Unsaved(EObject element, Change change) {
	}

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private final OpenPlaybook open;
	private final Clock clock;
	private final ComposedAdapterFactory adapterFactory;
	private final ChangeTracker changes;
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final RecoveryFile recovery;
	/** whether this session keeps a recovery file (a workbench does; a one-command session does not) */
	private final boolean keepsRecovery;
	private final Thread owner = Thread.currentThread();
	/** counts the commands executed, undone and redone; read on the owner thread ({@link BackgroundRead}) */
	private long changeCount;
	/** who edits, recorded as {@code editedBy} on content edits; null: nobody known */
	private String editor;

	public EditingSession(OpenPlaybook open) {
		this(open, Clock.systemUTC());
	}

	public EditingSession(OpenPlaybook open, Clock clock) {
		this(open, clock, true);
	}

	/**
	 * A session for one command that edits and saves at once (the command line): it neither writes nor deletes
	 * the playbook's recovery file, which belongs to a workbench that may have unsaved changes open on the same
	 * folder.
	 */
	public static EditingSession forOneCommand(OpenPlaybook open) {
		return new EditingSession(open, Clock.systemUTC(), false);
	}

	private EditingSession(OpenPlaybook open, Clock clock, boolean keepsRecovery) {
		this.keepsRecovery = keepsRecovery;
		this.open = open;
		this.clock = clock;
		changes = new ChangeTracker(open.playbook());
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new parley.model.playbook.provider.PlaybookItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, changes.stack, open.resourceSet());
		recovery = new RecoveryFile(open.folder());
		open.playbook().eAdapters().add(changes.adapter);
		changes.stack.guard = () -> checkOwner("change the playbook");
		changes.stack.addCommandStackListener(event -> afterChange());
	}

	/**
	 * Refuses work on the model from a thread other than the owner (see the threading rule above).
	 *
	 * @throws IllegalStateException on any other thread
	 */
	public void checkOwner(String what) {
		if (Thread.currentThread() != owner) {
			throw new IllegalStateException("Cannot " + what + " on thread '" + Thread.currentThread().getName()
					+ "': the playbook's model belongs to thread '" + owner.getName() + "' (read it elsewhere through a"
					+ " BackgroundRead)");
		}
	}

	/** How many commands were executed, undone or redone so far; on the owner thread. */
	long changeCount() {
		checkOwner("read the change count");
		return changeCount;
	}

	public OpenPlaybook playbook() {
		return open;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** The item providers (labels, images, commands) of the model. */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public BasicCommandStack commandStack() {
		return changes.stack;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** True while there are changes that are not saved. */
	public boolean isDirty() {
		return !unsavedChanges().isEmpty();
	}

	/**
	 * The entities whose changes are not saved (new, changed or deleted since the last save), in the order
	 * they were first changed; the playbook itself when its own fields changed. An entity whose changes were
	 * all undone, or discarded ({@link #discardChanges}), is not listed; nor is one created and removed again.
	 */
	public List<Unsaved> unsavedChanges() {
		return changes.unsaved();
	}

	/** Whether the entity (or the entity that holds {@code element}) has changes that are not saved. */
	public boolean hasUnsavedChanges(EObject element) {
		EObject entity = element.eContainer() == null ? element : changes.entityOf(element);
		for (Unsaved u : unsavedChanges()) {
			if (u.element() == entity) {
				return true;
			}
		}
		return false;
	}

	public boolean canUndo() {
		return changes.stack.canUndo();
	}

	public boolean canRedo() {
		return changes.stack.canRedo();
	}

	public void undo() {
		changes.stack.undo();
	}

	public void redo() {
		changes.stack.redo();
	}

	/** What undo would undo ("Set title"), or null. */
	public String undoLabel() {
		return changes.stack.getUndoCommand() == null ? null : changes.stack.getUndoCommand().getLabel();
	}

	public String redoLabel() {
		return changes.stack.getRedoCommand() == null ? null : changes.stack.getRedoCommand().getLabel();
	}

	// ---------------------------------------------------------------- edits

	/** Sets a single- or many-valued feature; does nothing (and returns false) if the value is unchanged. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		return execute("Change " + feature.getName(), SetCommand.create(domain, owner, feature, value), content(feature), owner);
	}

	/** Adds a value to a many-valued feature (at the end). */
	public boolean add(EObject owner, EStructuralFeature feature, Object value) {
		return execute("Add to " + feature.getName(), AddCommand.create(domain, owner, feature, value), content(feature), owner);
	}

	/** Adds a value to a many-valued feature at {@code index}. */
	public boolean add(EObject owner, EStructuralFeature feature, Object value, int index) {
		return execute("Add to " + feature.getName(), AddCommand.create(domain, owner, feature, value, index), content(feature),
				owner);
	}

	/** Removes a value from a many-valued feature. */
	public boolean remove(EObject owner, EStructuralFeature feature, Object value) {
		return execute("Remove from " + feature.getName(), RemoveCommand.create(domain, owner, feature, value), content(feature),
				owner);
	}

	/** Moves a value of a many-valued feature to {@code index}. */
	public boolean move(EObject owner, EStructuralFeature feature, Object value, int index) {
		return execute("Move in " + feature.getName(), MoveCommand.create(domain, owner, feature, value, index), content(feature),
				owner);
	}

	/**
	 * Creates an entity of {@code type} (an entry, tag or audience) with the given title or name and adds it
	 * to the playbook; a new entry is a draft stamped {@code created} and {@code modified}.
	 */
	public Identified create(EClass type, String title) {
		Identified element = NewEntities.create(type, title);
		return addEntity(element, "New " + type.getName().toLowerCase()) ? element : null;
	}

	/** Adds a scenario step with the given instruction at the end of the scenario's steps. */
	public Step addStep(Scenario scenario, String instruction) {
		Step step = NewEntities.step(instruction);
		return add(scenario, P.getScenario_Steps(), step) ? step : null;
	}

	/** Copies an entity (new ids, also for scenario steps; title + " (copy)"; a draft) into the playbook. */
	public Identified duplicate(Identified original) {
		Identified copy = NewEntities.copyOf(original);
		return addEntity(copy, "Duplicate " + Labels.describe(original)) ? copy : null;
	}

	private boolean addEntity(Identified element, String label) {
		PlaybookLayout.Kind kind = PlaybookLayout.kindOf(element.eClass());
		CompoundCommand command = new CompoundCommand(label);
		command.append(AddCommand.create(domain, open.playbook(), kind.containment(), element));
		if (element instanceof Entry) {
			Instant now = now();
			command.append(SetCommand.create(domain, element, P.getEntry_Created(), now));
			command.append(SetCommand.create(domain, element, P.getEntry_Modified(), now));
		}
		return run(command);
	}

	/**
	 * Deletes entities or scenario steps, and every reference to them ({@link Deletion}; one undoable command);
	 * entries that lose a reference are stamped modified.
	 */
	public boolean delete(Collection<? extends EObject> elements) {
		if (elements.isEmpty()) {
			return false;
		}
		Deletion deletion = Deletion.of(domain, open.playbook(), elements);
		String label = elements.size() == 1 ? "Delete " + Labels.describe(elements.iterator().next())
				: "Delete " + elements.size() + " elements";
		return execute(label, deletion.command(), true, deletion.owners().toArray(EObject[]::new));
	}

	/** Whether dropping {@code dragged} onto {@code target} makes a link ({@link #link}, {@link LinkRules}). */
	public boolean canLink(EObject dragged, EObject target) {
		return LinkRules.canLink(dragged, target);
	}

	/**
	 * Links two elements the way a drop in the navigator means ({@link LinkRules}), as one undoable command.
	 *
	 * @return false if the two cannot be linked or already are
	 */
	public boolean link(EObject dragged, EObject target) {
		if (!canLink(dragged, target)) {
			return false;
		}
		LinkRules.Link rule = LinkRules.linkFor(dragged, target);
		return execute("Link " + Labels.describe(dragged) + " to " + Labels.describe(target),
				AddCommand.create(domain, rule.owner(), rule.feature(), rule.value()), true, rule.owner());
	}

	/**
	 * Removes the link between two elements, made by dropping either onto the other ({@link Links#between}), as
	 * one undoable command.
	 *
	 * @return false if they are not linked
	 */
	public boolean unlink(EObject a, EObject b) {
		LinkRules.Link link = Links.between(a, b);
		if (link == null) {
			return false;
		}
		return execute("Unlink " + Labels.describe(a) + " from " + Labels.describe(b),
				RemoveCommand.create(domain, link.owner(), link.feature(), link.value()), true, link.owner());
	}

	/**
	 * Runs {@code command} with a {@code modified} stamp for the entries that own {@code owners}, as one
	 * undoable command; when it changes {@code content} an approval covers ({@link CuratedContent}) and the
	 * {@link #setEditor editor} is known, they are also stamped {@code editedBy}.
	 */
	private boolean execute(String label, Command command, boolean content, EObject... owners) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		Instant now = now();
		Set<Entry> stamped = new LinkedHashSet<>();
		for (EObject owner : owners) {
			if (changes.entityOf(owner) instanceof Entry entry && stamped.add(entry)) {
				compound.append(SetCommand.create(domain, entry, P.getEntry_Modified(), now));
				if (content && editor != null && !editor.equals(entry.getEditedBy())) {
					compound.append(SetCommand.create(domain, entry, P.getEntry_EditedBy(), editor));
				}
			}
		}
		return run(compound);
	}

	private static boolean content(EStructuralFeature feature) {
		return CuratedContent.covers(feature);
	}

	/**
	 * Names the person editing ("Name &lt;email&gt;"): content edits record it as the entry's {@code editedBy},
	 * which the four-eyes rule reads. Null (the default) records nobody.
	 */
	public void setEditor(String editor) {
		this.editor = editor == null || editor.isBlank() ? null : editor.strip();
	}

	/** The person editing ({@link #setEditor}), or null. */
	public String editor() {
		return editor;
	}

	/** Curation steps taken by the {@link #editor()}, with this session's clock; run them with {@link #executeCommand}. */
	public Curator curator() {
		return new Curator(domain, editor, clock);
	}

	private boolean run(Command command) {
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		changes.stack.execute(command);
		return true;
	}

	/**
	 * Runs a command built by a caller as one undoable edit of the entries that own {@code owners}, stamped
	 * {@code modified} (and {@code editedBy}, when the editor is known) as {@link #set} stamps its edits; false if
	 * it cannot execute.
	 */
	public boolean executeEdit(String label, Command command, EObject... owners) {
		return execute(label, command, true, owners);
	}

	/** Executes a command built by a caller on the stack (no stamping); false if it cannot execute. */
	public boolean executeCommand(Command command) {
		return run(command);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	// ---------------------------------------------------------------- save and recovery

	/** Writes the changed files (atomically) and marks the stack saved; the recovery file is deleted. */
	public void save() throws StoreException {
		checkOwner("save the playbook");
		open.save();
		changes.saved();
		if (keepsRecovery) {
			recovery.deleteLater();
		}
		fire();
	}

	/**
	 * "Don't save" for one entity: sets it back to its saved state, read from its file, as one undoable
	 * command ("Discard changes to …"); the other entities' unsaved changes stay. An entity created since the
	 * last save is removed (with the links to it). Undo brings the discarded changes back.
	 *
	 * @return false when the entity has no unsaved changes or is not in the playbook (a deleted entity comes
	 *         back by undo)
	 */
	public boolean discardChanges(EObject entity) throws StoreException {
		if (!(entity instanceof Identified identified) || entity.eContainer() != open.playbook()
				|| !hasUnsavedChanges(entity)) {
			return false;
		}
		return run(Discard.of(domain, open.playbook(), identified, open.savedCopy(identified), changes.saves()));
	}

	private void afterChange() {
		changeCount++;
		if (!keepsRecovery) {
			// a one-command session leaves the recovery file to the workbench
		} else if (isDirty()) {
			recovery.writeLater(RecoveryFile.snapshot(open.playbook(), changes.touched, changes.deleted));
		} else {
			recovery.deleteLater();
		}
		fire();
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.changed(this);
		}
	}

	/** Whether a recovery file of unsaved changes (from a session that did not end with a save) exists. */
	public boolean hasRecovery() {
		return recovery.exists();
	}

	/** The recovery file (for messages). */
	public RecoveryFile recoveryFile() {
		return recovery;
	}

	/**
	 * What {@link #restoreRecovery()} would bring back, one line per entity ("Technique 'Active listening'
	 * (changed)", "... (new)", "... (deleted)"), without changing anything; empty when there is nothing.
	 *
	 * @throws StoreException if the recovery file cannot be read or does not fit the playbook
	 */
	public List<String> previewRecovery() throws StoreException {
		return recovery.read(open.playbook(), domain).what();
	}

	/**
	 * Applies the recovered unsaved changes to the playbook as one undoable command (the playbook is dirty
	 * afterwards, nothing is saved).
	 *
	 * @return the number of entities restored, changed or deleted
	 * @throws StoreException if the recovery file cannot be read or does not fit the playbook (nothing changed)
	 */
	public int restoreRecovery() throws StoreException {
		RecoveryFile.Restore restore = recovery.read(open.playbook(), domain);
		if (restore.command() == null) {
			return 0;
		}
		if (!run(restore.command())) {
			throw new StoreException("The changes in the recovery file " + recovery.path() + " cannot be applied to"
					+ " this playbook; nothing was changed. Discard it to go on with the saved playbook.");
		}
		return restore.count();
	}

	/** Deletes the recovery file without applying it. */
	public void discardRecovery() {
		recovery.deleteLater();
		recovery.await();
	}

	/** Waits until the recovery file is written or deleted as the last change asked. */
	public void flushRecovery() {
		recovery.await();
	}

	/** Stops tracking changes and ends the recovery writer (the recovery file stays as it is). */
	public void dispose() {
		open.playbook().eAdapters().remove(changes.adapter);
		recovery.close();
		adapterFactory.dispose();
	}
}
