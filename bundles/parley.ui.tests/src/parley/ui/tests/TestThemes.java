package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Technique;
import parley.ui.EntryOpener;
import parley.ui.Preferences;
import parley.ui.Themes;
import parley.ui.handlers.PreferencesHandler;

/**
 * Issue 18, defect 2: both themes, on the shipped style sheets through the e4 theme engine (the window starts as
 * the product does, in the light theme), in a real workbench window with the navigator, an entry editor (text
 * fields, buttons, tables) and Problems. The selected tab's label is read back from the screen and must stand out
 * from its tab by WCAG AA's 4.5:1, whether its part is active or not; switching theme while the window is open must
 * leave no widget in the other theme's colours.
 */
class TestThemes extends WorkbenchFixture {

	private static final double AA = 4.5;

	@Override
	String theme() {
		return Preferences.LIGHT_THEME;
	}

	private IThemeEngine engine() {
		IThemeEngine engine = appContext.get(IThemeEngine.class);
		assertNotNull(engine, "the renderer started the theme engine; logged: " + logged);
		return engine;
	}

	@Test
	void theWindowStartsInTheProductsThemeFromTheShippedSheet() {
		assertEquals(Preferences.LIGHT_THEME, Themes.active(engine()));
		// parley.css's colours, not SWT's defaults
		assertEquals(new RGB(0xff, 0xff, 0xff), navigator.viewer().getTree().getBackground().getRGB());
		assertEquals(new RGB(0x22, 0x31, 0x3f), navigator.viewer().getTree().getForeground().getRGB());
	}

	@Test
	void theSelectedTabsLabelIsReadableInTheLightTheme() {
		selectedTabsAreReadable(Preferences.LIGHT_THEME);
	}

	@Test
	void theSelectedTabsLabelIsReadableInTheDarkTheme() {
		selectedTabsAreReadable(Preferences.DARK_THEME);
	}

	@Test
	void switchingFromDarkToLightLeavesNothingDark() {
		openEditor();
		Themes.apply(engine(), display, Preferences.DARK_THEME);
		drain();
		assertAllInTheme(false); // the dark theme took, everywhere
		Themes.apply(engine(), display, Preferences.LIGHT_THEME);
		drain();
		assertAllInTheme(true);
		selectedTabsAreReadable(Preferences.LIGHT_THEME);
	}

	@Test
	void switchingFromLightToDarkLeavesNothingLight() {
		openEditor();
		assertAllInTheme(true);
		Themes.apply(engine(), display, Preferences.DARK_THEME);
		drain();
		assertAllInTheme(false);
		selectedTabsAreReadable(Preferences.DARK_THEME);
	}

	@Test
	void choosingDarkInPreferencesSwitchesTheOpenWindowAtOnce() {
		openEditor();
		// File > Preferences, Theme: Dark, OK, as a user does; the dialog's own event loop runs the answer
		display.asyncExec(() -> answerPreferences("Dark", 50));
		run(new PreferencesHandler());
		assertEquals(Preferences.DARK_THEME, Themes.active(engine()));
		drain();
		assertAllInTheme(false);
		selectedTabsAreReadable(Preferences.DARK_THEME);
	}

	/** Picks the theme in the open Preferences dialog and presses OK; waits for the dialog a few turns. */
	private void answerPreferences(String theme, int turns) {
		Shell dialog = java.util.Arrays.stream(display.getShells())
				.filter(s -> !s.isDisposed() && "Preferences".equals(s.getText())).findFirst().orElse(null);
		if (dialog == null) {
			if (turns > 0) {
				display.asyncExec(() -> answerPreferences(theme, turns - 1));
			}
			return;
		}
		List<Control> all = new ArrayList<>();
		collect(dialog, all);
		Combo themes = all.stream().filter(Combo.class::isInstance).map(Combo.class::cast)
				.filter(c -> List.of(c.getItems()).contains(theme)).findFirst().orElse(null);
		Button ok = all.stream().filter(Button.class::isInstance).map(Button.class::cast)
				.filter(b -> "OK".equals(b.getText())).findFirst().orElse(null);
		if (themes == null || ok == null) {
			dialog.close(); // the test then fails on the theme, instead of waiting on a dialog nobody answers
			return;
		}
		themes.select(List.of(themes.getItems()).indexOf(theme));
		ok.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void theChoiceIsRememberedForTheNextStart() {
		Themes.apply(engine(), display, Preferences.DARK_THEME);
		assertEquals(Preferences.DARK_THEME, Preferences.get(Preferences.THEME, null));
		assertEquals(Preferences.DARK_THEME, org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode("org.eclipse.e4.ui.css.swt.theme").get("themeid", null), "the theme engine restores it");
		Themes.apply(engine(), display, Preferences.LIGHT_THEME);
		assertEquals(Preferences.LIGHT_THEME, Preferences.get(Preferences.THEME, null));
	}

	/**
	 * In the theme, with an editor open: the navigator's selected tab read from the screen while its part is active
	 * (the selection colours) and while the editor is (the strip's colours), and the tab colours every tab folder
	 * resolved, for selected and unselected tabs alike.
	 */
	private void selectedTabsAreReadable(String theme) {
		if (!theme.equals(Themes.active(engine()))) {
			Themes.apply(engine(), display, theme);
		}
		MPart editor = openEditor();
		EPartService parts = window.getContext().get(EPartService.class);
		MPart navigatorPart = navigatorPart();
		parts.activate(navigatorPart);
		assertLabelReadable(theme, "active part", tabOf(navigatorPart));
		parts.activate(editor);
		assertLabelReadable(theme, "inactive part", tabOf(navigatorPart));
		for (CTabFolder folder : folders(shell())) {
			String where = theme + ", tabs of " + java.util.Arrays.stream(folder.getItems()).map(CTabItem::getText).toList();
			assertContrast(where + ", selected tab of the active part", folder.getSelectionForeground(),
					folder.getSelectionBackground());
			assertContrast(where + ", selected tab of an inactive part", folder.getSelectionForeground(),
					folder.getBackground());
			assertContrast(where + ", other tabs and the minimise/maximise buttons", folder.getForeground(),
					folder.getBackground());
			// the active part is framed in the selection colour: in the dark theme it must not be a light frame
			assertEquals(Themes.isDark(theme), luminance(folder.getSelectionBackground().getRGB()) < 0.2,
					where + ": selection colour " + folder.getSelectionBackground().getRGB());
		}
	}

	private MPart navigatorPart() {
		MPartStack left = (MPartStack) ((org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer) window
				.getChildren().get(0)).getChildren().get(0);
		return (MPart) left.getSelectedElement();
	}

	private MPart openEditor() {
		Technique listening = playbook().getTechniques().stream().filter(t -> "Active listening".equals(t.getTitle()))
				.findFirst().orElseThrow();
		appContext.get(EntryOpener.class).open(listening, null);
		drain();
		return editorParts().stream().filter(p -> editor(p).entity() == listening).findFirst().orElseThrow();
	}

	private CTabItem tabOf(MPart part) {
		for (CTabFolder folder : folders(shell())) {
			for (CTabItem item : folder.getItems()) {
				if (item.getData(org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer.OWNING_ME) == part) {
					return item;
				}
			}
		}
		throw new AssertionError("no tab shows " + part.getLabel());
	}

	/**
	 * Reads the tab's pixels back from the window: the most common colour is the tab's, the label's strokes those
	 * that differ most from it. The label must reach 4.5:1 against the tab, over enough pixels to be text.
	 */
	private void assertLabelReadable(String theme, String state, CTabItem item) {
		CTabFolder folder = item.getParent();
		shell().forceActive();
		folder.redraw();
		folder.update();
		drain();
		Rectangle tab = item.getBounds();
		// inside the tab, clear of its outline and of the highlight bar over the selected tab
		Rectangle inner = new Rectangle(tab.x + 4, tab.y + 5, tab.width - 8, tab.height - 7);
		ImageData pixels = capture(folder, inner);
		Map<RGB, Integer> counts = new HashMap<>();
		for (int y = 0; y < pixels.height; y++) {
			for (int x = 0; x < pixels.width; x++) {
				counts.merge(pixels.palette.getRGB(pixels.getPixel(x, y)), 1, Integer::sum);
			}
		}
		RGB background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		RGB strongest = background;
		int strokes = 0;
		for (RGB rgb : counts.keySet()) {
			if (contrast(rgb, background) > contrast(strongest, background)) {
				strongest = rgb;
			}
			if (contrast(rgb, background) >= 3) {
				strokes += counts.get(rgb);
			}
		}
		String seen = theme + ", " + state + ": \"" + item.getText() + "\" in " + strongest + " on " + background;
		assertTrue(contrast(strongest, background) >= AA,
				seen + " has a contrast of " + String.format("%.2f", contrast(strongest, background)) + ":1");
		assertTrue(strokes >= 20, seen + ": only " + strokes + " pixels of the label stand out, too few for text");
	}

	/** The pixels of an area of a control as they are on the screen. */
	private ImageData capture(Control control, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Every control of the window in the theme: the backgrounds of the surfaces, fields, lists, tables and buttons
	 * light (or dark), and their text readable on them.
	 */
	private void assertAllInTheme(boolean light) {
		List<String> wrong = new ArrayList<>();
		List<Control> all = new ArrayList<>();
		collect(shell(), all);
		int checked = 0;
		for (Control control : all) {
			if (!(control instanceof Text || control instanceof StyledText || control instanceof Table
					|| control instanceof Tree || control instanceof Button || control instanceof Combo
					|| control instanceof Label || control instanceof Group || control instanceof Composite)) {
				continue;
			}
			checked++;
			RGB background = control.getBackground().getRGB();
			double l = luminance(background);
			if (light ? l < 0.6 : l > 0.1) {
				wrong.add(describe(control) + " has a " + (light ? "dark" : "light") + " background " + background);
			}
			if (!(control instanceof Composite) || control instanceof Table || control instanceof Tree) {
				RGB foreground = control.getForeground().getRGB();
				if (contrast(foreground, background) < AA) {
					wrong.add(describe(control) + " has text in " + foreground + " on " + background);
				}
			}
		}
		assertTrue(checked > 50, "the window has an editor, the navigator and Problems: " + checked + " controls");
		assertTrue(wrong.isEmpty(), (light ? "light" : "dark") + " theme: " + wrong.size() + " controls are not: "
				+ String.join("; ", wrong.subList(0, Math.min(12, wrong.size()))));
	}

	private static String describe(Control control) {
		String text = control instanceof Label label ? label.getText()
				: control instanceof Button button ? button.getText()
						: control instanceof Text text1 ? text1.getMessage() : "";
		return control.getClass().getSimpleName() + (text == null || text.isEmpty() ? "" : " \"" + text + "\"");
	}

	private static void collect(Control control, List<Control> into) {
		if (!control.isVisible()) {
			return; // a hidden banner or page waits for its turn
		}
		into.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static List<CTabFolder> folders(Control control) {
		List<Control> all = new ArrayList<>();
		collect(control, all);
		return all.stream().filter(CTabFolder.class::isInstance).map(CTabFolder.class::cast).toList();
	}

	private static void assertContrast(String where, Color foreground, Color background) {
		double ratio = contrast(foreground.getRGB(), background.getRGB());
		assertTrue(ratio >= AA, where + ": " + foreground.getRGB() + " on " + background.getRGB() + " is "
				+ String.format("%.2f", ratio) + ":1, below " + AA + ":1");
	}

	/** WCAG 2 contrast ratio. */
	static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG 2 relative luminance. */
	static double luminance(RGB rgb) {
		return 0.2126 * channel(rgb.red) + 0.7152 * channel(rgb.green) + 0.0722 * channel(rgb.blue);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
