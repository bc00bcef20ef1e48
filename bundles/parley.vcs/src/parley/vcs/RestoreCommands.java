package parley.vcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;

import parley.core.service.Elements;
import parley.core.store.PlaybookLayout;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;

/**
 * Restoring as an edit: commands that make one entry, or the whole model, as it was in a version, to run
 * on the workbench's command stack. Nothing is written until the author saves, and Undo brings back what
 * was replaced (a {@link ChangeCommand} records every change). {@link #preview} says beforehand what the
 * restore would replace.
 */
public final class RestoreCommands {

	private RestoreCommands() {
	}

	/** An undoable restore; {@link #skipped()} lists the links left out because their targets are gone. */
	public static final class Restore extends ChangeCommand {
		private final Runnable change;
		private final List<String> skipped = new ArrayList<>();

		private Restore(Playbook live, String label, java.util.function.Consumer<List<String>> change) {
			super(live);
			this.change = () -> change.accept(skipped);
			setLabel(label);
		}

		@Override
		protected void doExecute() {
			skipped.clear();
			change.run();
		}

		public List<String> skipped() {
			return List.copyOf(skipped);
		}
	}

	/**
	 * What restoring would change in {@code live}, element by element: the entry {@code entryId}, or every
	 * element when it is null. Empty when the live model already equals the version there.
	 */
	public static List<EntityChange> preview(Playbook live, Playbook version, String entryId) {
		List<EntityChange> changes = SemanticDiff.compare(live, version);
		return entryId == null ? changes : changes.stream().filter(c -> c.id().equals(entryId)).toList();
	}

	/** Restores one element of {@code version} (an entry deleted since comes back with its id). */
	public static Restore entry(Playbook live, Playbook version, String entryId, String label) {
		EObject source = find(version, entryId);
		if (source == null) {
			throw new IllegalArgumentException("the version has no element " + entryId);
		}
		return new Restore(live, label, skipped -> skipped.addAll(new EntryRestorer(live).restore(source)));
	}

	/**
	 * Makes the whole model as it was in {@code version}: every element's fields and links, elements added
	 * since removed, elements deleted since back, and the playbook's own fields.
	 */
	public static Restore playbook(Playbook live, Playbook version, String label) {
		return new Restore(live, label, skipped -> {
			EntryRestorer restorer = new EntryRestorer(live);
			Set<String> wanted = new HashSet<>();
			List<EObject> sources = new ArrayList<>();
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				for (Object o : (List<?>) version.eGet(kind.containment())) {
					EObject source = (EObject) o;
					String id = ((Identified) source).getId();
					wanted.add(id);
					sources.add(source);
					if (restorer.find(id) == null) { // deleted since: create it first, so links to it resolve
						EObject back = EcoreUtil.create(source.eClass());
						((Identified) back).setId(id);
						@SuppressWarnings("unchecked")
						List<EObject> list = (List<EObject>) live.eGet(kind.containment());
						list.add(back);
						restorer.register(back);
					}
				}
			}
			for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) live.eGet(kind.containment());
				list.removeIf(e -> !wanted.contains(((Identified) e).getId()));
			}
			for (EObject source : sources) {
				restorer.copyInto(source, restorer.find(((Identified) source).getId()));
			}
			for (EAttribute attribute : version.eClass().getEAllAttributes()) {
				if (!attribute.isID() && attribute.isChangeable() && !attribute.isTransient()) {
					live.eSet(attribute, version.eGet(attribute));
				}
			}
			skipped.addAll(restorer.skipped());
		});
	}

	private static EObject find(Playbook playbook, String id) {
		for (EObject e : Elements.all(playbook)) {
			if (((Identified) e).getId().equals(id)) {
				return e;
			}
		}
		return null;
	}
}
