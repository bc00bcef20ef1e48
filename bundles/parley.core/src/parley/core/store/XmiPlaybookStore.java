package parley.core.store;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.InputSource;

import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;

/**
 * The playbook store: one XMI file for the playbook's own fields and sharded XMI files per entity type
 * (see {@link PlaybookLayout}), written atomically through a {@link SaveJournal}.
 *
 * <p>Loading uses the EMF options that keep 100k entries fast (deferred IDREF resolution and attachment,
 * a shared parser pool, intrinsic id maps) and refuses DOCTYPE declarations, so no external entity is
 * ever read. Files are read only inside the playbook folder: no symbolic links, no special files, at most
 * {@link PlaybookPaths#MAX_FILE_BYTES} each (see {@link PlaybookPaths}).
 */
public final class XmiPlaybookStore implements PlaybookStore {

	/** {@code -Dparley.store.trace=true} prints the time of each load phase to stderr (for benchmarking). */
	private static final boolean TRACE = Boolean.getBoolean("parley.store.trace");
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
	private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

	@Override
	public OpenPlaybook open(Path folder) throws StoreException {
		Path dir = recoverInterruptedSave(folder);
		return read(dir, new FolderFiles(dir), false);
	}

	/**
	 * What {@link #open} does before it reads a file, without loading the playbook: completes (or discards) a save
	 * that was interrupted, so a reader of the folder's files that needs no model (git's status, a diff of the
	 * changed files) never sees half a save. Cheap when no save was interrupted (one folder listing, no lock).
	 *
	 * @return the folder, absolute and normalized
	 * @throws NotAPlaybookException if the folder has no playbook
	 * @throws StoreException        if the interrupted save cannot be completed (the message says why)
	 */
	public static Path recoverInterruptedSave(Path folder) throws StoreException {
		Path dir = folder.toAbsolutePath().normalize();
		if (!PlaybookStore.isPlaybook(dir)) {
			throw new NotAPlaybookException(dir);
		}
		try {
			SaveJournal.recover(dir);
		} catch (UnsafePathException e) {
			throw new StoreException("Did not complete an interrupted save: " + e.getMessage() + ".", e);
		} catch (IOException e) {
			throw new StoreException("Could not complete an interrupted save in " + LocalState.dir(dir)
					+ ": " + e.getMessage() + ". Check the folder's permissions and open it again.", e);
		}
		return dir;
	}

	/**
	 * Opens a playbook whose files come from elsewhere (a saved version in git), read-only: saving it is
	 * refused. {@code folder} only names it in messages and resource URIs; nothing is written there.
	 */
	public OpenPlaybook openReadOnly(Path folder, PlaybookFiles files) throws StoreException {
		return read(folder.toAbsolutePath().normalize(), files, true);
	}

	/**
	 * Reads only some files of a playbook folder, read-only, as {@link #open} reads them: an interrupted save is
	 * completed first, {@code playbook.xmi} and each of {@code files} that exists must parse (the same
	 * {@link MalformedPlaybookException} as {@link #open}, naming file, line and column), and an entry folder that
	 * is not a folder is refused. The other shards are not parsed; links into them stay unresolved. For checking
	 * the files that changed (before saving a version) without parsing a whole playbook.
	 *
	 * @param files paths relative to the folder ({@code techniques/0.xmi}); others than model files are ignored
	 */
	public OpenPlaybook openOnly(Path folder, java.util.Collection<String> files) throws StoreException {
		Path dir = recoverInterruptedSave(folder);
		Set<String> wanted = Set.copyOf(files);
		FolderFiles all = new FolderFiles(dir);
		return read(dir, new PlaybookFiles() {
			@Override
			public List<String> list(String kindFolder) throws IOException {
				return all.list(kindFolder).stream().filter(wanted::contains).toList();
			}

			@Override
			public byte[] read(String relative) throws IOException {
				return all.read(relative);
			}
		}, true);
	}

	private OpenPlaybook read(Path dir, PlaybookFiles source, boolean readOnly) throws StoreException {
		ResourceSet set = newResourceSet();
		List<String> files = new ArrayList<>();
		files.add(PlaybookLayout.ROOT_FILE);
		for (PlaybookLayout.Kind kind : PlaybookLayout.KINDS) {
			files.addAll(shardFiles(dir, source, kind));
		}
		List<Resource> resources = new ArrayList<>(files.size());
		for (String file : files) {
			resources.add(set.createResource(uri(dir, file)));
		}
		long start = System.nanoTime();
		List<FileProblem> errors = loadAll(dir, source, files, resources);
		long parsed = System.nanoTime();
		if (!errors.isEmpty()) {
			throw new MalformedPlaybookException(errors);
		}
		Resource root = resources.get(0);
		if (root.getContents().size() != 1 || !(root.getContents().get(0) instanceof Playbook)) {
			throw new MalformedPlaybookException(List.of(new FileProblem(Path.of(PlaybookLayout.ROOT_FILE), 0, 0,
					"expected exactly one Playbook element as the document root")));
		}
		Playbook playbook = (Playbook) root.getContents().get(0);
		OpenPlaybook open = new OpenPlaybook(this, dir, set, playbook, new java.util.HashSet<>(files));
		open.readOnly = readOnly;
		open.assemble(resources.subList(1, resources.size()), errors);
		if (!errors.isEmpty()) {
			throw new MalformedPlaybookException(errors);
		}
		long assembled = System.nanoTime();
		open.resolveReferences(errors);
		if (!errors.isEmpty()) {
			throw new MalformedPlaybookException(errors);
		}
		long resolved = System.nanoTime();
		open.trackModifications();
		if (TRACE) {
			System.err.printf("parley.store: open %s: parse %d ms, assemble %d ms, resolve %d ms, track %d ms%n", dir,
					(parsed - start) / 1_000_000, (assembled - parsed) / 1_000_000, (resolved - assembled) / 1_000_000,
					(System.nanoTime() - resolved) / 1_000_000);
		}
		return open;
	}

	@Override
	public OpenPlaybook create(Path folder, Playbook playbook) throws StoreException {
		Path dir = folder.toAbsolutePath().normalize();
		if (PlaybookStore.isPlaybook(dir)) {
			throw new StoreException(dir + " already holds a playbook; open it instead, or choose an empty folder.");
		}
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(".gitignore"), PlaybookLayout.LOCAL_DIR + "/\n");
		} catch (IOException e) {
			throw new StoreException("Could not create the playbook folder " + dir + ": " + e.getMessage()
					+ ". Choose a folder you can write to.", e);
		}
		ResourceSet set = newResourceSet();
		Resource root = set.createResource(uri(dir, PlaybookLayout.ROOT_FILE));
		root.getContents().add(playbook);
		OpenPlaybook open = new OpenPlaybook(this, dir, set, playbook, new java.util.HashSet<>());
		open.save();
		return open;
	}

	/**
	 * Replaces files of a playbook folder in one step through the save journal: after a crash at any moment
	 * the folder holds all of the old files or all of the new ones (used to restore a whole version).
	 *
	 * @param contents  relative path ('/'-separated) to new content
	 * @param deletions relative paths to remove
	 * @throws StoreException when a path is not a playbook file or the folder cannot be written; nothing
	 *                        changed then
	 */
	public void replaceFiles(Path folder, Map<String, byte[]> contents, java.util.Collection<String> deletions)
			throws StoreException {
		Path dir = folder.toAbsolutePath().normalize();
		SaveJournal journal = new SaveJournal(dir);
		try {
			for (Map.Entry<String, byte[]> file : contents.entrySet()) {
				PlaybookPaths.confine(dir, file.getKey());
				journal.write(file.getKey(), file.getValue());
			}
			for (String deletion : deletions) {
				PlaybookPaths.confine(dir, deletion);
				journal.delete(deletion);
			}
			if (!journal.isEmpty()) {
				LocalState.locked(dir, () -> {
					journal.commit();
					return null;
				});
			}
		} catch (IOException e) {
			throw new StoreException("Could not write the playbook files in " + dir + ": " + e.getMessage()
					+ ". The files on disk are as they were; check free space and permissions, then try again.", e);
		}
	}

	// ---- shared machinery for OpenPlaybook ----

	static URI uri(Path dir, String relative) {
		return URI.createFileURI(dir.resolve(relative).toString());
	}

	static ResourceSet newResourceSet() {
		ResourceSet set = confinedResourceSet();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				return new ShardResource(uri);
			}
		});
		return set;
	}

	/**
	 * A resource set for files Parley reads: it never loads a resource on demand, never resolves a reference by
	 * its address and opens no file or address at all (resources are loaded from bytes Parley read itself, and
	 * saved to streams). A reference to a file that is not part of the playbook stays an unresolved proxy and is
	 * reported; references are resolved by id, with their types checked, when the playbook is read
	 * ({@link OpenPlaybook#resolveReferences(List)}), and a proxy left then stays one: resolving it by its URI
	 * later would put whatever the fragment names (the playbook, an element of another type) into a typed list.
	 */
	public static ResourceSet confinedResourceSet() {
		ResourceSetImpl set = new ResourceSetImpl() {
			@Override
			public Resource getResource(URI uri, boolean loadOnDemand) {
				return super.getResource(uri, false);
			}

			@Override
			public org.eclipse.emf.ecore.EObject getEObject(URI uri, boolean loadOnDemand) {
				return null;
			}
		};
		set.setURIResourceMap(new HashMap<>());
		set.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Parley opens no file or address named inside a playbook file (" + uri + ")");
			}

			@Override
			public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Parley writes to no file or address named inside a playbook file (" + uri + ")");
			}

			@Override
			public boolean exists(URI uri, Map<?, ?> options) {
				return false;
			}
		});
		set.getPackageRegistry().put(PlaybookPackage.eNS_URI, PlaybookPackage.eINSTANCE);
		return set;
	}

	/**
	 * The deepest nesting of elements accepted in a file Parley reads (it writes four levels at most). Set on
	 * the parser itself, so the limit does not depend on the JDK's configuration (unlimited on JDK 21).
	 */
	public static final int MAX_DEPTH = 64;

	/**
	 * Parser options for any XMI Parley reads (playbook files, the recovery file): DOCTYPE declarations are
	 * refused, so no external entity or DTD is ever read and no entity expansion can blow up, and elements may
	 * nest at most {@link #MAX_DEPTH} levels.
	 */
	public static Map<Object, Object> safeParserOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		Map<String, Object> properties = Map.of("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
		return Map.of(XMLResource.OPTION_PARSER_FEATURES, features, XMLResource.OPTION_PARSER_PROPERTIES, properties);
	}

	/** What went wrong loading an XMI file ({@link LoadProblems#problems}). */
	public static List<FileProblem> problems(String relative, Resource resource, Exception failure) {
		return LoadProblems.problems(relative, resource, failure);
	}

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>(safeParserOptions());
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	private static List<String> shardFiles(Path dir, PlaybookFiles source, PlaybookLayout.Kind kind)
			throws StoreException {
		try {
			List<String> files = new ArrayList<>(source.list(kind.folder()));
			Collections.sort(files);
			return files;
		} catch (UnsafePathException e) {
			throw new MalformedPlaybookException(List.of(new FileProblem(Path.of(kind.folder()), 0, 0,
					e.reason())));
		} catch (java.nio.file.NotDirectoryException e) {
			// Read as "no entries", every entry of the kind would look deleted: links to them dangle, and a
			// version saved now would delete them all. Refuse to open instead.
			String folder = kind.folder();
			String what = Files.isRegularFile(dir.resolve(folder), java.nio.file.LinkOption.NOFOLLOW_LINKS)
					? "is a file, not a folder" : "is not a folder";
			throw new MalformedPlaybookException(List.of(new FileProblem(Path.of(folder), 0, 0, what
					+ "; Parley keeps the playbook's " + folder + " in " + folder + "/0.xmi … "
					+ folder + "/f.xmi, so nothing was opened (it would look as if every one of them was deleted)."
					+ " Move it aside (mv " + folder + " " + folder + ".moved) and bring the folder back ('git checkout"
					+ " -- " + folder + "' in a versioned playbook, or from a backup), then open the playbook again")));
		} catch (IOException e) {
			throw new StoreException("Could not list " + dir.resolve(kind.folder()) + ": " + e.getMessage(), e);
		}
	}

	/** The files of a playbook folder on disk. */
	private record FolderFiles(Path dir) implements PlaybookFiles {
		@Override
		public List<String> list(String folder) throws IOException {
			Path sub = PlaybookPaths.confine(dir, folder);
			if (Files.isSymbolicLink(sub)) {
				throw new UnsafePathException(folder, "is a symbolic link; Parley does not follow links in a playbook"
						+ " folder (they can lead outside it). Replace the link with a real folder");
			}
			if (!Files.exists(sub, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				return List.of();
			}
			if (!Files.isDirectory(sub, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				throw new java.nio.file.NotDirectoryException(folder);
			}
			List<String> files = new ArrayList<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(sub, "*.xmi")) {
				for (Path file : stream) {
					files.add(folder + '/' + file.getFileName());
				}
			}
			return files;
		}

		@Override
		public byte[] read(String relative) throws IOException {
			// Confined: no link on the way or at the end, no special file, bounded size.
			return Files.readAllBytes(PlaybookPaths.regularFile(dir, relative));
		}
	}

	/**
	 * Reads and parses the files in parallel (each into its own, already created resource). Returns the
	 * problems of every file, in file order.
	 */
	private static List<FileProblem> loadAll(Path dir, PlaybookFiles source, List<String> files,
			List<Resource> resources) throws StoreException {
		try {
			List<Callable<List<FileProblem>>> tasks = new ArrayList<>(files.size());
			for (int i = 0; i < files.size(); i++) {
				String file = files.get(i);
				Resource resource = resources.get(i);
				tasks.add(() -> load(resource, dir, source, file));
			}
			List<FileProblem> problems = new ArrayList<>();
			for (List<FileProblem> result : Parallel.run("Parley playbook reader", tasks)) {
				problems.addAll(result);
			}
			return problems;
		} catch (ExecutionException e) {
			if (e.getCause() instanceof StoreException store) {
				throw store;
			}
			throw new StoreException("Could not read the playbook in " + dir + ": " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Loading the playbook in " + dir + " was interrupted", e);
		}
	}

	private static List<FileProblem> load(Resource resource, Path dir, PlaybookFiles source, String relative)
			throws StoreException {
		Path file = dir.resolve(relative);
		byte[] bytes;
		try {
			bytes = source.read(relative);
		} catch (UnsafePathException e) {
			return List.of(new FileProblem(Path.of(relative), 0, 0, e.reason()));
		} catch (IOException e) {
			throw new StoreException("Could not read " + file + ": " + e.getMessage()
					+ ". Check that the file exists and is readable.", e);
		}
		// The JDK decodes UTF-8 many times faster than the XML parser's own reader does; it replaces bytes that
		// are not UTF-8 with U+FFFD, which saving would then write back, so such a file is refused instead.
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') >= 0) {
			FileProblem notUtf8 = LoadProblems.notUtf8(dir, relative, bytes);
			if (notUtf8 != null) {
				return List.of(notUtf8);
			}
		}
		Exception failure = null;
		try {
			InputSource input = new InputSource(new StringReader(text));
			input.setSystemId(resource.getURI().toString());
			((XMLResource) resource).load(input, loadOptions());
		} catch (IOException | RuntimeException e) {
			failure = e;
		}
		if (failure == null && resource instanceof ShardResource shard) {
			shard.read(bytes); // what the file held, so a save notices when another process wrote it since
		}
		return problems(relative, resource, failure);
	}
}
