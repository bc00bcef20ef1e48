package parley.ui.parts.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;

import parley.model.playbook.PlaybookPackage;

/**
 * Which fields an entry editor shows ({@link #fieldsOf}) and the binding for each, picked by its type:
 * links ({@link ReferenceBinding}), enums ({@link ComboBinding}, or {@link EnumSetBinding} when
 * many-valued), booleans ({@link CheckBinding}), integers ({@link SpinnerBinding}), and text for everything
 * else ({@link TextBinding}: strings, multi-line for the names in {@link #MULTI_LINE}, lists of strings,
 * dates, read-only instants). A new kind of value gets its binding class in this package and a case in
 * {@link #create}.
 */
public final class Bindings {

	/** Text fields shown with several lines. */
	public static final Set<String> MULTI_LINE = Set.of("summary", "rationale", "text", "usage", "situation",
			"outcome", "description", "instruction");

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	/**
	 * Curation data, after an entry's own fields. The status is not among them: it changes only through the
	 * curation steps (the editor's curation block shows it).
	 */
	private static final List<EStructuralFeature> COMMON_TAIL = List.of(P.getEntry_Owner(),
			P.getEntry_LastReviewed(), P.getEntry_ReviewIntervalDays(), P.getEntry_Channels(), P.getEntry_Audiences(),
			P.getEntry_Tags(), P.getEntry_Sources(), P.getEntry_Created(), P.getEntry_Modified());

	private Bindings() {
	}

	/**
	 * The fields an editor shows for a type, in order: the title first (entries), the type's own fields in
	 * model order, then the curation data every entry has. A new model feature shows up by itself.
	 */
	public static List<EStructuralFeature> fieldsOf(EClass type) {
		List<EStructuralFeature> fields = new ArrayList<>();
		boolean entry = P.getEntry().isSuperTypeOf(type);
		if (entry) {
			fields.add(P.getEntry_Title());
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			EClass owner = feature.getEContainingClass();
			if (owner != P.getIdentified() && owner != P.getEntry() && !feature.isTransient()) {
				fields.add(feature);
			}
		}
		if (entry) {
			fields.addAll(COMMON_TAIL);
		}
		return fields;
	}

	/** The widget that fits {@code feature}'s type, bound to it, showing the model's value. */
	public static Binding create(FormContext form, Composite parent, EObject owner, EStructuralFeature feature) {
		Binding binding;
		if (feature instanceof EReference reference) {
			binding = new ReferenceBinding(form, parent, owner, reference);
		} else {
			EAttribute attribute = (EAttribute) feature;
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (attribute.getEAttributeType() instanceof EEnum eEnum) {
				binding = attribute.isMany() ? new EnumSetBinding(form, parent, owner, attribute, eEnum)
						: new ComboBinding(form, parent, owner, attribute, eEnum);
			} else if (type == boolean.class || type == Boolean.class) {
				binding = new CheckBinding(form, parent, owner, attribute);
			} else if (type == int.class || type == Integer.class) {
				binding = new SpinnerBinding(form, parent, owner, attribute);
			} else {
				binding = new TextBinding(form, parent, owner, attribute);
			}
		}
		binding.refresh();
		return binding;
	}

	/** A field's label: its name in words ("Last reviewed"), or a fixed text where that would not do. */
	public static String labelOf(EStructuralFeature feature) {
		if (feature == P.getEntry_ReviewIntervalDays()) {
			return "Review every (days)";
		}
		String name = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
