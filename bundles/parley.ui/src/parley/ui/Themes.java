package parley.ui;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Parley's two themes, {@value Preferences#LIGHT_THEME} ({@code css/parley.css}) and
 * {@value Preferences#DARK_THEME} ({@code css/parley-dark.css}), and switching between them while Parley runs.
 * <p>
 * The e4 theme engine restyles the open widgets when the theme changes, but first resets each to the default
 * colours of the GTK theme in force at that moment; whatever the new sheet does not set keeps that default. So
 * the two sheets set the same properties on the same selectors, and {@link #apply} tells GTK whether dark is
 * preferred before the engine resets, so that what no sheet can set (scroll bars, check marks, the combo's list)
 * resets to the new theme's defaults, not the old one's.
 */
public final class Themes {

	private Themes() {
	}

	/** Whether the theme is the dark one (an unknown id counts as light, the product's default). */
	public static boolean isDark(String themeId) {
		return Preferences.DARK_THEME.equals(themeId);
	}

	/** The id of the theme the engine shows now, or the light theme's when it shows none. */
	public static String active(IThemeEngine engine) {
		return engine != null && engine.getActiveTheme() != null ? engine.getActiveTheme().getId()
				: Preferences.LIGHT_THEME;
	}

	/**
	 * Switches every open window to the theme at once, and remembers it for the next start (the engine keeps the
	 * choice; {@link Preferences#THEME} names it too). Runs on the display's thread.
	 */
	public static void apply(IThemeEngine engine, Display display, String themeId) {
		Preferences.put(Preferences.THEME, themeId);
		display.setDarkThemePreferred(isDark(themeId));
		engine.setTheme(themeId, true);
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed()) {
				engine.applyStyles(shell, true);
				redraw(shell);
			}
		}
	}

	/** Repaints a window and everything in it: tab folders and owner-drawn rows cache nothing, but must paint again. */
	private static void redraw(Control control) {
		control.redraw();
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				redraw(child);
			}
		}
	}
}
