package parley.core.edit;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;
import parley.model.time.IsoDates;

/**
 * The fields of an entity that can be set by name, and their values written as text: what a command line, an
 * importer or any other front end that reads words needs before it runs an edit through {@link EditingSession}.
 * <ul>
 * <li><b>Names.</b> A field is named by its model name ({@code reviewIntervalDays}) or its kebab-case alias
 * ({@code review-interval-days}), ignoring case ({@link #named}). Settable are the attributes of the type
 * ({@link #settable}) and a scenario's {@code steps} (each written as its instruction); not the id, the status
 * (it changes only through the curation steps), nor the stamps Parley keeps ({@code created}, {@code modified},
 * {@code editedBy}). Links to other elements are not fields: they are made with {@link EditingSession#link}.</li>
 * <li><b>Values.</b> Text as it is (empty clears an optional field; a required one cannot be empty), whole
 * numbers from 0, {@code true}/{@code false} (also on/off, yes/no), an enum by its literal
 * ({@code in-person}) or name, dates ISO ({@code 2026-11-25}) ({@link #parse}). A bad value is refused with a
 * message naming the field and what a valid value is.</li>
 * <li><b>Lists.</b> A many-valued field is replaced as a whole ({@link #set}), appended to ({@link #append}),
 * or one item (counted from 1) is replaced ({@link #setAt}) or removed ({@link #removeAt}). Each is one command
 * on the session, except for a scenario's steps: they are scenario steps with ids and links, so replacing them
 * sets the instructions of the steps there are in order (keeping their ids and links), adds steps for more
 * values and deletes the steps beyond them.</li>
 * </ul>
 */
public final class FieldValues {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	/** Attributes kept by Parley or by the curation steps, never set by name. */
	private static final Set<EStructuralFeature> KEPT = Set.of(P.getIdentified_Id(), P.getEntry_Created(),
			P.getEntry_Modified(), P.getEntry_EditedBy());

	/** Why a field name is refused. */
	public enum Refusal {
		/** the type has no such field */
		UNKNOWN,
		/** it is a link to other elements: link or unlink them */
		LINK,
		/** the status: it changes only through the curation steps */
		CURATION,
		/** an id or a stamp Parley keeps */
		KEPT
	}

	/** A field name or a value that cannot be used; the message says what a valid one is. */
	public static final class FieldException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final Refusal refusal;

		FieldException(Refusal refusal, String message) {
			super(message);
			this.refusal = refusal;
		}

		FieldException(String message) {
			this(null, message);
		}

		/** Why a field name was refused; null when the name is fine and a value is not. */
		public Refusal refusal() {
			return refusal;
		}
	}

	private FieldValues() {
	}

	/**
	 * The fields of {@code type} that can be set by name: the title first (entries), the type's own fields in
	 * model order, then the curation data every entry has (owner, reviewer, review date and interval, channels).
	 */
	public static List<EStructuralFeature> settable(EClass type) {
		List<EStructuralFeature> fields = new ArrayList<>();
		if (P.getEntry().isSuperTypeOf(type)) {
			fields.add(P.getEntry_Title());
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature.getEContainingClass() != P.getEntry() && settableFeature(feature)) {
				fields.add(feature);
			}
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature.getEContainingClass() == P.getEntry() && feature != P.getEntry_Title()
					&& settableFeature(feature)) {
				fields.add(feature);
			}
		}
		return fields;
	}

	private static boolean settableFeature(EStructuralFeature feature) {
		if (feature == P.getScenario_Steps()) {
			return true;
		}
		return feature instanceof EAttribute && feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
				&& !KEPT.contains(feature) && feature != P.getEntry_Status();
	}

	/** The kebab-case alias of a field: {@code reviewIntervalDays} is {@code review-interval-days}. */
	public static String alias(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The settable field of {@code type} named {@code name} (model name or kebab-case alias, case ignored).
	 *
	 * @throws FieldException naming the type's settable fields when there is none by that name, or saying why a
	 *                        field by that name cannot be set ({@link FieldException#refusal()})
	 */
	public static EStructuralFeature named(EClass type, String name) {
		String wanted = name == null ? "" : name.strip().replace('_', '-').toLowerCase(Locale.ROOT);
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (!wanted.equals(feature.getName().toLowerCase(Locale.ROOT)) && !wanted.equals(alias(feature))) {
				continue;
			}
			if (settableFeature(feature)) {
				return feature;
			}
			String what = alias(feature);
			if (feature == P.getEntry_Status()) {
				throw new FieldException(Refusal.CURATION,
						"the status changes only through the curation steps (submit, approve, return, retire, reopen)");
			}
			if (KEPT.contains(feature) || !feature.isChangeable()) {
				throw new FieldException(Refusal.KEPT, what + " is kept by Parley and cannot be set");
			}
			if (feature instanceof EReference) {
				throw new FieldException(Refusal.LINK, what + " of " + article(type) + " holds links to other"
						+ " elements, not a value: link or unlink them");
			}
			break;
		}
		StringJoiner names = new StringJoiner(", ");
		settable(type).forEach(f -> names.add(alias(f)));
		throw new FieldException(Refusal.UNKNOWN,
				article(type) + " has no field '" + name + "'; its fields are " + names);
	}

	/** "a technique", "an audience". */
	static String article(EClass type) {
		String name = type.getName().toLowerCase(Locale.ROOT);
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

	/** What a valid value of {@code feature} is, for messages and help ("a date such as 2026-11-25"). */
	public static String describe(EStructuralFeature feature) {
		if (feature == P.getScenario_Steps()) {
			return "the instruction of a step";
		}
		Object type = feature.getEType();
		Class<?> c = feature.getEType().getInstanceClass();
		if (type instanceof EEnum eEnum) {
			StringJoiner literals = new StringJoiner(", ");
			eEnum.getELiterals().forEach(l -> literals.add(l.getLiteral()));
			return "one of " + literals;
		}
		if (c == int.class || c == Integer.class) {
			return "a whole number from 0";
		}
		if (c == boolean.class || c == Boolean.class) {
			return "true or false";
		}
		if (c == java.time.LocalDate.class) {
			return "a date such as 2026-11-25";
		}
		if (c == java.time.Instant.class) {
			return "a time such as 2026-11-25T09:00:00Z";
		}
		return feature.getLowerBound() > 0 ? "text that is not empty" : "text (empty clears it)";
	}

	/**
	 * One value of {@code feature} read from text (for a list field: one item).
	 *
	 * @return the value, or null for an empty text of an optional single-valued field (clears it)
	 * @throws FieldException naming the field and saying what a valid value is
	 */
	public static Object parse(EStructuralFeature feature, String text) {
		String t = text == null ? "" : text;
		String name = alias(feature);
		if (feature == P.getScenario_Steps() || feature.getEType().getInstanceClass() == String.class) {
			if (t.isBlank() && (feature.getLowerBound() > 0 || feature.isMany())) {
				throw new FieldException(name + (feature.isMany() ? " cannot hold an empty item" : " cannot be empty"));
			}
			return t.isEmpty() && !feature.isMany() ? null : t;
		}
		String s = t.strip();
		if (s.isEmpty() && !feature.isMany() && feature.getLowerBound() == 0 && !feature.getEType().getInstanceClass().isPrimitive()) {
			return null;
		}
		Class<?> c = feature.getEType().getInstanceClass();
		if (feature.getEType() instanceof EEnum eEnum) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				if (literal.getLiteral().equalsIgnoreCase(s) || literal.getName().equalsIgnoreCase(s.replace('-', '_'))) {
					return literal.getInstance();
				}
			}
		} else if (c == int.class || c == Integer.class) {
			try {
				int n = Integer.parseInt(s);
				if (n >= 0) {
					return n;
				}
			} catch (NumberFormatException e) {
				// refused below
			}
		} else if (c == boolean.class || c == Boolean.class) {
			switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes":
				return true;
			case "false", "off", "no":
				return false;
			default:
				break;
			}
		} else if (c == java.time.LocalDate.class) {
			try {
				return IsoDates.parseDate(s);
			} catch (DateTimeException e) {
				// refused below
			}
		} else if (c == java.time.Instant.class) {
			try {
				return IsoDates.parseInstant(s);
			} catch (DateTimeException e) {
				// refused below
			}
		}
		throw new FieldException(name + " is " + describe(feature) + ", not '" + t + "'");
	}

	/** A value as it is written back ({@link #parse} reads it): an enum by its literal, a date ISO, null empty. */
	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator e) {
			return e.getLiteral();
		}
		if (value instanceof Step step) {
			return step.getInstruction() == null ? "" : step.getInstruction();
		}
		return value.toString();
	}

	/** The items of a list field (or the one value of a single field, if set) as text. */
	public static List<String> formatAll(EObject owner, EStructuralFeature feature) {
		List<String> items = new ArrayList<>();
		Object value = owner.eGet(feature);
		if (feature.isMany()) {
			((List<?>) value).forEach(v -> items.add(format(v)));
		} else if (value != null) {
			items.add(format(value));
		}
		return items;
	}

	// ---------------------------------------------------------------- edits

	/**
	 * Sets {@code feature} of {@code owner} to the values written in {@code texts}: exactly one for a
	 * single-valued field; for a list, the whole list (an empty {@code texts} empties it).
	 *
	 * @return whether anything changed
	 * @throws FieldException when a value is bad, or a single field gets other than one value (nothing changed)
	 */
	public static boolean set(EditingSession session, EObject owner, EStructuralFeature feature, List<String> texts) {
		if (!feature.isMany()) {
			if (texts.size() != 1) {
				throw new FieldException(alias(feature) + " holds one value, not " + texts.size());
			}
			return session.set(owner, feature, parse(feature, texts.get(0)));
		}
		List<Object> values = parseAll(feature, texts);
		if (feature == P.getScenario_Steps()) {
			return setSteps(session, (Scenario) owner, values);
		}
		return session.set(owner, feature, values);
	}

	/** Adds values to the end of a list field. */
	public static boolean append(EditingSession session, EObject owner, EStructuralFeature feature, List<String> texts) {
		List<?> current = list(owner, feature);
		List<Object> values = parseAll(feature, texts);
		if (feature == P.getScenario_Steps()) {
			boolean changed = false;
			for (Object instruction : values) {
				changed |= session.addStep((Scenario) owner, (String) instruction) != null;
			}
			return changed;
		}
		List<Object> next = new ArrayList<>(current);
		for (Object value : values) {
			if (!feature.isUnique() || !next.contains(value)) {
				next.add(value);
			}
		}
		return session.set(owner, feature, next);
	}

	/** Replaces item {@code index} (counted from 1) of a list field; a scenario step keeps its id and links. */
	public static boolean setAt(EditingSession session, EObject owner, EStructuralFeature feature, int index, String text) {
		List<?> current = list(owner, feature);
		checkIndex(feature, current, index);
		Object value = parse(feature, text);
		if (feature == P.getScenario_Steps()) {
			return session.set((Step) current.get(index - 1), P.getStep_Instruction(), value);
		}
		List<Object> next = new ArrayList<>(current);
		next.set(index - 1, value);
		if (feature.isUnique() && new LinkedHashSet<>(next).size() < next.size()) {
			throw new FieldException(alias(feature) + " holds '" + format(value) + "' already");
		}
		return session.set(owner, feature, next);
	}

	/** Removes item {@code index} (counted from 1) of a list field; a scenario step goes with its links. */
	public static boolean removeAt(EditingSession session, EObject owner, EStructuralFeature feature, int index) {
		List<?> current = list(owner, feature);
		checkIndex(feature, current, index);
		if (feature == P.getScenario_Steps()) {
			return session.delete(List.of((Step) current.get(index - 1)));
		}
		List<Object> next = new ArrayList<>(current);
		next.remove(index - 1);
		return session.set(owner, feature, next);
	}

	private static List<?> list(EObject owner, EStructuralFeature feature) {
		if (!feature.isMany()) {
			throw new FieldException(alias(feature) + " holds one value, not a list");
		}
		return (List<?>) owner.eGet(feature);
	}

	private static void checkIndex(EStructuralFeature feature, List<?> current, int index) {
		if (index < 1 || index > current.size()) {
			throw new FieldException(current.isEmpty() ? alias(feature) + " is empty: there is no item " + index
					: alias(feature) + " has " + current.size() + (current.size() == 1 ? " item" : " items")
							+ ": give an item from 1 to " + current.size() + ", not " + index);
		}
	}

	private static List<Object> parseAll(EStructuralFeature feature, List<String> texts) {
		List<Object> values = new ArrayList<>();
		for (String text : texts) {
			Object value = parse(feature, text);
			if (!feature.isUnique() || !values.contains(value)) {
				values.add(value);
			}
		}
		return values;
	}

	private static boolean setSteps(EditingSession session, Scenario scenario, List<Object> instructions) {
		List<Step> steps = new ArrayList<>(scenario.getSteps());
		boolean changed = false;
		for (int i = 0; i < Math.min(steps.size(), instructions.size()); i++) {
			changed |= session.set(steps.get(i), P.getStep_Instruction(), instructions.get(i));
		}
		if (steps.size() > instructions.size()) {
			changed |= session.delete(steps.subList(instructions.size(), steps.size()));
		}
		for (int i = steps.size(); i < instructions.size(); i++) {
			changed |= session.addStep(scenario, (String) instructions.get(i)) != null;
		}
		return changed;
	}
}
