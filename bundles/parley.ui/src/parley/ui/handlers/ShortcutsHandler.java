package parley.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import parley.ui.Prompts;

/**
 * Help > Keyboard shortcuts (Ctrl+Shift+L): every key binding of the application model, by what it does, and
 * the keys of forms and lists that no command stands for. Read from the model, so the sheet is never out of date.
 */
public final class ShortcutsHandler {

	/** Keys the widgets handle themselves. */
	private static final String[][] WIDGET_KEYS = { { "Next field / field before", "Tab / Shift+Tab" },
			{ "Type a tab in a multi-line field", "Ctrl+Tab" }, { "Open the selected entry", "Enter" },
			{ "Check the practice reply", "Ctrl+Enter" } };

	@Execute
	void execute(MApplication application, @Optional Prompts given,
			@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Handlers.prompts(given, shell).inform("Keyboard shortcuts", sheet(application));
	}

	/** One line per command ("Save version…   Ctrl+Alt+S"), sorted by what it does. */
	public static String sheet(MApplication application) {
		Map<String, List<String>> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (MBindingTable table : application.getBindingTables()) {
			for (MKeyBinding binding : table.getBindings()) {
				if (binding.getCommand() == null) {
					continue;
				}
				String name = binding.getCommand().getCommandName();
				if (!binding.getParameters().isEmpty()) {
					name += " (" + binding.getParameters().get(0).getValue() + ")";
				}
				List<String> forName = keys.computeIfAbsent(name, k -> new ArrayList<>());
				String formatted = format(binding.getKeySequence());
				if (!forName.contains(formatted)) {
					forName.add(formatted);
				}
			}
		}
		for (String[] widget : WIDGET_KEYS) {
			keys.computeIfAbsent(widget[0], k -> new ArrayList<>()).add(widget[1]);
		}
		StringBuilder sheet = new StringBuilder();
		keys.forEach((name, sequences) -> sheet.append(name).append("   ").append(String.join(" or ", sequences))
				.append('\n'));
		return sheet.toString().stripTrailing();
	}

	/** The keys bound to the command with this element id ("Ctrl+S"; several joined by " or "); null: none. */
	public static String keysOf(MApplication application, String commandId) {
		List<String> found = new ArrayList<>();
		for (MBindingTable table : application.getBindingTables()) {
			for (MKeyBinding binding : table.getBindings()) {
				if (binding.getCommand() != null && commandId.equals(binding.getCommand().getElementId())) {
					String formatted = format(binding.getKeySequence());
					if (!found.contains(formatted)) {
						found.add(formatted);
					}
				}
			}
		}
		return found.isEmpty() ? null : String.join(" or ", found);
	}

	/** "M1+M3+S" as this platform writes it ("Ctrl+Alt+S"). */
	static String format(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			return sequence;
		}
	}
}
