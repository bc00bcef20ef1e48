package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parley.testsupport.Git.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookPaths;
import parley.core.store.XmiPlaybookStore;
import parley.core.validation.PlaybookValidator;
import parley.testsupport.Playbooks;
import parley.testsupport.SharedPlaybook;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.SyncResult;
import parley.vcs.UntrustedContentException;
import parley.vcs.VcsException;

/**
 * An attacker who can push to the shared playbook builds a malicious version for each vector of
 * docs/SECURITY.md (journal replay, hooks, symbolic links, hrefs leaving the folder, a submodule, a large
 * blob, names colliding up to case, control characters, .gitattributes filters). Clone and sync refuse such
 * a version and say what they refused; neither they nor the commands that follow (open, validate, commit,
 * sync, and plain git in the folder) write anything outside the playbook or run anything.
 */
class TestUntrustedRepositories {

	@TempDir
	Path tmp;

	SharedPlaybook team;
	Path shared;
	Path outside;
	Path victimFile;
	Path secretFile;
	Path marker;
	Author ana = new Author("Ana", "ana@example.org");
	org.eclipse.jgit.lib.PersonIdent mallory = new org.eclipse.jgit.lib.PersonIdent("Mallory", "mallory@example.org");

	@BeforeEach
	void shareTheStarter() throws Exception {
		outside = Files.createDirectories(tmp.resolve("outside"));
		victimFile = Files.writeString(outside.resolve("victim.txt"), "the victim's own file\n");
		secretFile = Files.writeString(outside.resolve("secret.txt"), "TOP-SECRET-91c\n");
		marker = outside.resolve("ran");
		team = SharedPlaybook.starter(tmp, ana);
		shared = team.remote();
		assertEquals(SyncResult.Outcome.PUSHED, team.firstSync().outcome());
	}

	// ---- building malicious versions with git's plumbing (no file system in between) ----

	record Entry(FileMode mode, ObjectId id) {
	}

	/** Adds a version on top of the shared main whose tree is the current one changed by {@code edit}. */
	private ObjectId push(String message, java.util.function.Consumer<Map<String, Entry>> edit, Blobs blobs)
			throws IOException {
		try (Repository bare = new FileRepositoryBuilder().setGitDir(shared.toFile()).build();
				ObjectInserter inserter = bare.newObjectInserter(); RevWalk walk = new RevWalk(bare)) {
			ObjectId head = bare.resolve("refs/heads/main");
			Map<String, Entry> files = new TreeMap<>();
			try (TreeWalk tree = new TreeWalk(bare)) {
				tree.addTree(walk.parseCommit(head).getTree());
				tree.setRecursive(true);
				while (tree.next()) {
					files.put(tree.getPathString(), new Entry(tree.getFileMode(0), tree.getObjectId(0)));
				}
			}
			blobs.inserter = inserter;
			edit.accept(files);
			CommitBuilder commit = new CommitBuilder();
			commit.setTreeId(tree(inserter, files, ""));
			commit.setParentId(head);
			commit.setAuthor(mallory);
			commit.setCommitter(mallory);
			commit.setMessage(message + "\n");
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			RefUpdate update = bare.updateRef("refs/heads/main");
			update.setNewObjectId(id);
			update.setForceUpdate(true);
			update.update();
			return id;
		}
	}

	/** Makes blobs while a version is being built. */
	static final class Blobs {
		ObjectInserter inserter;

		Entry file(String content) {
			return entry(FileMode.REGULAR_FILE, content);
		}

		Entry executable(String content) {
			return entry(FileMode.EXECUTABLE_FILE, content);
		}

		Entry link(String target) {
			return entry(FileMode.SYMLINK, target);
		}

		Entry zeros(long size) {
			try (InputStream in = new InputStream() {
				long left = size;

				@Override
				public int read() {
					return left-- > 0 ? 0 : -1;
				}

				@Override
				public int read(byte[] b, int off, int len) {
					if (left <= 0) {
						return -1;
					}
					int n = (int) Math.min(len, left);
					java.util.Arrays.fill(b, off, off + n, (byte) 0);
					left -= n;
					return n;
				}
			}) {
				return new Entry(FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, size, in));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		private Entry entry(FileMode mode, String content) {
			try {
				return new Entry(mode, inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Writes the trees for {@code files} (paths under {@code prefix}) in git's entry order. */
	private static ObjectId tree(ObjectInserter inserter, Map<String, Entry> files, String prefix) throws IOException {
		Map<String, Entry> direct = new TreeMap<>();
		Map<String, ObjectId> folders = new TreeMap<>();
		for (String path : files.keySet()) {
			if (!path.startsWith(prefix)) {
				continue;
			}
			String rest = path.substring(prefix.length());
			int slash = rest.indexOf('/');
			if (slash < 0) {
				direct.put(rest, files.get(path));
			} else {
				folders.putIfAbsent(rest.substring(0, slash), null);
			}
		}
		for (String folder : new ArrayList<>(folders.keySet())) {
			folders.put(folder, tree(inserter, files, prefix + folder + "/"));
		}
		List<Object[]> entries = new ArrayList<>();
		direct.forEach((name, e) -> entries.add(new Object[] { name, e.mode(), e.id() }));
		folders.forEach((name, id) -> entries.add(new Object[] { name, FileMode.TREE, id }));
		entries.sort(Comparator.comparing(e -> sortKey((String) e[0], e[1] == FileMode.TREE)));
		TreeFormatter formatter = new TreeFormatter();
		for (Object[] e : entries) {
			formatter.append((String) e[0], (FileMode) e[1], (ObjectId) e[2]);
		}
		return inserter.insert(formatter);
	}

	private static String sortKey(String name, boolean tree) {
		// git compares names bytewise, a tree's name as if it ended in '/'; ISO-8859-1 keeps byte order.
		return new String((name + (tree ? "/" : "")).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	private static void removeFolder(Map<String, Entry> files, String folder) {
		files.keySet().removeIf(p -> p.startsWith(folder + "/"));
	}

	private String hook() {
		return "#!/bin/sh\necho \"$0\" >> '" + marker + "'\n";
	}

	// ---- what every test checks afterwards ----

	private void assertNothingOutsideChangedAndNothingRan() throws IOException {
		assertEquals("the victim's own file\n", Files.readString(victimFile));
		assertEquals("TOP-SECRET-91c\n", Files.readString(secretFile));
		assertFalse(Files.exists(marker), () -> "something ran: " + read(marker));
		try (Stream<Path> list = Files.list(outside)) {
			assertEquals(List.of("secret.txt", "victim.txt"),
					list.map(p -> p.getFileName().toString()).sorted().toList(), "nothing was created outside");
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		} catch (IOException e) {
			return "?";
		}
	}

	private UntrustedContentException assertCloneRefused(Path dir, String... expected) {
		UntrustedContentException e = assertThrows(UntrustedContentException.class,
				() -> PlaybookRepository.cloneFrom(shared.toString(), dir).close());
		for (String text : expected) {
			assertTrue(e.getMessage().contains(text), () -> "'" + text + "' in: " + e.getMessage());
		}
		assertTrue(e.getMessage().contains("Nothing was cloned"), e.getMessage());
		assertFalse(Files.exists(dir), "a refused clone leaves no folder behind");
		return e;
	}

	/** Every file of the folder except git's own, with content. */
	private static Map<String, String> snapshot(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				String relative = dir.relativize(p).toString();
				if (!relative.startsWith(".git") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
					files.put(relative, Files.readString(p, StandardCharsets.ISO_8859_1));
				}
			}
		}
		return files;
	}

	// ---- the vectors ----

	@Test
	void committedJournalIsNeverReplayed() throws Exception {
		Path victim = team.cloneAs("victim");
		Blobs blobs = new Blobs();
		push("Harmless-looking change", files -> {
			files.put(".parley/journal/0.tmp", blobs.file("overwritten by a repository\n"));
			files.put(".parley/journal/commit", blobs.file("0.tmp\t" + victimFile + "\n-\t" + secretFile + "\n"));
			files.put(".parley/recovery.xmi", blobs.file("<xmi:XMI/>"));
			files.put(".parley/merge.json", blobs.file("[]"));
		}, blobs);

		UntrustedContentException e = assertCloneRefused(tmp.resolve("fresh"), ".parley/journal/commit", "local state");
		assertEquals(4, e.refusals().size(), e.refusals().toString());

		Map<String, String> before = snapshot(victim);
		String head = git(victim, "rev-parse", "HEAD");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			UntrustedContentException sync = assertThrows(UntrustedContentException.class, () -> repo.sync("origin", ana));
			assertTrue(sync.getMessage().contains("Mallory") && sync.getMessage().contains("nothing here changed"),
					sync.getMessage());
		}
		assertEquals(head, git(victim, "rev-parse", "HEAD"), "the refused version was not taken");
		assertEquals(before, snapshot(victim));

		// Even if the user takes the version with plain git, Parley's local state is elsewhere (.git/parley):
		// opening, validating, saving and versioning never replay the committed journal.
		git(victim, "merge", "-q", "--ff-only", "origin/main");
		assertTrue(Files.exists(victim.resolve(".parley/journal/commit")));
		OpenPlaybook open = new XmiPlaybookStore().open(victim);
		new PlaybookValidator().validate(open.playbook());
		open.playbook().getTechniques().get(0).setSummary("Edited after a plain git pull.");
		open.save();
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			repo.commit("Edit", ana);
		}
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void repositorySuppliedHooksNeverRun() throws Exception {
		Path victim = team.cloneAs("victim");
		Blobs blobs = new Blobs();
		push("Hooks", files -> {
			for (String name : List.of("pre-commit", "commit-msg", "post-commit", "pre-push", "post-checkout", "post-merge")) {
				files.put(".parley/no-hooks/" + name, blobs.executable(hook()));
				files.put("hooks/" + name, blobs.executable(hook()));
			}
		}, blobs);
		assertCloneRefused(tmp.resolve("fresh"), ".parley/no-hooks/post-commit");

		// The user takes the version with plain git; then versions, syncs and plain git commits run no hook.
		git(victim, "pull", "-q", "--ff-only", "origin", "main");
		assertTrue(Files.isExecutable(victim.resolve(".parley/no-hooks/post-commit")));
		assertEquals(".git/parley/no-hooks", git(victim, "config", "core.hooksPath").strip());
		edit(victim, "A version after the hooks arrived");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			repo.commit("Edit", ana);
			assertEquals(SyncResult.Outcome.PUSHED, repo.sync("origin", ana).outcome());
		}
		edit(victim, "A commit with plain git");
		git(victim, "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "commit", "-q", "-am", "Plain");
		git(victim, "push", "-q", "origin", "main");
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void symbolicLinksAreRefused() throws Exception {
		Path victim = team.cloneAs("victim");
		Blobs blobs = new Blobs();
		push("Links", files -> {
			files.put("techniques/0.xmi", blobs.link(secretFile.toString()));
			removeFolder(files, "phrases");
			files.put("phrases", blobs.link(outside.toString()));
			files.put("synonyms.txt", blobs.link(secretFile.toString()));
		}, blobs);
		UntrustedContentException e = assertCloneRefused(tmp.resolve("fresh"), "techniques/0.xmi: is a symbolic link",
				"phrases: is a symbolic link", "synonyms.txt");
		assertFalse(e.getMessage().contains("TOP-SECRET"));
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			assertThrows(UntrustedContentException.class, () -> repo.sync("origin", ana));
		}
		// With plain git, links arrive as plain files holding the link's text (core.symlinks=false).
		git(victim, "pull", "-q", "--ff-only", "origin", "main");
		assertFalse(Files.isSymbolicLink(victim.resolve("phrases")));
		assertFalse(Files.isSymbolicLink(victim.resolve("techniques/0.xmi")));
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void referencesLeavingThePlaybookAreNeverResolvedFromDisk() throws Exception {
		// An entry defined outside the playbook, and a version whose shard points at it.
		Path planted = Files.createDirectories(tmp.resolve("planted/techniques")).resolve("0.xmi");
		Path starter = tmp.resolve("origin");
		String some = Files.list(starter.resolve("techniques")).sorted().findFirst().map(TestUntrustedRepositories::read).orElseThrow();
		String fake = "99999999-2222-3333-4444-555555555555";
		Files.writeString(planted, some.replaceFirst("id=\"[^\"]+\"", "id=\"" + fake + "\"")
				.replaceFirst("title=\"[^\"]+\"", "title=\"PLANTED\""));
		Map<String, String> plantedBefore = snapshot(tmp.resolve("planted"));
		Blobs blobs = new Blobs();
		push("Outside references", files -> {
			String shard = files.keySet().stream().filter(p -> p.startsWith("techniques/")).findFirst().orElseThrow();
			String text = blobText(files.get(shard));
			int end = text.indexOf(">\n", text.indexOf("<parley:Technique")) + 2;
			String links = "    <related href=\"" + planted.toUri() + "#" + fake + "\"/>\n"
					+ "    <related href=\"../../planted/techniques/0.xmi#" + fake + "\"/>\n";
			files.put(shard, blobs.file(text.substring(0, end) + links + text.substring(end)));
		}, blobs);

		Path victim = team.cloneAs("victim"); // references are content: the clone is accepted
		OpenPlaybook open = new XmiPlaybookStore().open(victim);
		assertTrue(open.loadProblems().stream().filter(p -> p.toString().contains("outside the playbook folder")).count() >= 2,
				open.loadProblems().toString());
		assertFalse(open.playbook().getTechniques().stream().flatMap(t -> t.getRelated().stream())
				.anyMatch(t -> "PLANTED".equals(t.getTitle())), "nothing was read from outside the playbook");
		assertEquals(plantedBefore, snapshot(tmp.resolve("planted")));
		assertNothingOutsideChangedAndNothingRan();
	}

	private String blobText(Entry entry) {
		try (Repository bare = new FileRepositoryBuilder().setGitDir(shared.toFile()).build()) {
			return new String(bare.open(entry.id()).getBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void submodulesAreRefusedAndNeverFetched() throws Exception {
		Path victim = team.cloneAs("victim");
		Path other = tmp.resolve("other.git");
		git(tmp, "init", "-q", "--bare", "-b", "main", other.toString());
		Blobs blobs = new Blobs();
		push("Submodule", files -> {
			files.put(".gitmodules", blobs.file("[submodule \"lib\"]\n\tpath = lib\n\turl = " + other
					+ "\n\tupdate = !sh -c 'touch " + marker + "'\n"));
			files.put("lib", new Entry(FileMode.GITLINK, ObjectId.fromString("0123456789abcdef0123456789abcdef01234567")));
		}, blobs);
		assertCloneRefused(tmp.resolve("fresh"), "lib: is a submodule");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			assertThrows(UntrustedContentException.class, () -> repo.sync("origin", ana));
		}
		assertFalse(Files.exists(victim.resolve("lib")));
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void largeBlobsAreRefusedWithoutReadingThem() throws Exception {
		Path victim = team.cloneAs("victim");
		Blobs blobs = new Blobs();
		push("Large", files -> files.put("sources/f.xmi", blobs.zeros(PlaybookPaths.MAX_FILE_BYTES + 16 * 1024 * 1024)), blobs);
		assertCloneRefused(tmp.resolve("fresh"), "sources/f.xmi: is 80 MiB, more than the 64 MiB");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			UntrustedContentException e = assertThrows(UntrustedContentException.class, () -> repo.sync("origin", ana));
			assertTrue(e.getMessage().contains("sources/f.xmi"), e.getMessage());
			// Comparing with the version, or restoring from it, does not read the blob into memory either.
			String tip = git(victim, "rev-parse", "origin/main").strip();
			VcsException load = assertThrows(VcsException.class, () -> repo.load(tip));
			assertTrue(load.getMessage().contains("MiB"), load.getMessage());
		}
		assertFalse(Files.exists(victim.resolve("sources/f.xmi")));
	}

	@Test
	void namesCollidingUpToCaseOrWithControlCharactersAreRefused() throws Exception {
		Blobs blobs = new Blobs();
		push("Names", files -> {
			String shard = files.keySet().stream().filter(p -> p.startsWith("techniques/")).findFirst().orElseThrow();
			files.put(shard.toUpperCase(java.util.Locale.ROOT).replace("TECHNIQUES/", "techniques/"), files.get(shard));
			files.put(".PARLEY/journal/commit", blobs.file("0.tmp\t" + victimFile + "\n"));
			files.put("tags/\u001b[2J\u0007.xmi", blobs.file("<x/>"));
			files.put("notes. ", blobs.file("trailing"));
		}, blobs);
		UntrustedContentException e = assertCloneRefused(tmp.resolve("fresh"), "only in case", ".PARLEY/journal/commit",
				"control character", "\\u001b", "dot or space");
		assertFalse(e.getMessage().contains("\u001b"), "a name cannot send terminal escapes through the message");
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void gitattributesFiltersNeverRun() throws Exception {
		Path victim = team.cloneAs("victim");
		// The user's own git configuration defines a filter (as a tool like git-lfs does); a repository that
		// names it must not make Parley or plain git run it, nor change bytes on the way.
		git(victim, "config", "filter.evil.smudge", "sh -c 'echo smudge >> " + marker + "; cat'");
		git(victim, "config", "filter.evil.clean", "sh -c 'echo clean >> " + marker + "; cat'");
		git(victim, "config", "filter.evil.required", "true");
		Blobs blobs = new Blobs();
		push("Attributes", files -> {
			files.put(".gitattributes", blobs.file("* filter=evil ident text eol=crlf\n"));
			files.put("notes.txt", blobs.file("$Id$\nline\n"));
		}, blobs);
		Path fresh = team.cloneAs("fresh");
		assertEquals("$Id$\nline\n", Files.readString(fresh.resolve("notes.txt")), "bytes arrive unchanged");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			assertEquals(SyncResult.Outcome.PULLED, repo.sync("origin", ana).outcome());
		}
		assertEquals("$Id$\nline\n", Files.readString(victim.resolve("notes.txt")));
		edit(victim, "After attributes");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			repo.commit("Edit", ana);
		}
		Files.delete(victim.resolve("notes.txt"));
		git(victim, "checkout", "-q", "--", "notes.txt");
		git(victim, "status", "--porcelain");
		assertEquals("$Id$\nline\n", Files.readString(victim.resolve("notes.txt")));
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void restoreRefusesAnUntrustedVersion() throws Exception {
		Path victim = team.cloneAs("victim");
		Blobs blobs = new Blobs();
		ObjectId bad = push("Bad", files -> files.put("techniques/0.xmi", blobs.link(secretFile.toString())), blobs);
		git(victim, "fetch", "-q", "origin");
		Map<String, String> before = snapshot(victim);
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			assertThrows(VcsException.class, () -> repo.restorePlaybook(bad.getName()));
		}
		assertEquals(before, snapshot(victim));
		assertNothingOutsideChangedAndNothingRan();
	}

	@Test
	void passwordsInAddressesAreNeverPrinted() throws Exception {
		String address = "https://ana:s3cr3t-pw@127.0.0.1:9/team/playbook.git";
		VcsException e = assertThrows(VcsException.class,
				() -> PlaybookRepository.cloneFrom(address, tmp.resolve("never")));
		assertFalse(e.getMessage().contains("s3cr3t-pw"), e.getMessage());
		assertTrue(e.getMessage().contains("ana@127.0.0.1:9/team/playbook.git"), e.getMessage());
		Path victim = team.cloneAs("victim");
		try (PlaybookRepository repo = PlaybookRepository.open(victim)) {
			String name = repo.remoteFor(address, "team");
			assertFalse(repo.remotes().toString().contains("s3cr3t-pw"), repo.remotes().toString());
			VcsException sync = assertThrows(VcsException.class, () -> repo.sync(name, ana));
			assertFalse(sync.getMessage().contains("s3cr3t-pw"), sync.getMessage());
		}
	}

	@Test
	void localStateLivesInsideGitWhereNoRepositoryCanWrite() throws Exception {
		Path victim = team.cloneAs("victim");
		assertEquals(victim.resolve(".git/parley").toAbsolutePath(), LocalState.dir(victim));
		edit(victim, "Saved through the journal");
		assertTrue(Files.isDirectory(victim.resolve(".git/parley")));
		assertFalse(Files.exists(victim.resolve(".parley")), "nothing of this copy's state sits in the work tree");
		// A folder that becomes a repository takes the state it already had along.
		Path plain = tmp.resolve("plain");
		Playbooks.starterCopy(plain);
		Files.createDirectories(plain.resolve(".parley"));
		Files.writeString(plain.resolve(".parley/recovery.xmi"), "<xmi:XMI/>");
		PlaybookRepository.open(plain).close();
		assertEquals("<xmi:XMI/>", Files.readString(LocalState.file(plain, LocalState.RECOVERY)));
	}

	private static void edit(Path pb, String summary) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		open.playbook().getTechniques().get(0).setSummary(summary);
		open.save();
	}

	@SuppressWarnings("unused")
	private static InputStream stream(String s) {
		return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
	}
}
