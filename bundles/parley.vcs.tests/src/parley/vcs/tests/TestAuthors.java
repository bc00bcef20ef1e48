package parley.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.testsupport.Playbooks;
import parley.vcs.Author;
import parley.vcs.InvalidInputException;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;
import parley.vcs.workflow.Authors;
import parley.vcs.workflow.SaveVersion;

/** Who the author is, decided once for the command line and the workbench ({@link Authors}). */
class TestAuthors {

	@TempDir
	Path tmp;

	PlaybookRepository repo;
	final Author preferred = new Author("Pia Preferred", "pia@example.org");

	@BeforeEach
	void open() throws Exception {
		Path pb = tmp.resolve("pb");
		Playbooks.starterCopy(pb);
		repo = PlaybookRepository.open(pb);
	}

	@AfterEach
	void close() {
		repo.close();
	}

	@Test
	void anAuthorIsWrittenNameThenAddress() {
		assertEquals(Optional.of(new Author("Ana Trainer", "ana@example.org")), Author.parse("  Ana Trainer <ana@example.org> "));
		assertEquals("Ana Trainer <ana@example.org>", new Author("Ana Trainer", "ana@example.org").format());
		assertEquals(Optional.empty(), Author.parse("just a name"));
		assertEquals(Optional.empty(), Author.parse("Ana <>"), "an address in the brackets");
		assertEquals(Optional.empty(), Author.parse("<ana@example.org>"), "a name before them");
		assertEquals(Optional.empty(), Author.parse(null));
	}

	@Test
	void theOptionComesFirstThenTheVariableThenThePreferenceThenGit() throws Exception {
		assertEquals(new Author("Otto Option", "otto@example.org"),
				Authors.resolve("Otto Option <otto@example.org>", "Vera Variable <vera@example.org>", preferred, repo));
		assertEquals(new Author("Vera Variable", "vera@example.org"),
				Authors.resolve(null, "Vera Variable <vera@example.org>", preferred, repo));
		assertEquals(new Author("Vera Variable", "vera@example.org"),
				Authors.resolve("  ", "Vera Variable <vera@example.org>", preferred, repo), "a blank option is no option");
		assertEquals(preferred, Authors.resolve(null, "", preferred, repo));
		assertEquals(repo.defaultAuthor(), Authors.resolve(null, null, null, repo), "git's configuration, else the login name");
		assertEquals(null, Authors.preferred(" ", "x@example.org"), "no name set: no preferred author");
		assertEquals(preferred, Authors.preferred("Pia Preferred", "pia@example.org"));
	}

	@Test
	void aBadAuthorIsRefusedWhereverItComesFrom() {
		InvalidInputException option = assertThrows(InvalidInputException.class,
				() -> Authors.resolve("just a name", null, preferred, repo));
		assertEquals(InvalidInputException.Input.AUTHOR, option.input());
		assertTrue(option.getMessage().contains("Name <email>") && option.getMessage().contains("just a name"),
				option.getMessage());
		InvalidInputException variable = assertThrows(InvalidInputException.class,
				() -> Authors.resolve(null, "Vera <no address", preferred, repo));
		assertEquals(InvalidInputException.Input.AUTHOR, variable.input(), "not silently replaced by the preference");
		assertFalse(variable.getMessage().contains("--author") || variable.getMessage().contains("parley "),
				"no command line words: " + variable.getMessage());
	}

	@Test
	void savingAVersionUsesTheResolvedAuthorAndRefusesABlankMessage() throws Exception {
		Version saved = SaveVersion.save(repo, "Starter", "Otto Option <otto@example.org>", preferred);
		assertEquals("Otto Option", saved.author());
		assertEquals("otto@example.org", saved.email());
		assertTrue(SaveVersion.summary(saved).startsWith("Saved version " + saved.shortId() + ": Starter ("),
				SaveVersion.summary(saved));
		assertEquals(null, SaveVersion.save(repo, "Again", null, preferred), "nothing changed");
		assertEquals("Nothing changed since the last version; nothing to save.", SaveVersion.summary(null));
		InvalidInputException blank = assertThrows(InvalidInputException.class,
				() -> SaveVersion.save(repo, "  ", null, preferred));
		assertEquals(InvalidInputException.Input.MESSAGE, blank.input());
		assertFalse(blank.getMessage().contains("-m"), blank.getMessage());
	}
}
