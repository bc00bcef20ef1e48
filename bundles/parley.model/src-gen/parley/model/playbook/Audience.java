/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audience</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Audience#getName <em>Name</em>}</li>
 *   <li>{@link parley.model.playbook.Audience#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getAudience()
 * @model
 * @generated
 */
public interface Audience extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see parley.model.playbook.PlaybookPackage#getAudience_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Audience#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see parley.model.playbook.PlaybookPackage#getAudience_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Audience#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Audience
