/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Candidate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something an imported document suggests as a technique, phrase or scenario, with the exact passage it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Candidate#getKind <em>Kind</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getText <em>Text</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getContext <em>Context</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getPassage <em>Passage</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getPhraseKind <em>Phrase Kind</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getDocument <em>Document</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getCreated <em>Created</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getDecision <em>Decision</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getEntryId <em>Entry Id</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link parley.model.playbook.Candidate#getDecidedAt <em>Decided At</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getCandidate()
 * @model
 * @generated
 */
public interface Candidate extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.CandidateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see parley.model.playbook.CandidateKind
	 * @see #setKind(CandidateKind)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Kind()
	 * @model required="true"
	 * @generated
	 */
	CandidateKind getKind();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see parley.model.playbook.CandidateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CandidateKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The suggested content: a phrase's wording, a technique's advice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The paragraph that follows or surrounds the candidate in the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context</em>' attribute.
	 * @see #setContext(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Context()
	 * @model
	 * @generated
	 */
	String getContext();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getContext <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' attribute.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(String value);

	/**
	 * Returns the value of the '<em><b>Passage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exact text of the document the candidate was found in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passage</em>' attribute.
	 * @see #setPassage(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Passage()
	 * @model required="true"
	 * @generated
	 */
	String getPassage();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getPassage <em>Passage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage</em>' attribute.
	 * @see #getPassage()
	 * @generated
	 */
	void setPassage(String value);

	/**
	 * Returns the value of the '<em><b>Phrase Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.PhraseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phrase Kind</em>' attribute.
	 * @see parley.model.playbook.PhraseKind
	 * @see #setPhraseKind(PhraseKind)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_PhraseKind()
	 * @model
	 * @generated
	 */
	PhraseKind getPhraseKind();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getPhraseKind <em>Phrase Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phrase Kind</em>' attribute.
	 * @see parley.model.playbook.PhraseKind
	 * @see #getPhraseKind()
	 * @generated
	 */
	void setPhraseKind(PhraseKind value);

	/**
	 * Returns the value of the '<em><b>Replacement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an avoid candidate: the recommended wording the document pairs with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replacement</em>' reference.
	 * @see #setReplacement(Candidate)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Replacement()
	 * @model
	 * @generated
	 */
	Candidate getReplacement();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getReplacement <em>Replacement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement</em>' reference.
	 * @see #getReplacement()
	 * @generated
	 */
	void setReplacement(Candidate value);

	/**
	 * Returns the value of the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the Source entry created for the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Id</em>' attribute.
	 * @see #setSourceId(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_SourceId()
	 * @model
	 * @generated
	 */
	String getSourceId();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getSourceId <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Id</em>' attribute.
	 * @see #getSourceId()
	 * @generated
	 */
	void setSourceId(String value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file name of the imported document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see #setDocument(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Document()
	 * @model
	 * @generated
	 */
	String getDocument();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Instant)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Created()
	 * @model dataType="parley.model.playbook.Instant"
	 * @generated
	 */
	Instant getCreated();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Instant value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.CandidateDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see parley.model.playbook.CandidateDecision
	 * @see #setDecision(CandidateDecision)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_Decision()
	 * @model required="true"
	 * @generated
	 */
	CandidateDecision getDecision();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see parley.model.playbook.CandidateDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(CandidateDecision value);

	/**
	 * Returns the value of the '<em><b>Entry Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an accepted or merged candidate: the entry it became or was merged into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entry Id</em>' attribute.
	 * @see #setEntryId(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_EntryId()
	 * @model
	 * @generated
	 */
	String getEntryId();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getEntryId <em>Entry Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entry Id</em>' attribute.
	 * @see #getEntryId()
	 * @generated
	 */
	void setEntryId(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Instant)
	 * @see parley.model.playbook.PlaybookPackage#getCandidate_DecidedAt()
	 * @model dataType="parley.model.playbook.Instant"
	 * @generated
	 */
	Instant getDecidedAt();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Candidate#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Instant value);

} // Candidate
