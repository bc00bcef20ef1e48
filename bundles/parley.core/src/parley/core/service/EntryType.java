package parley.core.service;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

import parley.model.playbook.PlaybookPackage;

/** The entry types users name on the command line and in filters. */
public enum EntryType {
	TECHNIQUE(PlaybookPackage.Literals.TECHNIQUE), PHRASE(PlaybookPackage.Literals.PHRASE),
	SCENARIO(PlaybookPackage.Literals.SCENARIO), SOURCE(PlaybookPackage.Literals.SOURCE);

	private final EClass eClass;

	EntryType(EClass eClass) {
		this.eClass = eClass;
	}

	public EClass eClass() {
		return eClass;
	}

	/** The lower-case name used in commands ("technique"). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "technique", "techniques", "Phrase"...; null if none matches. */
	public static EntryType parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		for (EntryType type : values()) {
			if (t.equals(type.key()) || t.equals(type.key() + "s")) {
				return type;
			}
		}
		return null;
	}

	public static EntryType of(EClass eClass) {
		for (EntryType type : values()) {
			if (type.eClass == eClass) {
				return type;
			}
		}
		return null;
	}
}
