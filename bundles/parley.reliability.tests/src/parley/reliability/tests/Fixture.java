package parley.reliability.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.testsupport.Playbooks;
import parley.vcs.Author;
import parley.vcs.PlaybookRepository;
import parley.vcs.Version;

/** Playbooks, versions and remotes for the matrix: copies of the starter playbook under a test folder. */
final class Fixture {

	static final Author AUTHOR = new Author("Fault Matrix", "faults@example.org");

	private Fixture() {
	}

	/** A copy of the starter playbook with a first version ("Starter"). */
	static Path playbook(Path dir) throws Exception {
		Playbooks.starterCopy(dir);
		try (PlaybookRepository repo = PlaybookRepository.open(dir)) {
			repo.commit("Starter", AUTHOR);
		}
		return dir;
	}

	/**
	 * Export options for a quick export: the pocket card of one scenario. It goes through the same writing as
	 * the manual (a part file moved over the target when complete) in a fraction of the time. The scenario is an
	 * approved one, since exports hold approved entries only.
	 */
	static List<String> oneCard(Path pb) throws Exception {
		return List.of("--layout", "cards", "--scenario", new XmiPlaybookStore().open(pb).playbook().getScenarios()
				.stream().filter(s -> parley.core.curation.CurationState.of(s).isApproved()).findFirst().orElseThrow()
				.getId());
	}

	/** Marks a generation in the playbook (see {@link FaultChild#mark}) and saves it, without a version. */
	static void save(Path pb, String entries, String text) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(pb);
		FaultChild.mark(open.playbook(), entries, text);
		open.save();
	}

	/** Marks and saves a generation, then makes it a version; returns the version id. */
	static String version(Path pb, String entries, String text) throws Exception {
		save(pb, entries, text);
		try (PlaybookRepository repo = PlaybookRepository.open(pb)) {
			Version v = repo.commit(text, AUTHOR);
			return v.id();
		}
	}

	/** A clone of a shared playbook, as {@code parley clone} makes it. */
	static Path cloneOf(Path bare, Path dir) throws Exception {
		PlaybookRepository.cloneFrom(bare.toString(), dir).close();
		return dir;
	}

	static String head(Path repository, String ref) throws IOException {
		try (var repo = Checks.open(repository)) {
			var id = repo.resolve(ref);
			return id == null ? null : id.getName();
		}
	}
}
