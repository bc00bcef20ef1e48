package parley.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.window.Window;

import parley.ui.Prompts;

/** Scripted answers for the curation steps' questions; records every question and error. */
final class CurationPrompts implements Prompts {
	final Deque<String[]> answers = new ArrayDeque<>();
	final Deque<Integer> choices = new ArrayDeque<>();
	final List<String> asked = new ArrayList<>();
	final List<String> errors = new ArrayList<>();

	@Override
	public String[] ask(String title, String message, String[] labels, String[] initial) {
		asked.add(title + ": " + message);
		return answers.poll();
	}

	@Override
	public int choose(String title, String message, String... buttons) {
		asked.add(title + ": " + message);
		Integer choice = choices.poll();
		return choice == null ? -1 : choice;
	}

	@Override
	public void inform(String title, String message) {
		asked.add(title + ": " + message);
	}

	@Override
	public void error(String title, String message) {
		errors.add(title + ": " + message);
	}

	@Override
	public int open(Window window) {
		return Window.CANCEL;
	}
}
