/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A curated playbook entry (technique, phrase, scenario or source) with classification and curation data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Entry#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getTags <em>Tags</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getChannels <em>Channels</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getSources <em>Sources</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getStatus <em>Status</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getOwner <em>Owner</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getLastReviewed <em>Last Reviewed</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getReviewIntervalDays <em>Review Interval Days</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getCreated <em>Created</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getModified <em>Modified</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getEditedBy <em>Edited By</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getEvents <em>Events</em>}</li>
 *   <li>{@link parley.model.playbook.Entry#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getEntry()
 * @model abstract="true"
 * @generated
 */
public interface Entry extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Audiences()
	 * @model
	 * @generated
	 */
	EList<Audience> getAudiences();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link parley.model.playbook.Channel}.
	 * The literals are from the enumeration {@link parley.model.playbook.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see parley.model.playbook.Channel
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link parley.model.playbook.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sources this entry draws on (its citations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Sources()
	 * @model
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link parley.model.playbook.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see parley.model.playbook.Status
	 * @see #setStatus(Status)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Status()
	 * @model required="true"
	 * @generated
	 */
	Status getStatus();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see parley.model.playbook.Status
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Status value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Reviewed</em>' attribute.
	 * @see #setLastReviewed(LocalDate)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_LastReviewed()
	 * @model dataType="parley.model.playbook.LocalDate"
	 * @generated
	 */
	LocalDate getLastReviewed();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getLastReviewed <em>Last Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Reviewed</em>' attribute.
	 * @see #getLastReviewed()
	 * @generated
	 */
	void setLastReviewed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review Interval Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days between reviews; 0 means no review schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Interval Days</em>' attribute.
	 * @see #setReviewIntervalDays(int)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_ReviewIntervalDays()
	 * @model default="0"
	 * @generated
	 */
	int getReviewIntervalDays();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getReviewIntervalDays <em>Review Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Interval Days</em>' attribute.
	 * @see #getReviewIntervalDays()
	 * @generated
	 */
	void setReviewIntervalDays(int value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Instant)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Created()
	 * @model dataType="parley.model.playbook.Instant"
	 * @generated
	 */
	Instant getCreated();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Instant value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Instant)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Modified()
	 * @model dataType="parley.model.playbook.Instant"
	 * @generated
	 */
	Instant getModified();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Instant value);

	/**
	 * Returns the value of the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who last changed the entry's content (the fields an approval covers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edited By</em>' attribute.
	 * @see #setEditedBy(String)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_EditedBy()
	 * @model
	 * @generated
	 */
	String getEditedBy();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getEditedBy <em>Edited By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edited By</em>' attribute.
	 * @see #getEditedBy()
	 * @generated
	 */
	void setEditedBy(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is asked to review the entry while it is in review (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a retired entry: the entry that takes its place (optional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replaced By</em>' reference.
	 * @see #setReplacedBy(Entry)
	 * @see parley.model.playbook.PlaybookPackage#getEntry_ReplacedBy()
	 * @model
	 * @generated
	 */
	Entry getReplacedBy();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Entry#getReplacedBy <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replaced By</em>' reference.
	 * @see #getReplacedBy()
	 * @generated
	 */
	void setReplacedBy(Entry value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.CurationEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry's curation history, oldest first: every transition, who made it, when and why. The last approval in it records the content approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Events()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CurationEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Review notes about the entry, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getEntry_Comments()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ReviewComment> getComments();

} // Entry
