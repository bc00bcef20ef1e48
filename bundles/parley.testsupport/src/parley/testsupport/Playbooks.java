package parley.testsupport;

import java.nio.file.Path;

import parley.core.sample.SyntheticPlaybook;
import parley.core.service.StarterPlaybook;
import parley.core.store.OpenPlaybook;
import parley.core.store.StoreException;
import parley.core.store.XmiPlaybookStore;

/** Playbooks to test on: copies of the shipped starter playbook and generated (synthetic) playbooks. */
public final class Playbooks {
	private Playbooks() {
	}

	/** Copies the starter playbook into {@code folder} (created if missing, must hold no playbook); returns it. */
	public static Path starterCopy(Path folder) throws StoreException {
		StarterPlaybook.copyTo(folder);
		return folder;
	}

	/** Copies the starter playbook into {@code folder} and opens it. */
	public static OpenPlaybook starter(Path folder) throws StoreException {
		return new XmiPlaybookStore().open(starterCopy(folder));
	}

	/** Writes a generated playbook of about {@code entities} entities (the same for the same seed) and opens it. */
	public static OpenPlaybook synthetic(Path folder, int entities, long seed) throws StoreException {
		return new XmiPlaybookStore().create(folder, SyntheticPlaybook.generate(entities, seed));
	}
}
