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
 * A representation of the literals of the enumeration '<em><b>Emotion</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see parley.model.playbook.PlaybookPackage#getEmotion()
 * @model
 * @generated
 */
public enum Emotion implements Enumerator {
	/**
	 * The '<em><b>ANGRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGRY_VALUE
	 * @generated
	 * @ordered
	 */
	ANGRY(0, "ANGRY", "angry"),

	/**
	 * The '<em><b>ANXIOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANXIOUS_VALUE
	 * @generated
	 * @ordered
	 */
	ANXIOUS(1, "ANXIOUS", "anxious"),

	/**
	 * The '<em><b>CONFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFUSED(2, "CONFUSED", "confused"),

	/**
	 * The '<em><b>OUT OF CONTROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_CONTROL(3, "OUT_OF_CONTROL", "out-of-control"),

	/**
	 * The '<em><b>FRUSTRATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRUSTRATED_VALUE
	 * @generated
	 * @ordered
	 */
	FRUSTRATED(4, "FRUSTRATED", "frustrated"),

	/**
	 * The '<em><b>UPSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPSET_VALUE
	 * @generated
	 * @ordered
	 */
	UPSET(5, "UPSET", "upset"),

	/**
	 * The '<em><b>IMPATIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPATIENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPATIENT(6, "IMPATIENT", "impatient"),

	/**
	 * The '<em><b>DISAPPOINTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISAPPOINTED_VALUE
	 * @generated
	 * @ordered
	 */
	DISAPPOINTED(7, "DISAPPOINTED", "disappointed"),

	/**
	 * The '<em><b>OVERWHELMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERWHELMED_VALUE
	 * @generated
	 * @ordered
	 */
	OVERWHELMED(8, "OVERWHELMED", "overwhelmed");

	/**
	 * The '<em><b>ANGRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGRY
	 * @model literal="angry"
	 * @generated
	 * @ordered
	 */
	public static final int ANGRY_VALUE = 0;

	/**
	 * The '<em><b>ANXIOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANXIOUS
	 * @model literal="anxious"
	 * @generated
	 * @ordered
	 */
	public static final int ANXIOUS_VALUE = 1;

	/**
	 * The '<em><b>CONFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFUSED
	 * @model literal="confused"
	 * @generated
	 * @ordered
	 */
	public static final int CONFUSED_VALUE = 2;

	/**
	 * The '<em><b>OUT OF CONTROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_CONTROL
	 * @model literal="out-of-control"
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_CONTROL_VALUE = 3;

	/**
	 * The '<em><b>FRUSTRATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRUSTRATED
	 * @model literal="frustrated"
	 * @generated
	 * @ordered
	 */
	public static final int FRUSTRATED_VALUE = 4;

	/**
	 * The '<em><b>UPSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPSET
	 * @model literal="upset"
	 * @generated
	 * @ordered
	 */
	public static final int UPSET_VALUE = 5;

	/**
	 * The '<em><b>IMPATIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPATIENT
	 * @model literal="impatient"
	 * @generated
	 * @ordered
	 */
	public static final int IMPATIENT_VALUE = 6;

	/**
	 * The '<em><b>DISAPPOINTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISAPPOINTED
	 * @model literal="disappointed"
	 * @generated
	 * @ordered
	 */
	public static final int DISAPPOINTED_VALUE = 7;

	/**
	 * The '<em><b>OVERWHELMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERWHELMED
	 * @model literal="overwhelmed"
	 * @generated
	 * @ordered
	 */
	public static final int OVERWHELMED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Emotion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Emotion[] VALUES_ARRAY =
		new Emotion[] {
			ANGRY,
			ANXIOUS,
			CONFUSED,
			OUT_OF_CONTROL,
			FRUSTRATED,
			UPSET,
			IMPATIENT,
			DISAPPOINTED,
			OVERWHELMED,
		};

	/**
	 * A public read-only list of all the '<em><b>Emotion</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Emotion> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Emotion</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Emotion get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Emotion result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emotion</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Emotion getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Emotion result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Emotion</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Emotion get(int value) {
		switch (value) {
			case ANGRY_VALUE: return ANGRY;
			case ANXIOUS_VALUE: return ANXIOUS;
			case CONFUSED_VALUE: return CONFUSED;
			case OUT_OF_CONTROL_VALUE: return OUT_OF_CONTROL;
			case FRUSTRATED_VALUE: return FRUSTRATED;
			case UPSET_VALUE: return UPSET;
			case IMPATIENT_VALUE: return IMPATIENT;
			case DISAPPOINTED_VALUE: return DISAPPOINTED;
			case OVERWHELMED_VALUE: return OVERWHELMED;
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
	private Emotion(int value, String name, String literal) {
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
	
} //Emotion
