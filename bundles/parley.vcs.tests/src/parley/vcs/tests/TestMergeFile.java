package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.store.LocalState;
import parley.testsupport.Playbooks;
import parley.vcs.Conflict;
import parley.vcs.MergeInProgressException;
import parley.vcs.PlaybookRepository;
import parley.vcs.VcsException;

/**
 * The merge-in-progress file ({@code merge.json} in the local state) as the fuzzer found it damaged (issue 11;
 * bundles/parley.vcs/src/test/java/parley/vcs/MergeFileFuzzTest.java keeps each input as a seed): a damaged
 * file is a clear error that names it and the way out, never a conflict without an element or a field.
 */
class TestMergeFile {

	private static final String REAL = """
			[
			  {
			    "id": "0a419e27-af32-3bc3-98d8-a720207c3d5d",
			    "title": "Technique \\u0027Seek support and ideas from colleagues\\u0027",
			    "field": "summary",
			    "base": "Talk difficult contacts through with teammates.",
			    "mine": "Ben\\u0027s version.",
			    "theirs": "Ana\\u0027s version."
			  }
			]
			""";

	@TempDir
	Path tmp;

	private Path folder;
	private PlaybookRepository repo;

	@BeforeEach
	void open() throws Exception {
		folder = tmp.resolve("pb");
		Playbooks.starterCopy(folder);
		repo = PlaybookRepository.open(folder);
		Files.createDirectories(LocalState.dir(folder));
	}

	@AfterEach
	void close() {
		repo.close();
	}

	private Path merge() {
		return LocalState.file(folder, LocalState.MERGE);
	}

	private VcsException refused(byte[] content) throws Exception {
		Files.write(merge(), content);
		MergeInProgressException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(MergeInProgressException.class, repo::conflicts));
		assertTrue(e.getMessage().contains(merge().toString()), e.getMessage());
		// The way out: give the merge up (each front end names its own command for it: 'parley sync --abort').
		assertFalse(e.readable(), "the merge can only be given up");
		assertTrue(e.getMessage().contains("give the merge up"), e.getMessage());
		assertFalse(e.getMessage().contains("See https"), "no pointer into Gson's documentation: " + e.getMessage());
		assertEquals(new String(content, StandardCharsets.ISO_8859_1),
				new String(Files.readAllBytes(merge()), StandardCharsets.ISO_8859_1), "the file is kept as it was");
		return e;
	}

	@Test
	void aMergeFileParleyWroteIsRead() throws Exception {
		Files.writeString(merge(), REAL);
		List<Conflict> conflicts = repo.conflicts();
		assertEquals(1, conflicts.size());
		assertEquals("summary", conflicts.get(0).field());
		assertEquals("Ana's version.", conflicts.get(0).theirs());
	}

	/** Found by the fuzzer: the message was "Input length = 1". */
	@Test
	void notUtf8IsAClearError() throws Exception {
		byte[] bytes = REAL.getBytes(StandardCharsets.UTF_8);
		bytes[bytes.length / 2] = (byte) 0xC3; // the start of a two-byte sequence, without its second byte
		bytes[bytes.length / 2 + 1] = '"';
		VcsException e = refused(bytes);
		assertTrue(e.getMessage().contains("it is not UTF-8 text"), e.getMessage());
	}

	/** A list holding null was a NullPointerException reported as "null". */
	@Test
	void anEmptyEntryIsRefused() throws Exception {
		VcsException e = refused("[null]".getBytes(StandardCharsets.UTF_8));
		assertTrue(e.getMessage().contains("conflict 1 is empty"), e.getMessage());
	}

	/** An entry without id or field was accepted, and 'parley resolve' then failed with a NullPointerException. */
	@Test
	void aConflictThatNamesNoElementOrFieldIsRefused() throws Exception {
		VcsException e = refused(REAL.replace("\"field\": \"summary\",", "").getBytes(StandardCharsets.UTF_8));
		assertTrue(e.getMessage().contains("conflict 1 does not name an element and a field"), e.getMessage());
		refused("[{}]".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void brokenJsonNamesLineAndColumn() throws Exception {
		VcsException e = refused(REAL.substring(0, REAL.indexOf("\"mine\"")).getBytes(StandardCharsets.UTF_8));
		assertTrue(e.getMessage().contains("it is not a list of conflicts in JSON"), e.getMessage());
		assertTrue(e.getMessage().matches("(?s).*line \\d+ column \\d+.*"), e.getMessage());
		VcsException object = refused("{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8));
		assertTrue(object.getMessage().contains("Expected BEGIN_ARRAY but was BEGIN_OBJECT at line 1 column 2"),
				object.getMessage());
	}

	@Test
	void deepNestingIsAClearErrorNotAStackOverflow() throws Exception {
		refused("[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
		refused(("[{\"id\": \"x\", \"field\": \"y\", \"extra\": " + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
	}
}
