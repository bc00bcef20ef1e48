/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technique</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Technique#getSummary <em>Summary</em>}</li>
 *   <li>{@link parley.model.playbook.Technique#getRationale <em>Rationale</em>}</li>
 *   <li>{@link parley.model.playbook.Technique#getSteps <em>Steps</em>}</li>
 *   <li>{@link parley.model.playbook.Technique#getPitfalls <em>Pitfalls</em>}</li>
 *   <li>{@link parley.model.playbook.Technique#getRelated <em>Related</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getTechnique()
 * @model
 * @generated
 */
public interface Technique extends Entry {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see parley.model.playbook.PlaybookPackage#getTechnique_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Technique#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the technique works.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see parley.model.playbook.PlaybookPackage#getTechnique_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Technique#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How to apply it, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute list.
	 * @see parley.model.playbook.PlaybookPackage#getTechnique_Steps()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSteps();

	/**
	 * Returns the value of the '<em><b>Pitfalls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pitfalls</em>' attribute list.
	 * @see parley.model.playbook.PlaybookPackage#getTechnique_Pitfalls()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getPitfalls();

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Technique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getTechnique_Related()
	 * @model
	 * @generated
	 */
	EList<Technique> getRelated();

} // Technique
