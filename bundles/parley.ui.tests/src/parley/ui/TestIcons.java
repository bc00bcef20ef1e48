package parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.Status;

/**
 * Issue 18, defect 2: the type icons' letters (S, T, P, A, R, #) are whole on any background. The white of a letter
 * once counted as the transparent colour, so a dark theme showed through its strokes.
 */
class TestIcons {

	private final Icons icons = new Icons(Display.getDefault());

	@AfterEach
	void dispose() {
		icons.dispose();
	}

	@Test
	void theTileAndItsLetterAreOpaqueAndOnlyTheCornersShowTheBackground() {
		PlaybookFactory f = PlaybookFactory.eINSTANCE;
		Phrase avoid = f.createPhrase();
		avoid.setKind(PhraseKind.AVOID);
		var approved = f.createTechnique();
		approved.setStatus(Status.APPROVED);
		List<EObject> elements = List.of(f.createScenario(), approved, f.createPhrase(), avoid, f.createSource(),
				f.createTag());
		for (EObject element : elements) {
			for (Image image : List.of(icons.of(element), icons.of(element.eClass()))) {
				String name = element.eClass().getName() + (image == icons.of(element) ? " (with state)" : "");
				ImageData data = image.getImageData();
				assertEquals(0, data.getAlpha(0, 0), name + ": the corner is transparent");
				List<String> holes = new ArrayList<>();
				int letter = 0;
				// the tile's inside, short of the corner where the state dot sits
				for (int y = 3; y <= 12; y++) {
					for (int x = 3; x <= 12; x++) {
						if (x >= 8 && y >= 8) {
							continue;
						}
						if (data.getAlpha(x, y) < 255) {
							holes.add(x + "," + y + "=" + data.getAlpha(x, y));
						}
						RGB rgb = data.palette.getRGB(data.getPixel(x, y));
						if (rgb.red > 200 && rgb.green > 200 && rgb.blue > 200) {
							letter++;
						}
					}
				}
				assertTrue(holes.isEmpty(), name + ": the background shows through the tile at " + holes);
				assertTrue(letter >= 6, name + ": the letter is drawn in white (" + letter + " white pixels)");
			}
		}
	}
}
