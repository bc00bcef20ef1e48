package parley.core.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import parley.core.service.Elements;
import parley.core.service.Labels;
import parley.core.store.ConfinedXmiResource;
import parley.core.store.FileProblem;
import parley.core.store.LocalState;
import parley.core.store.PlaybookPaths;
import parley.core.store.XmiPlaybookStore;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.model.playbook.Identified;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * The crash-recovery file of an editing session, {@code recovery.xmi} in the playbook's {@link LocalState}: a copy of every entity
 * changed since the last save (references to other entities by id), the ids of the entities deleted, and
 * the playbook's own fields. It is rewritten (atomically, on a background thread) after each command while
 * the playbook is dirty and deleted on save or when undo returns to the saved state; after a crash the next
 * session applies it as one undoable command.
 * <p>
 * Longer than 400 lines on purpose: it writes and reads one file format (the snapshot of unsaved entries and its
 * checked restore as one undoable command); splitting writer and reader would put the format in two places.
 */
public final class RecoveryFile {

	static final String FILE = "recovery.xmi";
	private static final String ANNOTATION = "parley:recovery";
	private static final byte[] DELETE = new byte[0];

	/** The command that re-applies recovered changes, and how many entities it touches. */
	record Restore(CompoundCommand command, int count, List<String> what) {
	}

	private final Path folder;
	private final AtomicReference<byte[]> pending = new AtomicReference<>();
	private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Parley recovery writer");
		t.setDaemon(true);
		return t;
	});

	RecoveryFile(Path playbookFolder) {
		this.folder = playbookFolder.toAbsolutePath().normalize();
	}

	/**
	 * Where the file is now: in the playbook's local state, which moves into {@code .git/parley} when the
	 * folder becomes a repository while the session is open.
	 */
	public Path path() {
		return LocalState.file(folder, FILE);
	}

	boolean exists() {
		return Files.isRegularFile(path());
	}

	/** Serialises the changes on the calling thread (the model's), to be written in the background. */
	static byte[] snapshot(Playbook playbook, Collection<EObject> touched, Collection<String> deleted) {
		Resource resource = new XMIResourceImpl(URI.createURI("recovery.xmi"));
		EAnnotation header = EcoreFactory.eINSTANCE.createEAnnotation();
		header.setSource(ANNOTATION);
		header.getDetails().put("deleted", String.join(" ", deleted));
		for (EAttribute attribute : playbook.eClass().getEAllAttributes()) {
			if (touched.contains(playbook) && !attribute.isID() && playbook.eGet(attribute) != null) {
				header.getDetails().put("playbook." + attribute.getName(), String.valueOf(playbook.eGet(attribute)));
			}
		}
		resource.getContents().add(header);
		List<EObject> entities = new ArrayList<>();
		for (EObject e : touched) {
			if (e != playbook && e.eContainer() == playbook) {
				entities.add(e);
			}
		}
		resource.getContents().addAll(EcoreUtil.copyAll(entities));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, options);
		} catch (IOException e) {
			throw new IllegalStateException("cannot serialise the recovery snapshot", e);
		}
		return out.toByteArray();
	}

	void writeLater(byte[] content) {
		pending.set(content);
		writer.execute(this::writePending);
	}

	void deleteLater() {
		pending.set(DELETE);
		writer.execute(this::writePending);
	}

	private void writePending() {
		byte[] content = pending.getAndSet(null);
		if (content == null) {
			return;
		}
		try {
			if (content == DELETE) {
				Files.deleteIfExists(path());
				return;
			}
			LocalState.ensure(folder);
			Path tmp = path().resolveSibling(FILE + ".tmp");
			Files.write(tmp, content);
			Files.move(tmp, path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			System.err.println("parley: could not write the recovery file " + path() + ": " + e.getMessage());
		}
	}

	void await() {
		try {
			writer.submit(() -> {
			}).get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new IllegalStateException("the recovery file was not written in time", e);
		}
	}

	void close() {
		writer.shutdown();
		try {
			writer.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether EMF's URI parser threw {@code e}: the file names an address that is not one. */
	private static boolean isAddress(IllegalArgumentException e) {
		for (StackTraceElement frame : e.getStackTrace()) {
			if (frame.getClassName().startsWith(URI.class.getName())) {
				return true;
			}
		}
		return false;
	}

	/** Whether EMF threw {@code e} reading the encoding from the XML declaration ({@code <?xml ... encoding=...?>}). */
	private static boolean isEncodingDeclaration(IndexOutOfBoundsException e) {
		for (StackTraceElement frame : e.getStackTrace()) {
			if (frame.getMethodName().equals("getXMLEncoding")) {
				return true;
			}
		}
		return false;
	}

	/** Reads the file and builds the command that brings its changes into {@code playbook}. */
	Restore read(Playbook playbook, EditingDomain domain) throws StoreException {
		if (!exists()) {
			return new Restore(null, 0, List.of());
		}
		Resource resource = new ConfinedXmiResource(URI.createFileURI(path().toString()));
		// Links are matched by id below; nothing the file names is ever resolved by its address (an href
		// naming a model package would otherwise resolve to one of its classes) or opened.
		XmiPlaybookStore.confinedResourceSet().getResources().add(resource);
		String relative = folder.relativize(path()).toString().replace('\\', '/');
		byte[] bytes;
		try {
			LocalState.check(folder, path().getParent());
			bytes = Files.readAllBytes(PlaybookPaths.regularFile(folder, relative));
		} catch (IOException e) {
			throw new StoreException("The recovery file " + path() + " cannot be read (" + e.getMessage()
					+ "); discard it to go on with the saved playbook.", e);
		}
		Exception failure = null;
		try {
			Map<Object, Object> options = new HashMap<>(XmiPlaybookStore.safeParserOptions());
			options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, true);
			resource.load(new ByteArrayInputStream(bytes), options);
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		if (failure instanceof IllegalArgumentException bad && isAddress(bad)) {
			// EMF parses a link's address as it reads it and throws on one that is not a URI (a fuzzed input)
			throw new StoreException("The recovery file " + path() + " cannot be read (" + relative + ": a link in it"
					+ " has an address that is not valid: " + bad.getMessage() + "); discard it to go on with the saved"
					+ " playbook.");
		}
		if (failure instanceof IndexOutOfBoundsException bad && isEncodingDeclaration(bad)) {
			// EMF reads the encoding from the XML declaration itself and throws on one it cannot cut out
			throw new StoreException("The recovery file " + path() + " cannot be read (" + relative + ": its XML"
					+ " declaration names no valid encoding); discard it to go on with the saved playbook.");
		}
		List<FileProblem> problems = XmiPlaybookStore.problems(relative, resource, failure);
		if (!problems.isEmpty()) {
			throw new StoreException("The recovery file " + path() + " cannot be read (" + problems.get(0)
					+ "); discard it to go on with the saved playbook.", failure);
		}
		Map<String, EObject> live = new HashMap<>();
		for (EObject element : Elements.all(playbook)) {
			live.put(((Identified) element).getId(), element);
		}
		EAnnotation header = null;
		List<Identified> recovered = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof EAnnotation a && ANNOTATION.equals(a.getSource())) {
				header = a;
			} else if (root instanceof Identified identified) {
				recovered.add(identified);
			}
		}
		String problem = check(recovered, live, playbook);
		if (problem != null) {
			throw new StoreException("The recovery file " + path() + " does not fit this playbook (" + problem
					+ "); Parley never writes such a file. Discard it to go on with the saved playbook.");
		}
		CompoundCommand command = new CompoundCommand("Restore unsaved changes");
		int count = 0;
		List<String> what = new ArrayList<>();
		// New entities first, so that changed entities can refer to them.
		Map<String, EObject> targets = new HashMap<>(live);
		List<Identified> copies = new ArrayList<>();
		for (Identified entity : recovered) {
			Identified copy = EcoreUtil.copy(entity);
			copies.add(copy);
			if (!live.containsKey(copy.getId())) {
				targets.put(copy.getId(), copy);
				for (var it = copy.eAllContents(); it.hasNext();) {
					if (it.next() instanceof Identified inner) {
						targets.put(inner.getId(), inner);
					}
				}
			}
		}
		for (Identified copy : copies) {
			problem = relink(copy, targets);
			for (var it = copy.eAllContents(); problem == null && it.hasNext();) {
				problem = relink(it.next(), targets);
			}
			if (problem != null) {
				throw new StoreException("The recovery file " + path() + " does not fit this playbook (" + problem
						+ "); Parley never writes such a file. Discard it to go on with the saved playbook.");
			}
			EObject existing = live.get(copy.getId());
			if (existing == null) {
				command.append(AddCommand.create(domain, playbook,
						PlaybookLayout.kindOf(copy.eClass()).containment(), copy));
				count++;
				what.add(Labels.describe(copy) + " (new)");
				continue;
			}
			if (appendRestore(command, domain, existing, copy)) {
				count++;
				what.add(Labels.describe(copy) + " (changed)");
			}
		}
		if (header != null) {
			for (EAttribute attribute : PlaybookPackage.Literals.PLAYBOOK.getEAllAttributes()) {
				String value = header.getDetails().get("playbook." + attribute.getName());
				if (value != null && !attribute.isID() && !value.equals(String.valueOf(playbook.eGet(attribute)))) {
					command.append(SetCommand.create(domain, playbook, attribute, value));
				}
			}
			List<EObject> gone = new ArrayList<>();
			String deleted = header.getDetails().get("deleted");
			for (String id : deleted == null ? new String[0] : deleted.split(" ")) {
				EObject element = live.get(id);
				if (element != null && element.eContainer() == playbook) {
					gone.add(element);
				}
			}
			if (!gone.isEmpty()) {
				command.append(Deletion.of(domain, playbook, gone).command());
				count += gone.size();
				gone.forEach(element -> what.add(Labels.describe(element) + " (deleted)"));
			}
		}
		return new Restore(command.isEmpty() ? null : command, count, List.copyOf(what));
	}

	/**
	 * Appends to {@code command} a set of every stored field in which {@code existing} differs from
	 * {@code copy} (an element with the same id whose references point at live elements); returns whether
	 * anything differs.
	 */
	static boolean appendRestore(CompoundCommand command, EditingDomain domain, EObject existing, EObject copy) {
		boolean changed = false;
		for (var feature : copy.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
					|| (feature instanceof EAttribute a && a.isID())) {
				continue;
			}
			Object value = copy.eGet(feature);
			Object current = existing.eGet(feature);
			boolean same = feature instanceof EReference ref && ref.isContainment()
					? sameContents(current, value)
					: Objects.equals(current, value);
			if (!same) {
				Object newValue = value instanceof List<?> list ? new ArrayList<>(list) : value;
				command.append(SetCommand.create(domain, existing, feature, newValue));
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * Why the recovered entities cannot be applied to the playbook, or null: each must be an entry (not a step,
	 * not a playbook), of the same type as the element that has its id now, and no two elements of the restored
	 * playbook may share an id.
	 */
	private static String check(List<Identified> recovered, Map<String, EObject> live, Playbook playbook) {
		Map<String, Identified> byId = new HashMap<>();
		for (Identified entity : recovered) {
			String what = entity.eClass().getName() + " " + entity.getId();
			if (PlaybookLayout.kindOf(entity.eClass()) == null) {
				return "it holds a " + what + ", which is not an entry";
			}
			if (byId.putIfAbsent(entity.getId(), entity) != null) {
				return "it holds the entry " + entity.getId() + " twice";
			}
			EObject existing = live.get(entity.getId());
			if (existing != null && (existing.eClass() != entity.eClass() || existing.eContainer() != playbook)) {
				return "it holds a " + what + ", but " + entity.getId() + " is a " + existing.eClass().getName()
						+ " in the playbook";
			}
		}
		// The ids of the playbook once restored: its entries, each as recovered if it was, with what they contain.
		Set<String> ids = new HashSet<>();
		List<EObject> entries = new ArrayList<>();
		for (EObject element : live.values()) {
			if (element.eContainer() == playbook && !byId.containsKey(((Identified) element).getId())) {
				entries.add(element);
			}
		}
		entries.addAll(recovered);
		for (EObject entry : entries) {
			List<EObject> elements = new ArrayList<>();
			elements.add(entry);
			entry.eAllContents().forEachRemaining(elements::add);
			for (EObject element : elements) {
				if (element instanceof Identified identified && !ids.add(identified.getId())) {
					return "two elements would have the id " + identified.getId();
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static boolean sameContents(Object current, Object value) {
		return new EcoreUtil.EqualityHelper().equals((List<EObject>) current, (List<EObject>) value);
	}

	private static String relink(EObject element, Map<String, EObject> targets) {
		return relink(element, targets, false);
	}

	/**
	 * Points the references of a recovered (or saved) element at the playbook's elements with the same ids;
	 * a reference to an id that is not there is dropped, or kept as the proxy it is when {@code keepProxies}
	 * (a reference the store could not resolve when it loaded the playbook, which saving writes back).
	 * Returns why that is impossible (a link to an element of another type), or null.
	 */
	@SuppressWarnings("unchecked")
	static String relink(EObject element, Map<String, EObject> targets, boolean keepProxies) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
				continue;
			}
			if (reference.isMany()) {
				InternalEList<EObject> list = (InternalEList<EObject>) element.eGet(reference);
				List<EObject> resolved = new ArrayList<>();
				for (int i = 0; i < list.size(); i++) {
					EObject target = targets.get(idOf(list.basicGet(i)));
					if (target != null && !reference.getEReferenceType().isInstance(target)) {
						return wrongLink(element, reference, target);
					}
					if (target != null && !resolved.contains(target)) {
						resolved.add(target);
					} else if (keepProxies && list.basicGet(i).eIsProxy()) {
						resolved.add(list.basicGet(i));
					}
				}
				list.clear();
				list.addAllUnique(resolved);
			} else {
				Object value = element.eGet(reference, false);
				EObject target = value == null ? null : targets.get(idOf((EObject) value));
				if (target != null && !reference.getEReferenceType().isInstance(target)) {
					return wrongLink(element, reference, target);
				}
				element.eSet(reference, target == null && keepProxies && value != null && ((EObject) value).eIsProxy()
						? value : target);
			}
		}
		return null;
	}

	private static String wrongLink(EObject element, EReference reference, EObject target) {
		return parley.core.service.Labels.describe(element) + ": field '" + reference.getName() + "' refers to "
				+ ((Identified) target).getId() + ", which is a " + target.eClass().getName() + ", not a "
				+ reference.getEReferenceType().getName();
	}

	private static String idOf(EObject target) {
		if (target.eIsProxy()) {
			return ((InternalEObject) target).eProxyURI().fragment();
		}
		return target instanceof Identified identified ? identified.getId() : null;
	}
}
