package parley.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import parley.core.service.PlaybookQueries;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.Technique;
import parley.search.SearchException;
import parley.search.SearchRequest;
import parley.search.SearchService;
import parley.search.SearchServices;
import parley.testsupport.Command;
import parley.testsupport.Git;

/**
 * What the matrix checks after a fault. Each check fails with what was lost or left broken and where.
 */
final class Checks {

	private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|^Caused by: |\\bException in thread\\b");
	private static final Pattern ACTION = Pattern.compile("(?i)\\b(try again|again|check|free|run|choose|remove|delete"
			+ "|save|sync|close|resolve|commit|make|ask|give|use|fix|wait|see)\\b");

	private Checks() {
	}

	/** The playbook opens (completing or discarding an interrupted save) and validates without errors. */
	static OpenPlaybook loadsAndValidates(Path pb, Path home, String where) {
		OpenPlaybook open;
		try {
			open = new XmiPlaybookStore().open(pb);
		} catch (StoreException e) {
			throw new AssertionError(where + ": the playbook no longer loads: " + e.getMessage(), e);
		}
		Cli validate = Cli.run(home, pb, "validate");
		assertEquals(0, validate.exitCode(), where + ": the playbook no longer validates:\n" + validate);
		return open;
	}

	/** The single generation label every marked field carries ("LABEL G"); fails on a mix of saves. */
	static String generation(Playbook playbook, String entries, String where) {
		TreeSet<String> seen = new TreeSet<>();
		if (entries.equals("scenarios")) {
			playbook.getScenarios().forEach(s -> seen.add(s.getSituation()));
		} else if (!entries.equals("phrases")) {
			for (Technique t : playbook.getTechniques()) {
				seen.add(t.getSummary());
			}
		}
		if (!entries.equals("techniques") && !entries.equals("scenarios")) {
			for (Phrase p : playbook.getPhrases()) {
				seen.add(p.getUsage());
			}
		}
		assertEquals(1, seen.size(), () -> where + ": the " + entries + " come from more than one save (a torn save): "
				+ (seen.size() > 6 ? List.copyOf(seen).subList(0, 6) + " and " + (seen.size() - 6) + " more" : seen));
		return seen.first();
	}

	/** The number after the label ("gen 12" gives 12), or 0 when the field holds something else. */
	static int number(String label) {
		String[] words = label == null ? new String[0] : label.split(" ");
		try {
			return words.length == 2 ? Integer.parseInt(words[1]) : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** {@code git fsck} finds no broken or missing object and no bad reference (dangling objects are fine). */
	static void fsckClean(Path repository, String where) {
		Command.Result fsck = Git.result(repository, "fsck", "--no-dangling", "--no-progress", "--full");
		assertEquals(0, fsck.code(), where + ": git fsck in " + repository + " failed:\n" + fsck.out());
		String problems = fsck.out().lines().filter(l -> !l.isBlank() && !l.startsWith("Checking") && !l.startsWith("notice"))
				.reduce("", (a, b) -> a + b + "\n");
		assertEquals("", problems, where + ": git fsck in " + repository + " reports problems");
	}

	/** Lock files git leaves while it writes ({@code index.lock}, {@code refs/heads/main.lock}, ...). */
	static List<String> gitLocks(Path gitDir) throws IOException {
		List<String> locks = new ArrayList<>();
		if (!Files.isDirectory(gitDir)) {
			return locks;
		}
		try (Stream<Path> walk = Files.walk(gitDir)) {
			// git's locks only: Parley's own state (.git/parley: the store's lock, the index's write.lock) uses
			// operating-system locks that die with their process. gc.log.lock blocks no command (only JGit's
			// automatic gc, which may still be running in the background of this JVM): it is counted apart. Nor does
			// a pack's keep-file lock (objects/pack/pack-<hash>.keep.lock) that a push killed while the receiving
			// side wrote its pack leaves in a file:// remote (the receiving side runs in the pushing process there):
			// every pack has a name of its own, so no later write waits for it.
			walk.filter(p -> p.getFileName().toString().endsWith(".lock") && Files.isRegularFile(p)
					&& !gitDir.relativize(p).startsWith("parley") && !p.getFileName().toString().equals("gc.log.lock")
					&& !p.getFileName().toString().matches("pack-[0-9a-f]+\\.keep\\.lock"))
					.forEach(p -> locks.add(gitDir.relativize(p).toString()));
		}
		return locks;
	}

	static void noGitLocks(Path gitDir, String where) throws IOException {
		assertEquals(List.of(), gitLocks(gitDir), where + ": git lock files left behind in " + gitDir
				+ " (they make the next git write fail)");
	}

	/** Every version in {@code ids} is reachable from {@code ref} of the repository (no version was lost). */
	static void reachable(Path repository, String ref, Collection<String> ids, String where) throws IOException {
		try (Repository repo = open(repository); RevWalk walk = new RevWalk(repo)) {
			ObjectId tip = repo.resolve(ref);
			assertNotNull(tip, where + ": " + ref + " is missing in " + repository);
			RevCommit head = walk.parseCommit(tip);
			for (String id : ids) {
				RevCommit commit;
				try {
					commit = walk.parseCommit(ObjectId.fromString(id));
				} catch (org.eclipse.jgit.errors.MissingObjectException e) {
					throw new AssertionError(where + ": version " + id + " was reported saved but is missing from " + repository);
				}
				assertTrue(walk.isMergedInto(commit, head), where + ": version " + id + " was reported saved but is not in the history of "
						+ ref + " in " + repository);
				walk.reset();
			}
		}
	}

	static Repository open(Path repository) throws IOException {
		Path gitDir = Files.isDirectory(repository.resolve(".git")) ? repository.resolve(".git") : repository;
		return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
	}

	/** path -> blob id of every file in a version. */
	static Map<String, String> tree(Path repository, String revision) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Repository repo = open(repository); RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
			tree.addTree(walk.parseCommit(repo.resolve(revision + "^{commit}")).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				files.put(tree.getPathString(), tree.getObjectId(0).getName());
			}
		}
		return files;
	}

	/** path -> blob id of every file of the working folder, outside {@code .git}. */
	static Map<String, String> workingTree(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				String relative = folder.relativize(file).toString().replace('\\', '/');
				if (Files.isRegularFile(file) && !relative.startsWith(".git/") && !relative.startsWith(".parley/")) {
					byte[] bytes = Files.readAllBytes(file);
					files.put(relative, new org.eclipse.jgit.lib.ObjectInserter.Formatter()
							.idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB, bytes).getName());
				}
			}
		}
		return files;
	}

	/**
	 * Search heals itself: a search works, the index holds every entry, and (when given) a phrase of the
	 * current playbook is found, so the index is not stale.
	 */
	static void searchHeals(Path pb, Path home, String currentPhrase, String where) {
		Cli search = Cli.run(home, pb, "search", "customer");
		assertEquals(0, search.exitCode(), where + ": search fails after the fault:\n" + search);
		assertNoStackTrace(search.err(), where);
		try {
			OpenPlaybook open = new XmiPlaybookStore().open(pb);
			try (SearchService service = SearchServices.open(open, notice -> {
			})) {
				assertEquals(new PlaybookQueries(open.playbook()).entries().size(), service.indexedEntries(),
						where + ": the search index does not hold every entry");
				if (currentPhrase != null) {
					long hits = service.search(SearchRequest.of("\"" + currentPhrase + "\"")).totalHits();
					assertTrue(hits > 0, where + ": the index is stale: \"" + currentPhrase + "\" is in the playbook but not found");
				}
			}
		} catch (StoreException | SearchException e) {
			throw new AssertionError(where + ": search cannot open: " + e.getMessage(), e);
		}
	}

	/**
	 * The message a user saw for a failure says what happened ({@code causes}: one of these words, any case)
	 * and what to do, without a stack trace or an "unexpected problem" (a request to report a bug).
	 */
	static void userMessage(String err, String where, String... causes) {
		assertFalse(err.isBlank(), where + ": the command failed without a word");
		assertNoStackTrace(err, where);
		assertFalse(err.contains("unexpected error") || err.contains("internal error") || err.contains("unexpected problem"),
				where + ": the failure was not foreseen (\"unexpected problem\", a bug to report):\n" + err);
		assertTrue(ACTION.matcher(err).find(), where + ": the message does not say what to do:\n" + err);
		if (causes.length > 0) {
			String lower = err.toLowerCase(Locale.ROOT);
			for (String cause : causes) {
				if (lower.contains(cause.toLowerCase(Locale.ROOT))) {
					return;
				}
			}
			fail(where + ": the message does not say what happened (expected one of " + List.of(causes) + "):\n" + err);
		}
	}

	static void assertNoStackTrace(String err, String where) {
		assertFalse(STACK_TRACE.matcher(err).find(), where + ": the user was shown a stack trace:\n" + err);
	}

	/** A complete PDF (PDFBox reads it through): returns its title (as given to the export). */
	static String completePdf(Path pdf, String where) throws IOException {
		byte[] bytes = Files.readAllBytes(pdf);
		String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length), StandardCharsets.ISO_8859_1);
		assertTrue(tail.contains("%%EOF"), where + ": " + pdf + " is cut short (" + bytes.length + " bytes, no %%EOF)");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertTrue(document.getNumberOfPages() > 0, where + ": " + pdf + " has no page");
			String title = document.getDocumentInformation().getTitle();
			return title == null ? null : title.replace(" — pocket cards", ""); // the cards' own suffix
		} catch (IOException e) {
			throw new AssertionError(where + ": " + pdf + " is not a readable PDF: " + e.getMessage(), e);
		}
	}

	/** Hidden partial exports left beside a target ({@code .NAME.*.part}). */
	static List<String> partFiles(Path target) throws IOException {
		String prefix = "." + target.getFileName();
		try (Stream<Path> list = Files.list(target.getParent())) {
			return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.contains("part")).sorted()
					.toList();
		}
	}
}
