/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phrase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Phrase#getText <em>Text</em>}</li>
 *   <li>{@link parley.model.playbook.Phrase#getKind <em>Kind</em>}</li>
 *   <li>{@link parley.model.playbook.Phrase#getReplacements <em>Replacements</em>}</li>
 *   <li>{@link parley.model.playbook.Phrase#getUsage <em>Usage</em>}</li>
 *   <li>{@link parley.model.playbook.Phrase#getTechniques <em>Techniques</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getPhrase()
 * @model
 * @generated
 */
public interface Phrase extends Entry {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exact wording.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see parley.model.playbook.PlaybookPackage#getPhrase_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Phrase#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.PhraseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see parley.model.playbook.PhraseKind
	 * @see #setKind(PhraseKind)
	 * @see parley.model.playbook.PlaybookPackage#getPhrase_Kind()
	 * @model required="true"
	 * @generated
	 */
	PhraseKind getKind();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Phrase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see parley.model.playbook.PhraseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PhraseKind value);

	/**
	 * Returns the value of the '<em><b>Replacements</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Phrase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an avoid-phrase: the recommended phrases to say instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replacements</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPhrase_Replacements()
	 * @model
	 * @generated
	 */
	EList<Phrase> getReplacements();

	/**
	 * Returns the value of the '<em><b>Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tone and usage notes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Usage</em>' attribute.
	 * @see #setUsage(String)
	 * @see parley.model.playbook.PlaybookPackage#getPhrase_Usage()
	 * @model
	 * @generated
	 */
	String getUsage();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Phrase#getUsage <em>Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usage</em>' attribute.
	 * @see #getUsage()
	 * @generated
	 */
	void setUsage(String value);

	/**
	 * Returns the value of the '<em><b>Techniques</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Technique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The techniques this phrase puts into words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Techniques</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPhrase_Techniques()
	 * @model
	 * @generated
	 */
	EList<Technique> getTechniques();

} // Phrase
