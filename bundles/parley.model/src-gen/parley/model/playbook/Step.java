/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Step#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link parley.model.playbook.Step#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link parley.model.playbook.Step#getPhrases <em>Phrases</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends Identified {
	/**
	 * Returns the value of the '<em><b>Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruction</em>' attribute.
	 * @see #setInstruction(String)
	 * @see parley.model.playbook.PlaybookPackage#getStep_Instruction()
	 * @model required="true"
	 * @generated
	 */
	String getInstruction();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Step#getInstruction <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instruction</em>' attribute.
	 * @see #getInstruction()
	 * @generated
	 */
	void setInstruction(String value);

	/**
	 * Returns the value of the '<em><b>Techniques</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Technique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Techniques</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getStep_Techniques()
	 * @model
	 * @generated
	 */
	EList<Technique> getTechniques();

	/**
	 * Returns the value of the '<em><b>Phrases</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Phrase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phrases</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getStep_Phrases()
	 * @model
	 * @generated
	 */
	EList<Phrase> getPhrases();

} // Step
