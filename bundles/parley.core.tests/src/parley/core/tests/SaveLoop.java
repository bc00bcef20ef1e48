package parley.core.tests;

import java.nio.file.Path;

import parley.core.store.OpenPlaybook;
import parley.core.store.XmiPlaybookStore;
import parley.model.playbook.Phrase;
import parley.model.playbook.Technique;

/**
 * Child process for {@link TestAtomicSaveUnderKill}: opens a playbook and saves it over and over, each
 * generation renaming every technique and phrase (so every shard file changes), and prints
 * {@code saved N} after each save. The parent kills it at an arbitrary moment.
 */
public final class SaveLoop {

	public static void main(String[] args) throws Exception {
		OpenPlaybook open = new XmiPlaybookStore().open(Path.of(args[0]));
		for (int generation = 1; ; generation++) {
			for (Technique t : open.playbook().getTechniques()) {
				t.setSummary("generation " + generation);
			}
			for (Phrase p : open.playbook().getPhrases()) {
				p.setUsage("generation " + generation);
			}
			open.save();
			System.out.println("saved " + generation);
			System.out.flush();
		}
	}
}
