/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inbox</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Candidates found in imported documents, waiting for an author to accept, merge or discard them. Local to one copy of a playbook (kept under .parley/), never versioned.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Inbox#getCandidates <em>Candidates</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getInbox()
 * @model
 * @generated
 */
public interface Inbox extends EObject {
	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Candidate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Candidates</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getInbox_Candidates()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Candidate> getCandidates();

} // Inbox
