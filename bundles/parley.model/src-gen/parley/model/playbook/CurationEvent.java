/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Curation Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One curation step of an entry: who did what, when, with an optional comment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.CurationEvent#getAction <em>Action</em>}</li>
 *   <li>{@link parley.model.playbook.CurationEvent#getBy <em>By</em>}</li>
 *   <li>{@link parley.model.playbook.CurationEvent#getAt <em>At</em>}</li>
 *   <li>{@link parley.model.playbook.CurationEvent#getComment <em>Comment</em>}</li>
 *   <li>{@link parley.model.playbook.CurationEvent#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link parley.model.playbook.CurationEvent#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getCurationEvent()
 * @model
 * @generated
 */
public interface CurationEvent extends Identified {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.CurationAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see parley.model.playbook.CurationAction
	 * @see #setAction(CurationAction)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_Action()
	 * @model required="true"
	 * @generated
	 */
	CurationAction getAction();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see parley.model.playbook.CurationAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(CurationAction value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_By()
	 * @model required="true"
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_At()
	 * @model dataType="parley.model.playbook.Instant" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an approval: SHA-256 (hex) of the content approved, the fields an approval covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an approval: the content approved as readable text, one field a line, to compare with the current content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see parley.model.playbook.PlaybookPackage#getCurationEvent_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link parley.model.playbook.CurationEvent#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

} // CurationEvent
