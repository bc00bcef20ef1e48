/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Candidate Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see parley.model.playbook.PlaybookPackage#getCandidateKind()
 * @model
 * @generated
 */
public enum CandidateKind implements Enumerator {
	/**
	 * The '<em><b>TECHNIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNIQUE(0, "TECHNIQUE", "technique"),

	/**
	 * The '<em><b>PHRASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHRASE_VALUE
	 * @generated
	 * @ordered
	 */
	PHRASE(1, "PHRASE", "phrase"),

	/**
	 * The '<em><b>SCENARIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCENARIO_VALUE
	 * @generated
	 * @ordered
	 */
	SCENARIO(2, "SCENARIO", "scenario");

	/**
	 * The '<em><b>TECHNIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNIQUE
	 * @model literal="technique"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNIQUE_VALUE = 0;

	/**
	 * The '<em><b>PHRASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHRASE
	 * @model literal="phrase"
	 * @generated
	 * @ordered
	 */
	public static final int PHRASE_VALUE = 1;

	/**
	 * The '<em><b>SCENARIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCENARIO
	 * @model literal="scenario"
	 * @generated
	 * @ordered
	 */
	public static final int SCENARIO_VALUE = 2;

	/**
	 * An array of all the '<em><b>Candidate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CandidateKind[] VALUES_ARRAY =
		new CandidateKind[] {
			TECHNIQUE,
			PHRASE,
			SCENARIO,
		};

	/**
	 * A public read-only list of all the '<em><b>Candidate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CandidateKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Candidate Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CandidateKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CandidateKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Candidate Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CandidateKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CandidateKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Candidate Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CandidateKind get(int value) {
		switch (value) {
			case TECHNIQUE_VALUE: return TECHNIQUE;
			case PHRASE_VALUE: return PHRASE;
			case SCENARIO_VALUE: return SCENARIO;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CandidateKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CandidateKind
