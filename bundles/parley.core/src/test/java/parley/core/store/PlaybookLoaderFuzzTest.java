package parley.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import parley.core.service.Elements;
import parley.core.service.StarterPlaybook;
import parley.core.validation.PlaybookValidator;
import parley.model.playbook.Identified;

import parley.fuzzchecks.FuzzChecks;

/**
 * Fuzz target 1 of issue 11, the XMI playbook loader. The fuzzer's bytes become one file of the starter
 * playbook: the file their root element and first id say they belong in, as the store files entities
 * ({@code <parley:Playbook} → playbook.xmi, {@code <parley:Phrase ... id="5..."} → phrases/5.xmi; without
 * either, phrases and 0.xmi). The
 * folder is then read from disk ({@link XmiPlaybookStore#open}) and through a {@link PlaybookFiles} source
 * ({@link XmiPlaybookStore#openReadOnly}), as a saved version is.
 *
 * <p>Expected for every input: both reads agree, and either the playbook loads (it validates, every load
 * problem names its file, and what the store would write for it reads back with the same entries and
 * fields) or a
 * {@link StoreException} names the file (every listed problem with its file); never another exception, more
 * than two seconds, or a changed file. Seeds: the starter playbook's own files (mapped into the inputs folder
 * by the bundle's pom.xml) and the inputs under src/test/resources.
 */
class PlaybookLoaderFuzzTest {

	/** Causes that are the XML parser's own report of the bad input (an EMF load diagnostic, a SAX error). */
	private static final Predicate<Throwable> PARSER_REPORT = cause -> cause instanceof org.eclipse.emf.ecore.resource.Resource.Diagnostic
			|| cause instanceof org.xml.sax.SAXException;

	private static final Pattern ROOT = Pattern.compile("<parley:(Playbook|Technique|Phrase|Scenario|Source|Tag|Audience)\\b");
	private static final Pattern ID = Pattern.compile("\\sid=\"([0-9a-f])");
	private static final XmiPlaybookStore STORE = new XmiPlaybookStore();
	private static Path work;
	private static Path folder;
	private static Map<String, byte[]> starter;

	@FuzzTest(maxDuration = "30s")
	void load(byte[] data) throws Exception {
		setUp();
		String file = placeOf(data);
		Files.write(folder.resolve(file), data);
		try {
			Map<String, String> before = FuzzChecks.snapshot(folder, f -> true);
			FuzzChecks.Outcome<OpenPlaybook> disk = FuzzChecks.bounded("opening the playbook",
					() -> STORE.open(folder));
			Map<String, byte[]> files = new HashMap<>(starter);
			files.put(file, data);
			FuzzChecks.Outcome<OpenPlaybook> version = FuzzChecks.bounded("opening the playbook read-only",
					() -> STORE.openReadOnly(folder, new MemoryFiles(files)));
			FuzzChecks.assertUnchanged(before, FuzzChecks.snapshot(folder, f -> true), "opening the playbook");

			if (disk.error() != null) {
				checkRefusal(disk.error(), file);
				assertNotNull(version.error(), "refused from disk, but read as a version");
				checkRefusal(version.error(), file);
				assertEquals(disk.error().getMessage(), version.error().getMessage(), "both reads say the same");
				return;
			}
			assertNotNull(version.value(), () -> "read from disk, but not as a version: " + version.error());
			checkLoaded(disk.value(), file);
			assertEquals(entries(disk.value()), entries(version.value()), "both reads give the same entries");
			checkRoundTrip(disk.value());
		} finally {
			if (starter.containsKey(file)) {
				Files.write(folder.resolve(file), starter.get(file));
			} else {
				Files.delete(folder.resolve(file));
			}
		}
	}

	/**
	 * The file the bytes are put in, as the store files entities: the folder of the kind the root element
	 * names, the shard of the first id (so a starter file lands where it came from).
	 */
	static String placeOf(byte[] data) {
		String text = new String(data, StandardCharsets.ISO_8859_1);
		Matcher m = ROOT.matcher(text);
		String type = m.find() ? m.group(1) : "Phrase";
		if (type.equals("Playbook")) {
			return PlaybookLayout.ROOT_FILE;
		}
		Matcher id = ID.matcher(text);
		String shard = (id.find() ? PlaybookLayout.shardName(id.group(1)) : "0") + ".xmi";
		String folder = switch (type) {
			case "Technique" -> "techniques";
			case "Phrase" -> "phrases";
			case "Scenario" -> "scenarios";
			case "Source" -> "sources";
			case "Tag" -> "tags";
			default -> "audiences";
		};
		return folder + "/" + shard;
	}

	private static void checkRefusal(Exception error, String file) {
		FuzzChecks.assertClearError(error, StoreException.class, PARSER_REPORT);
		String message = error.getMessage();
		assertTrue(message.contains(file), () -> "the message does not name " + file + ": " + message);
		if (error instanceof MalformedPlaybookException malformed) {
			assertFalse(malformed.problems().isEmpty(), "a malformed playbook with no problem listed");
			for (FileProblem problem : malformed.problems()) {
				checkProblem(problem);
			}
		}
	}

	private static void checkProblem(FileProblem problem) {
		assertNotNull(problem.file(), "a problem without a file");
		assertTrue(problem.line() >= 0 && problem.column() >= 0, problem::toString);
		assertTrue(problem.message() != null && !problem.message().isBlank(), problem::toString);
		// XmiPlaybookStore turns an unexpected RuntimeException of the parser into "cannot be read: <exception>":
		// that is a crash in disguise, not a message a user can act on.
		assertFalse(problem.message().startsWith("cannot be read:"), () -> "a crash reported as a problem: " + problem);
	}

	private static void checkLoaded(OpenPlaybook open, String file) {
		for (FileProblem problem : open.loadProblems()) {
			checkProblem(problem);
		}
		new PlaybookValidator().validate(open.playbook());
		for (EObject element : Elements.all(open.playbook())) {
			String id = ((Identified) element).getId();
			assertTrue(id != null && !id.isBlank(), () -> "an element without an id after loading " + file);
		}
	}

	/** What the store writes for the loaded playbook reads back with the same entries and field values. */
	private static void checkRoundTrip(OpenPlaybook open) throws Exception {
		Map<String, byte[]> saved = new HashMap<>();
		for (Resource resource : open.resourceSet().getResources()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			resource.save(out, XmiPlaybookStore.saveOptions());
			saved.put(folder.relativize(Path.of(resource.getURI().toFileString())).toString().replace('\\', '/'),
					out.toByteArray());
		}
		OpenPlaybook again = STORE.openReadOnly(folder, new MemoryFiles(saved));
		assertEquals(entries(open), entries(again), "saving and loading again changes entries");
	}

	/** Every element by id, with its attribute values. */
	private static Map<String, List<Object>> entries(OpenPlaybook open) {
		Map<String, List<Object>> entries = new TreeMap<>();
		for (EObject element : Elements.all(open.playbook())) {
			List<Object> values = new ArrayList<>();
			values.add(element.eClass().getName());
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				Object value = element.eGet(attribute);
				values.add(attribute.getName() + "=" + (value instanceof List<?> list ? List.copyOf(list) : value));
			}
			entries.put(((Identified) element).getId(), values);
		}
		return entries;
	}

	/** The files of a saved version, kept in memory. */
	private record MemoryFiles(Map<String, byte[]> files) implements PlaybookFiles {
		@Override
		public List<String> list(String folder) {
			return files.keySet().stream().filter(f -> f.startsWith(folder + "/") && f.endsWith(".xmi")).toList();
		}

		@Override
		public byte[] read(String relative) throws IOException {
			byte[] bytes = files.get(relative);
			if (bytes == null) {
				throw new IOException(relative + " is not in this version");
			}
			return bytes;
		}
	}

	private static synchronized void setUp() throws Exception {
		if (work != null) {
			return;
		}
		work = Files.createTempDirectory("parley-fuzz-loader");
		folder = work.resolve("playbook");
		StarterPlaybook.copyTo(folder);
		starter = new TreeMap<>();
		for (String file : StarterPlaybook.files()) {
			if (file.endsWith(".xmi")) {
				starter.put(file, Files.readAllBytes(folder.resolve(file)));
			}
		}
	}

	@AfterAll
	static void tearDown() throws IOException {
		if (work != null) {
			deleteFolder(work);
			work = null;
		}
	}

	static void deleteFolder(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}
}
