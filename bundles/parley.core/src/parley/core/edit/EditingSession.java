package parley.core.edit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EventObject;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

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
 * Not thread-safe: use it from one thread (the workbench's UI thread); only the recovery file is written on
 * a background thread.
 */
@SuppressWarnings("unchecked")
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

	/**
	 * "Don't save" for one entity ({@link #discardChanges}): sets its saved state back. Made after save number
	 * {@code saves}, it leaves the entity as that save wrote it.
	 */
	private static final class DiscardCommand extends CompoundCommand {
		final EObject entity;
		final int saves;

		DiscardCommand(String label, EObject entity, int saves) {
			super(label);
			this.entity = entity;
			this.saves = saves;
		}
	}

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	private final OpenPlaybook open;
	private final Clock clock;
	private final ComposedAdapterFactory adapterFactory;
	private final Stack stack = new Stack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final RecoveryFile recovery;
	/** entities (and the playbook) changed since the last save, for the recovery file */
	private final Set<EObject> touched = new LinkedHashSet<>();
	/** ids of entities removed since the last save */
	private final Set<String> deleted = new LinkedHashSet<>();
	/** every entity (also removed ones) a command, undo or redo changed since the last save */
	private final Set<EObject> changedSinceSave = new LinkedHashSet<>();
	/** how many times this session saved */
	private int saves;
	/** {@link #unsavedChanges()}, until the next change */
	private List<Unsaved> unsaved;
	private final EContentAdapter tracker = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch() || !(n.getFeature() instanceof EStructuralFeature feature)) {
				return;
			}
			if (n.getNotifier() == open.playbook() && feature instanceof EReference ref && ref.isContainment()) {
				for (Object gone : values(n.getOldValue())) {
					if (gone instanceof Identified e && !e.eIsProxy()) {
						touched.remove(e);
						deleted.add(e.getId());
						changed(e);
					}
				}
				for (Object added : values(n.getNewValue())) {
					if (added instanceof Identified e) {
						touched.add(e);
						deleted.remove(e.getId());
						changed(e);
					}
				}
				return;
			}
			EObject entity = entityOf((EObject) n.getNotifier());
			if (entity != null) {
				touched.add(entity);
				changed(entity);
			}
		}
	};

	/** Notes that a command (executing, undone or redone) changed {@code entity}. */
	private void changed(EObject entity) {
		changedSinceSave.add(entity);
		if (stack.recording != null) {
			stack.recording.add(entity);
		}
		unsaved = null;
	}

	/**
	 * The command stack, which also remembers the entities each command changed (recorded while it first
	 * executes; undo and redo change the same ones), so the session can tell which entities have unsaved
	 * changes ({@link #unsavedChanges()}).
	 */
	private final class Stack extends BasicCommandStack {
		private final Map<Command, Set<EObject>> changes = new IdentityHashMap<>();
		Set<EObject> recording;

		@Override
		public void execute(Command command) {
			Set<EObject> record = new LinkedHashSet<>();
			changes.put(command, record); // before the listeners hear of it
			recording = record;
			unsaved = null;
			try {
				super.execute(command);
			} finally {
				recording = null;
				Set<Command> kept = Collections.newSetFromMap(new IdentityHashMap<>());
				kept.addAll(commandList); // a command that failed, or was flushed from the redo list, is forgotten
				changes.keySet().retainAll(kept);
				unsaved = null;
			}
		}

		@Override
		public void undo() {
			unsaved = null;
			super.undo();
		}

		@Override
		public void redo() {
			unsaved = null;
			super.redo();
		}

		/**
		 * The commands between the save point and the current state (executed after it, or undone below it);
		 * null when the save point cannot be reached any more (undone past it, then a new command).
		 */
		List<Command> sinceSave() {
			if (saveIndex < -1) {
				return null;
			}
			return top >= saveIndex ? List.copyOf(commandList.subList(saveIndex + 1, top + 1))
					: List.copyOf(commandList.subList(top + 1, saveIndex + 1));
		}

		boolean undoneBelowSave() {
			return saveIndex >= -1 && top < saveIndex;
		}

		/** The executed commands, oldest first. */
		List<Command> done() {
			return List.copyOf(commandList.subList(0, top + 1));
		}

		Set<EObject> changesOf(Command command) {
			Set<EObject> set = changes.get(command);
			return set == null ? Set.of() : set;
		}
	}

	public EditingSession(OpenPlaybook open) {
		this(open, Clock.systemUTC());
	}

	public EditingSession(OpenPlaybook open, Clock clock) {
		this.open = open;
		this.clock = clock;
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new parley.model.playbook.provider.PlaybookItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, open.resourceSet());
		recovery = new RecoveryFile(open.folder());
		open.playbook().eAdapters().add(tracker);
		stack.addCommandStackListener(new CommandStackListener() {
			@Override
			public void commandStackChanged(EventObject event) {
				afterChange();
			}
		});
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
		return stack;
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
		if (unsaved == null) {
			unsaved = computeUnsaved();
		}
		return unsaved;
	}

	/** Whether the entity (or the entity that holds {@code element}) has changes that are not saved. */
	public boolean hasUnsavedChanges(EObject element) {
		EObject entity = element.eContainer() == null ? element : entityOf(element);
		for (Unsaved u : unsavedChanges()) {
			if (u.element() == entity) {
				return true;
			}
		}
		return false;
	}

	private List<Unsaved> computeUnsaved() {
		List<Command> sinceSave = stack.sinceSave();
		Set<EObject> candidates = new LinkedHashSet<>();
		if (sinceSave == null) {
			candidates.addAll(changedSinceSave); // the saved state is no longer on the stack
		} else {
			for (Command command : sinceSave) {
				candidates.addAll(stack.changesOf(command));
			}
		}
		List<Command> done = stack.done();
		List<Unsaved> result = new ArrayList<>();
		for (EObject e : candidates) {
			boolean alive = e == open.playbook() || e.eContainer() == open.playbook();
			boolean onDisk = e == open.playbook() || ((InternalEObject) e).eDirectResource() != null;
			if (!alive && !onDisk) {
				continue; // created and removed again
			}
			if (!stack.undoneBelowSave() && discardedSinceLastChange(e, done)) {
				continue;
			}
			result.add(new Unsaved(e, !onDisk ? Change.NEW : alive ? Change.CHANGED : Change.DELETED));
		}
		return List.copyOf(result);
	}

	/**
	 * Whether the newest executed command that changed {@code entity} is a discard made since the last save,
	 * which left it as saved.
	 */
	private boolean discardedSinceLastChange(EObject entity, List<Command> done) {
		for (int i = done.size() - 1; i >= 0; i--) {
			Command command = done.get(i);
			if (command instanceof DiscardCommand discard && discard.entity == entity) {
				return discard.saves == saves;
			}
			if (stack.changesOf(command).contains(entity)) {
				return false;
			}
		}
		return false;
	}

	public boolean canUndo() {
		return stack.canUndo();
	}

	public boolean canRedo() {
		return stack.canRedo();
	}

	public void undo() {
		stack.undo();
	}

	public void redo() {
		stack.redo();
	}

	/** What undo would undo ("Set title"), or null. */
	public String undoLabel() {
		return stack.getUndoCommand() == null ? null : stack.getUndoCommand().getLabel();
	}

	public String redoLabel() {
		return stack.getRedoCommand() == null ? null : stack.getRedoCommand().getLabel();
	}

	// ---------------------------------------------------------------- edits

	/** Sets a single- or many-valued feature; does nothing (and returns false) if the value is unchanged. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		return execute("Change " + feature.getName(), SetCommand.create(domain, owner, feature, value), owner);
	}

	/** Adds a value to a many-valued feature (at the end). */
	public boolean add(EObject owner, EStructuralFeature feature, Object value) {
		return execute("Add to " + feature.getName(), AddCommand.create(domain, owner, feature, value), owner);
	}

	/** Adds a value to a many-valued feature at {@code index}. */
	public boolean add(EObject owner, EStructuralFeature feature, Object value, int index) {
		return execute("Add to " + feature.getName(), AddCommand.create(domain, owner, feature, value, index), owner);
	}

	/** Removes a value from a many-valued feature. */
	public boolean remove(EObject owner, EStructuralFeature feature, Object value) {
		return execute("Remove from " + feature.getName(), RemoveCommand.create(domain, owner, feature, value), owner);
	}

	/** Moves a value of a many-valued feature to {@code index}. */
	public boolean move(EObject owner, EStructuralFeature feature, Object value, int index) {
		return execute("Move in " + feature.getName(), MoveCommand.create(domain, owner, feature, value, index), owner);
	}

	/**
	 * Creates an entity of {@code type} (an entry, tag or audience) with the given title or name and adds it
	 * to the playbook; a new entry is a draft stamped {@code created} and {@code modified}.
	 */
	public Identified create(EClass type, String title) {
		Identified element = (Identified) PlaybookFactory.eINSTANCE.create(type);
		element.getId();
		if (element instanceof Entry entry) {
			entry.setTitle(title);
			entry.setStatus(Status.DRAFT);
		} else if (element instanceof Tag tag) {
			tag.setName(title);
		} else if (element instanceof Audience audience) {
			audience.setName(title);
		}
		return addEntity(element, "New " + type.getName().toLowerCase()) ? element : null;
	}

	/** Adds a scenario step with the given instruction at the end of the scenario's steps. */
	public Step addStep(Scenario scenario, String instruction) {
		Step step = PlaybookFactory.eINSTANCE.createStep();
		step.getId();
		step.setInstruction(instruction);
		return add(scenario, P.getScenario_Steps(), step) ? step : null;
	}

	/** Copies an entity (new ids, also for scenario steps; title + " (copy)"; a draft) into the playbook. */
	public Identified duplicate(Identified original) {
		Identified copy = EcoreUtil.copy(original);
		copy.setId(UUID.randomUUID().toString());
		for (var it = copy.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified inner) {
				inner.setId(UUID.randomUUID().toString());
			}
		}
		if (copy instanceof Entry entry) {
			entry.setTitle(entry.getTitle() + " (copy)");
			entry.setStatus(Status.DRAFT);
		} else if (copy instanceof Tag tag) {
			tag.setName(tag.getName() + " (copy)");
		} else if (copy instanceof Audience audience) {
			audience.setName(audience.getName() + " (copy)");
		}
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
	 * Deletes entities or scenario steps, and every reference to them (one undoable command); entries that
	 * lose a reference are stamped modified.
	 */
	public boolean delete(Collection<? extends EObject> elements) {
		if (elements.isEmpty()) {
			return false;
		}
		List<EObject> owners = new ArrayList<>();
		Command command = deleteCommand(domain, open.playbook(), elements, owners);
		String label = elements.size() == 1 ? "Delete " + Labels.describe(elements.iterator().next())
				: "Delete " + elements.size() + " elements";
		return execute(label, command, owners.toArray(EObject[]::new));
	}

	/**
	 * A command that removes every reference to {@code elements} (entities or steps), then the elements
	 * themselves. EMF's DeleteCommand searches only each resource's proper contents, which misses entities
	 * not yet filed in a shard, so the references are found over the playbook's entities here.
	 *
	 * @param owners receives the elements whose references or steps change
	 */
	static Command deleteCommand(EditingDomain domain, Playbook playbook, Collection<? extends EObject> elements,
			List<EObject> owners) {
		List<EObject> roots = new ArrayList<>();
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			roots.addAll((List<EObject>) playbook.eGet(kind.containment()));
		}
		Set<EObject> doomed = new LinkedHashSet<>();
		for (EObject element : elements) {
			doomed.add(element);
			element.eAllContents().forEachRemaining(doomed::add);
		}
		CompoundCommand command = new CompoundCommand();
		var usages = EcoreUtil.UsageCrossReferencer.findAll(doomed, roots);
		for (var usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject referrer = setting.getEObject();
				if (doomed.contains(referrer) || !setting.getEStructuralFeature().isChangeable()) {
					continue;
				}
				owners.add(referrer);
				if (setting.getEStructuralFeature().isMany()) {
					command.append(RemoveCommand.create(domain, referrer, setting.getEStructuralFeature(),
							usage.getKey()));
				} else {
					command.append(SetCommand.create(domain, referrer, setting.getEStructuralFeature(), null));
				}
			}
		}
		for (EObject element : elements) {
			if (element.eContainer() != null) {
				owners.add(element.eContainer());
				command.append(RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(),
						element));
			}
		}
		return command;
	}

	/** Whether dropping {@code dragged} onto {@code target} makes a link ({@link #link}). */
	public boolean canLink(EObject dragged, EObject target) {
		LinkRule rule = linkRule(dragged, target);
		return rule != null && !((List<?>) rule.owner.eGet(rule.feature)).contains(rule.value);
	}

	/**
	 * Links two entries the way a drop in the navigator means: a phrase or technique dropped onto a scenario
	 * step is used in that step; a phrase onto a technique puts that technique into words; a recommended
	 * phrase onto an avoid-phrase replaces it; a technique onto a technique relates them; a tag, audience or
	 * source onto an entry tags it, addresses it to that audience, or cites the source.
	 *
	 * @return false if the two cannot be linked or already are
	 */
	public boolean link(EObject dragged, EObject target) {
		if (!canLink(dragged, target)) {
			return false;
		}
		LinkRule rule = linkRule(dragged, target);
		return execute("Link " + Labels.describe(dragged) + " to " + Labels.describe(target),
				AddCommand.create(domain, rule.owner, rule.feature, rule.value), rule.owner);
	}

	private record LinkRule(EObject owner, EStructuralFeature feature, Object value) {
	}

	private static LinkRule linkRule(EObject dragged, EObject target) {
		if (dragged == target || dragged == null || target == null) {
			return null;
		}
		if (target instanceof Step step) {
			if (dragged instanceof Phrase) {
				return new LinkRule(step, P.getStep_Phrases(), dragged);
			}
			if (dragged instanceof Technique) {
				return new LinkRule(step, P.getStep_Techniques(), dragged);
			}
		}
		if (dragged instanceof Phrase phrase && target instanceof Technique) {
			return new LinkRule(phrase, P.getPhrase_Techniques(), target);
		}
		if (dragged instanceof Phrase phrase && target instanceof Phrase avoid && avoid.getKind() == PhraseKind.AVOID
				&& phrase.getKind() == PhraseKind.RECOMMENDED) {
			return new LinkRule(avoid, P.getPhrase_Replacements(), phrase);
		}
		if (dragged instanceof Technique && target instanceof Technique technique) {
			return new LinkRule(technique, P.getTechnique_Related(), dragged);
		}
		if (target instanceof Entry entry) {
			if (dragged instanceof Tag) {
				return new LinkRule(entry, P.getEntry_Tags(), dragged);
			}
			if (dragged instanceof Audience) {
				return new LinkRule(entry, P.getEntry_Audiences(), dragged);
			}
			if (dragged instanceof Source && !(target instanceof Source)) {
				return new LinkRule(entry, P.getEntry_Sources(), dragged);
			}
		}
		return null;
	}

	/**
	 * Runs {@code command} with a {@code modified} stamp for the entries that own {@code owners}, as one
	 * undoable command.
	 */
	private boolean execute(String label, Command command, EObject... owners) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		Instant now = now();
		Set<Entry> stamped = new LinkedHashSet<>();
		for (EObject owner : owners) {
			if (entityOf(owner) instanceof Entry entry && stamped.add(entry)) {
				compound.append(SetCommand.create(domain, entry, P.getEntry_Modified(), now));
			}
		}
		return run(compound);
	}

	private boolean run(Command command) {
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		stack.execute(command);
		return true;
	}

	/** Executes a command built by a caller on the stack (no stamping); false if it cannot execute. */
	public boolean executeCommand(Command command) {
		return run(command);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	/** The playbook entity (or the playbook) that contains {@code element}. */
	EObject entityOf(EObject element) {
		EObject e = element;
		while (e != null && e.eContainer() != null && e.eContainer() != open.playbook()) {
			e = e.eContainer();
		}
		if (e == null) {
			return null;
		}
		return e.eContainer() == open.playbook() || e == open.playbook() ? e : null;
	}

	private static List<?> values(Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
	}

	// ---------------------------------------------------------------- save and recovery

	/** Writes the changed files (atomically) and marks the stack saved; the recovery file is deleted. */
	public void save() throws StoreException {
		open.save();
		stack.saveIsDone();
		touched.clear();
		deleted.clear();
		changedSinceSave.clear();
		saves++;
		unsaved = null;
		recovery.deleteLater();
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
		DiscardCommand command = new DiscardCommand("Discard changes to " + Labels.describe(entity), entity, saves);
		Identified saved = open.savedCopy(identified);
		if (saved == null) {
			command.append(deleteCommand(domain, open.playbook(), List.of(entity), new ArrayList<>()));
		} else {
			Map<String, EObject> targets = new HashMap<>();
			for (EObject element : Elements.all(open.playbook())) {
				targets.put(((Identified) element).getId(), element);
			}
			Identified copy = EcoreUtil.copy(saved);
			RecoveryFile.relink(copy, targets, true);
			for (var it = copy.eAllContents(); it.hasNext();) {
				RecoveryFile.relink(it.next(), targets, true);
			}
			if (!RecoveryFile.appendRestore(command, domain, entity, copy)) {
				command.append(new IdentityCommand()); // same as saved: the discard only marks it so
			}
		}
		return run(command);
	}

	private void afterChange() {
		if (isDirty()) {
			recovery.writeLater(RecoveryFile.snapshot(open.playbook(), touched, deleted));
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
		open.playbook().eAdapters().remove(tracker);
		recovery.close();
		adapterFactory.dispose();
	}
}
