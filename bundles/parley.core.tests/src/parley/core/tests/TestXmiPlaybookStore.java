package parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.FileProblem;
import parley.core.store.MalformedPlaybookException;
import parley.core.store.NotAPlaybookException;
import parley.core.store.OpenPlaybook;
import parley.core.store.PlaybookLayout;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Scenario;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;
import parley.testsupport.Folders;
import parley.testsupport.Playbooks;

class TestXmiPlaybookStore {

	@TempDir
	Path tmp;

	private final XmiPlaybookStore store = new XmiPlaybookStore();

	@Test
	void roundTripKeepsEveryEntityFieldAndReference() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook created = Playbooks.synthetic(dir, 300, 42);
		Playbook original = created.playbook();
		Scenario scenario = original.getScenarios().get(0);

		OpenPlaybook reopened = store.open(dir);
		Playbook loaded = reopened.playbook();
		assertEquals(original.getTitle(), loaded.getTitle());
		assertEquals(original.getTechniques().size(), loaded.getTechniques().size());
		assertEquals(original.getPhrases().size(), loaded.getPhrases().size());
		assertEquals(original.getScenarios().size(), loaded.getScenarios().size());
		Scenario again = (Scenario) find(loaded, scenario.getId());
		assertEquals(scenario.getTitle(), again.getTitle());
		assertEquals(scenario.getSteps().size(), again.getSteps().size());
		assertEquals(scenario.getSteps().get(2).getId(), again.getSteps().get(2).getId());
		Technique technique = again.getSteps().get(2).getTechniques().get(0);
		assertFalse(technique.eIsProxy(), "cross-file reference resolves");
		assertEquals(scenario.getSteps().get(2).getTechniques().get(0).getId(), technique.getId());
		assertSame(loaded, technique.eContainer(), "every entity is contained by the playbook");
		assertEquals(scenario.getLastReviewed(), again.getLastReviewed());
		assertEquals(scenario.getCreated(), again.getCreated());
		assertTrue(reopened.loadProblems().isEmpty(), reopened.loadProblems().toString());
	}

	@Test
	void filesAreShardedUtf8WithLfAndStableAcrossSaves() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 200, 42);
		Technique t = open.playbook().getTechniques().get(0);
		t.setTitle("Café “quoted” – 日本語 – Ωμέγα");
		open.save();
		Map<String, String> first = Fixtures.snapshot(dir);
		String shard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(t.eClass()), t);
		assertTrue(first.containsKey(shard), shard);
		assertTrue(first.get(shard).contains("Café “quoted” – 日本語 – Ωμέγα"));
		assertTrue(Files.readString(dir.resolve(shard), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
		for (String content : first.values()) {
			assertFalse(content.contains("\r"), "LF line endings only");
		}
		OpenPlaybook reopened = store.open(dir);
		reopened.save();
		assertEquals(first, Fixtures.snapshot(dir), "load + save without edits changes nothing");
	}

	@Test
	void editingOneFieldChangesOneLineOfOneFile() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 500, 42);
		Map<String, String> before = Fixtures.snapshot(dir);
		OpenPlaybook open = store.open(dir);
		Phrase phrase = open.playbook().getPhrases().get(7);
		phrase.setText("Let me look into that for you right now.");
		open.save();
		Map<String, String> after = Fixtures.snapshot(dir);
		int changedFiles = 0;
		int changedLines = 0;
		for (String file : before.keySet()) {
			if (!before.get(file).equals(after.get(file))) {
				changedFiles++;
				List<String> a = before.get(file).lines().toList();
				List<String> b = after.get(file).lines().toList();
				assertEquals(a.size(), b.size());
				for (int i = 0; i < a.size(); i++) {
					if (!a.get(i).equals(b.get(i))) {
						changedLines++;
					}
				}
			}
		}
		assertEquals(1, changedFiles);
		assertEquals(1, changedLines);
	}

	@Test
	void newAndDeletedEntitiesLandInAndLeaveTheirShard() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 100, 42);
		Tag tag = PlaybookFactory.eINSTANCE.createTag();
		tag.setName("brand-new");
		open.playbook().getTags().add(tag);
		open.save();
		String shard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(tag.eClass()), tag);
		assertTrue(Files.readString(dir.resolve(shard)).contains("brand-new"));

		OpenPlaybook reopened = store.open(dir);
		Tag loaded = (Tag) find(reopened.playbook(), tag.getId());
		assertNotNull(loaded);
		for (var entry : reopened.playbook().getTechniques()) {
			entry.getTags().remove(loaded);
		}
		for (var entry : reopened.playbook().getPhrases()) {
			entry.getTags().remove(loaded);
		}
		reopened.playbook().getTags().remove(loaded);
		reopened.save();
		assertFalse(Fixtures.snapshot(dir).values().stream().anyMatch(c -> c.contains("brand-new")));
		assertEquals(reopened.playbook().getTags().size(), store.open(dir).playbook().getTags().size());
	}

	@Test
	void malformedXmlNamesFileLineAndProblem() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 50, 42);
		Path shard = firstShard(dir, "phrases");
		String content = Files.readString(shard);
		Files.writeString(shard, content.replaceFirst("</parley:Phrase>", "</parley:Phrasee>"));
		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		FileProblem problem = e.problems().get(0);
		assertEquals("phrases/" + shard.getFileName(), problem.file().toString());
		assertTrue(problem.line() > 1, "line number given");
		assertTrue(problem.message().contains("not well-formed"), problem.message());
		assertTrue(e.getMessage().contains("phrases/" + shard.getFileName() + ":" + problem.line()), e.getMessage());
	}

	@Test
	void openOnlyParsesTheGivenFilesAndReportsThemAsOpenWould() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 50, 42);
		Path techniques = firstShard(dir, "techniques");
		String technique = "techniques/" + techniques.getFileName();
		Path phrases = firstShard(dir, "phrases");
		Files.writeString(phrases, Files.readString(phrases).replaceFirst("</parley:Phrase>", "</parley:Phrasee>"));

		OpenPlaybook only = store.openOnly(dir, List.of(technique));
		assertFalse(only.playbook().getTechniques().isEmpty(), "the given shard is read");
		assertTrue(only.playbook().getPhrases().isEmpty(), "the broken shard that was not given is not parsed");
		assertTrue(only.playbook().getScenarios().isEmpty() && only.playbook().getTags().isEmpty(),
				"no other shard is read");

		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class,
				() -> store.openOnly(dir, List.of(technique, "phrases/" + phrases.getFileName())));
		MalformedPlaybookException whole = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		assertEquals(whole.getMessage(), e.getMessage(), "a given file that does not parse fails as open fails");
	}

	@Test
	void unknownFieldAndBadValueAreReportedWithFileAndLine() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 50, 42);
		Path techniques = firstShard(dir, "techniques");
		Files.writeString(techniques, Files.readString(techniques).replaceFirst(" title=", " titel="));
		Path phrases = firstShard(dir, "phrases");
		Files.writeString(phrases, Files.readString(phrases).replaceFirst("<channels>[a-z-]+</channels>", "<channels>telepathy</channels>"));
		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		assertEquals(2, e.problems().size(), e.getMessage());
		FileProblem unknown = e.problems().get(0); // files are read in kind order: techniques before phrases
		assertEquals("techniques/" + techniques.getFileName(), unknown.file().toString());
		assertTrue(unknown.line() >= 2);
		assertTrue(unknown.message().contains("unknown field 'titel'"), unknown.message());
		FileProblem bad = e.problems().get(1);
		assertEquals("phrases/" + phrases.getFileName(), bad.file().toString());
		assertTrue(bad.message().contains("'telepathy' is not valid for field 'channels'"), bad.message());
	}

	@Test
	void doctypeAndExternalEntitiesAreRefused() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 20, 42);
		Path secret = tmp.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path root = dir.resolve(PlaybookLayout.ROOT_FILE);
		String content = Files.readString(root);
		String attack = content.replaceFirst("\\?>\n", "?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n")
				.replaceFirst("organisation=\"[^\"]*\"", "organisation=\"&xxe;\"");
		Files.writeString(root, attack);
		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		assertEquals(PlaybookLayout.ROOT_FILE, e.problems().get(0).file().toString());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET-CONTENT"));
	}

	@Test
	void missingReferenceIsReportedAndKept() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 60, 42);
		Phrase avoid = open.playbook().getPhrases().stream().filter(p -> p.getKind() == PhraseKind.AVOID).findFirst().orElseThrow();
		Phrase replacement = avoid.getReplacements().get(0);
		String replacementShard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(replacement.eClass()), replacement);
		// Remove the replacement's element from its file by hand, as a bad merge or manual edit might.
		String text = Files.readString(dir.resolve(replacementShard));
		String withoutIt = text.replaceAll("(?s)<parley:Phrase[^>]*id=\"" + replacement.getId() + "\".*?</parley:Phrase>\n?", "");
		Files.writeString(dir.resolve(replacementShard), withoutIt.isBlank() || !withoutIt.contains("<parley:") ? emptyXmi() : withoutIt);

		OpenPlaybook reopened = store.open(dir);
		assertTrue(reopened.loadProblems().stream().anyMatch(p -> p.message().contains(replacement.getId())
				&& p.message().contains("replacements")), reopened.loadProblems().toString());
		Phrase reloaded = (Phrase) find(reopened.playbook(), avoid.getId());
		assertTrue(reloaded.getReplacements().get(0).eIsProxy(), "reference kept as an unresolved proxy");
		reopened.save();
		String avoidShard = PlaybookLayout.shardPath(PlaybookLayout.kindOf(avoid.eClass()), avoid);
		assertTrue(Files.readString(dir.resolve(avoidShard)).contains(replacement.getId()), "saving keeps the reference");
	}

	@Test
	void notAPlaybookSaysWhatToDo() {
		NotAPlaybookException e = assertThrows(NotAPlaybookException.class, () -> store.open(tmp));
		assertEquals(NotAPlaybookException.Reason.NOT_A_PLAYBOOK, e.reason(), "each front end words the next step from it");
		assertTrue(e.getMessage().contains("has no playbook.xmi"), e.getMessage());
		assertFalse(e.getMessage().contains("parley ") || e.getMessage().contains("--"),
				"the store names no command or option: " + e.getMessage());
	}

	@Test
	void bytesThatAreNotUtf8AreReportedWithFileLineAndWhatToDo() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Files.createDirectories(dir.resolve(".git")); // a versioned playbook: the advice names git
		String shard = "techniques/0.xmi";
		List<String> lines = Files.readAllLines(dir.resolve(shard), StandardCharsets.UTF_8);
		int line = 3; // an entry's line
		String text = lines.get(line - 1);
		int column = text.indexOf("title=\"") + "title=\"".length() + 1;
		byte[] latin1 = text.substring(0, column - 1).concat("Caf\u00e9 ").concat(text.substring(column - 1))
				.getBytes(StandardCharsets.ISO_8859_1); // "é" as one Windows-1252 byte, as another editor saved it
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < lines.size(); i++) {
			bytes.write(i == line - 1 ? latin1 : lines.get(i).getBytes(StandardCharsets.UTF_8));
			bytes.write('\n');
		}
		Files.write(dir.resolve(shard), bytes.toByteArray());

		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		assertEquals(1, e.problems().size(), e.getMessage());
		FileProblem problem = e.problems().get(0);
		assertEquals(Path.of(shard), problem.file());
		assertEquals(line, problem.line());
		assertEquals(column + "Caf".length(), problem.column(), problem.toString());
		assertTrue(problem.message().contains("not valid UTF-8") && problem.message().contains("0xE9")
				&& problem.message().contains("save it as UTF-8")
				&& problem.message().contains("git checkout -- " + shard), problem.message());
		assertTrue(e.getMessage().contains(shard + ":" + line + ":"), e.getMessage());
		org.junit.jupiter.api.Assertions.assertArrayEquals(bytes.toByteArray(), Files.readAllBytes(dir.resolve(shard)),
				"nothing is written");
	}

	@Test
	void aFileThatHoldsTheReplacementCharacterItselfIsRead() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.starter(dir);
		open.playbook().getTechniques().get(0).setSummary("An unknown sign \uFFFD stays as it is.");
		open.save();
		assertEquals("An unknown sign \uFFFD stays as it is.", store.open(dir).playbook().getTechniques().get(0).getSummary());
	}

	@Test
	void anEntryFolderReplacedByAFileIsOneClearProblemAndNothingOpens() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Folders.deleteRecursively(dir.resolve("techniques"));
		Files.writeString(dir.resolve("techniques"), "oops\n");

		MalformedPlaybookException e = assertThrows(MalformedPlaybookException.class, () -> store.open(dir));
		assertEquals(1, e.problems().size(), e.getMessage());
		assertEquals(Path.of("techniques"), e.problems().get(0).file());
		assertTrue(e.problems().get(0).message().startsWith("is a file, not a folder")
				&& e.problems().get(0).message().contains("git checkout -- techniques"), e.getMessage());
		assertFalse(e.getMessage().contains("dangling") || e.getMessage().contains("points to nothing"), e.getMessage());
	}

	@Test
	void aPlaybookMissingItsPlaybookFileSaysHowToBringItBackNotToInit() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.starter(dir);
		Files.delete(dir.resolve(PlaybookLayout.ROOT_FILE));
		NotAPlaybookException plain = assertThrows(NotAPlaybookException.class, () -> store.open(dir));
		assertTrue(plain.getMessage().contains("playbook.xmi") && plain.getMessage().contains("is missing")
				&& plain.getMessage().contains("techniques/") && plain.getMessage().contains("backup"), plain.getMessage());
		assertFalse(plain.getMessage().contains("parley init " + dir), plain.getMessage());

		Files.createDirectories(dir.resolve(".git"));
		NotAPlaybookException versioned = assertThrows(NotAPlaybookException.class, () -> store.open(dir));
		assertTrue(versioned.getMessage().contains("git checkout -- playbook.xmi"), versioned.getMessage());

		assertTrue(assertThrows(NotAPlaybookException.class, () -> store.open(tmp.resolve("nowhere"))).getMessage()
				.contains("does not exist"));
	}

	@Test
	void failedSaveLeavesPreviousVersionIntact() throws Exception {
		Path dir = tmp.resolve("pb");
		OpenPlaybook open = Playbooks.synthetic(dir, 80, 42);
		Map<String, String> before = Fixtures.snapshot(dir);
		// Make the local state folder unusable: the journal cannot be created.
		Folders.deleteRecursively(dir.resolve(PlaybookLayout.LOCAL_DIR));
		Files.writeString(dir.resolve(PlaybookLayout.LOCAL_DIR), "not a folder");
		open.playbook().getTechniques().get(0).setTitle("Changed");
		StoreException e = assertThrows(StoreException.class, open::save);
		assertTrue(e.getMessage().contains("previous version on disk is intact"), e.getMessage());
		Map<String, String> after = Fixtures.snapshot(dir);
		after.remove(PlaybookLayout.LOCAL_DIR);
		assertEquals(before, after);
	}

	@Test
	void createRefusesAnExistingPlaybook() throws Exception {
		Path dir = tmp.resolve("pb");
		Playbooks.synthetic(dir, 10, 42);
		Playbook other = PlaybookFactory.eINSTANCE.createPlaybook();
		other.setTitle("Other");
		StoreException e = assertThrows(StoreException.class, () -> store.create(dir, other));
		assertTrue(e.getMessage().contains("already holds a playbook"));
	}

	static String emptyXmi() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n";
	}

	static Path firstShard(Path dir, String folder) throws Exception {
		try (var files = Files.list(dir.resolve(folder))) {
			return files.sorted().findFirst().orElseThrow();
		}
	}

	static Object find(Playbook playbook, String id) {
		for (var all : List.of(playbook.getTechniques(), playbook.getPhrases(), playbook.getScenarios(),
				playbook.getSources(), playbook.getTags(), playbook.getAudiences())) {
			for (var e : all) {
				if (((parley.model.playbook.Identified) e).getId().equals(id)) {
					return e;
				}
			}
		}
		return null;
	}
}
