/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.eclipse.emf.ecore.util.InternalEList;
import parley.model.playbook.Audience;
import parley.model.playbook.Channel;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.ReviewComment;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Tag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getLastReviewed <em>Last Reviewed</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getReviewIntervalDays <em>Review Interval Days</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getEditedBy <em>Edited By</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getReplacedBy <em>Replaced By</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link parley.model.playbook.impl.EntryImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class EntryImpl extends IdentifiedImpl implements Entry {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<Audience> audiences;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Status STATUS_EDEFAULT = Status.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Status status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastReviewed() <em>Last Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReviewed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_REVIEWED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastReviewed() <em>Last Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastReviewed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastReviewed = LAST_REVIEWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewIntervalDays() <em>Review Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_INTERVAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReviewIntervalDays() <em>Review Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected int reviewIntervalDays = REVIEW_INTERVAL_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Instant created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Instant modified = MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEditedBy() <em>Edited By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEditedBy() <em>Edited By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditedBy()
	 * @generated
	 * @ordered
	 */
	protected String editedBy = EDITED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReplacedBy() <em>Replaced By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacedBy()
	 * @generated
	 * @ordered
	 */
	protected Entry replacedBy;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<CurationEvent> events;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, PlaybookPackage.ENTRY__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Audience> getAudiences() {
		if (audiences == null) {
			audiences = new EObjectResolvingEList<Audience>(Audience.class, this, PlaybookPackage.ENTRY__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<Channel>(Channel.class, this, PlaybookPackage.ENTRY__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Source>(Source.class, this, PlaybookPackage.ENTRY__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Status getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Status newStatus) {
		Status oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastReviewed() {
		return lastReviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastReviewed(LocalDate newLastReviewed) {
		LocalDate oldLastReviewed = lastReviewed;
		lastReviewed = newLastReviewed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__LAST_REVIEWED, oldLastReviewed, lastReviewed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewIntervalDays() {
		return reviewIntervalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewIntervalDays(int newReviewIntervalDays) {
		int oldReviewIntervalDays = reviewIntervalDays;
		reviewIntervalDays = newReviewIntervalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__REVIEW_INTERVAL_DAYS, oldReviewIntervalDays, reviewIntervalDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Instant newCreated) {
		Instant oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Instant newModified) {
		Instant oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEditedBy() {
		return editedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditedBy(String newEditedBy) {
		String oldEditedBy = editedBy;
		editedBy = newEditedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__EDITED_BY, oldEditedBy, editedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entry getReplacedBy() {
		if (replacedBy != null && replacedBy.eIsProxy()) {
			InternalEObject oldReplacedBy = (InternalEObject)replacedBy;
			replacedBy = (Entry)eResolveProxy(oldReplacedBy);
			if (replacedBy != oldReplacedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.ENTRY__REPLACED_BY, oldReplacedBy, replacedBy));
			}
		}
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entry basicGetReplacedBy() {
		return replacedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacedBy(Entry newReplacedBy) {
		Entry oldReplacedBy = replacedBy;
		replacedBy = newReplacedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ENTRY__REPLACED_BY, oldReplacedBy, replacedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CurationEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList.Resolving<CurationEvent>(CurationEvent.class, this, PlaybookPackage.ENTRY__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList.Resolving<ReviewComment>(ReviewComment.class, this, PlaybookPackage.ENTRY__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.ENTRY__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.ENTRY__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.ENTRY__TITLE:
				return getTitle();
			case PlaybookPackage.ENTRY__TAGS:
				return getTags();
			case PlaybookPackage.ENTRY__AUDIENCES:
				return getAudiences();
			case PlaybookPackage.ENTRY__CHANNELS:
				return getChannels();
			case PlaybookPackage.ENTRY__SOURCES:
				return getSources();
			case PlaybookPackage.ENTRY__STATUS:
				return getStatus();
			case PlaybookPackage.ENTRY__OWNER:
				return getOwner();
			case PlaybookPackage.ENTRY__LAST_REVIEWED:
				return getLastReviewed();
			case PlaybookPackage.ENTRY__REVIEW_INTERVAL_DAYS:
				return getReviewIntervalDays();
			case PlaybookPackage.ENTRY__CREATED:
				return getCreated();
			case PlaybookPackage.ENTRY__MODIFIED:
				return getModified();
			case PlaybookPackage.ENTRY__EDITED_BY:
				return getEditedBy();
			case PlaybookPackage.ENTRY__REVIEWER:
				return getReviewer();
			case PlaybookPackage.ENTRY__REPLACED_BY:
				if (resolve) return getReplacedBy();
				return basicGetReplacedBy();
			case PlaybookPackage.ENTRY__EVENTS:
				return getEvents();
			case PlaybookPackage.ENTRY__COMMENTS:
				return getComments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlaybookPackage.ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.ENTRY__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case PlaybookPackage.ENTRY__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends Audience>)newValue);
				return;
			case PlaybookPackage.ENTRY__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case PlaybookPackage.ENTRY__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case PlaybookPackage.ENTRY__STATUS:
				setStatus((Status)newValue);
				return;
			case PlaybookPackage.ENTRY__OWNER:
				setOwner((String)newValue);
				return;
			case PlaybookPackage.ENTRY__LAST_REVIEWED:
				setLastReviewed((LocalDate)newValue);
				return;
			case PlaybookPackage.ENTRY__REVIEW_INTERVAL_DAYS:
				setReviewIntervalDays((Integer)newValue);
				return;
			case PlaybookPackage.ENTRY__CREATED:
				setCreated((Instant)newValue);
				return;
			case PlaybookPackage.ENTRY__MODIFIED:
				setModified((Instant)newValue);
				return;
			case PlaybookPackage.ENTRY__EDITED_BY:
				setEditedBy((String)newValue);
				return;
			case PlaybookPackage.ENTRY__REVIEWER:
				setReviewer((String)newValue);
				return;
			case PlaybookPackage.ENTRY__REPLACED_BY:
				setReplacedBy((Entry)newValue);
				return;
			case PlaybookPackage.ENTRY__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends CurationEvent>)newValue);
				return;
			case PlaybookPackage.ENTRY__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends ReviewComment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlaybookPackage.ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__TAGS:
				getTags().clear();
				return;
			case PlaybookPackage.ENTRY__AUDIENCES:
				getAudiences().clear();
				return;
			case PlaybookPackage.ENTRY__CHANNELS:
				getChannels().clear();
				return;
			case PlaybookPackage.ENTRY__SOURCES:
				getSources().clear();
				return;
			case PlaybookPackage.ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__LAST_REVIEWED:
				setLastReviewed(LAST_REVIEWED_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__REVIEW_INTERVAL_DAYS:
				setReviewIntervalDays(REVIEW_INTERVAL_DAYS_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__EDITED_BY:
				setEditedBy(EDITED_BY_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case PlaybookPackage.ENTRY__REPLACED_BY:
				setReplacedBy((Entry)null);
				return;
			case PlaybookPackage.ENTRY__EVENTS:
				getEvents().clear();
				return;
			case PlaybookPackage.ENTRY__COMMENTS:
				getComments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlaybookPackage.ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.ENTRY__TAGS:
				return tags != null && !tags.isEmpty();
			case PlaybookPackage.ENTRY__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
			case PlaybookPackage.ENTRY__CHANNELS:
				return channels != null && !channels.isEmpty();
			case PlaybookPackage.ENTRY__SOURCES:
				return sources != null && !sources.isEmpty();
			case PlaybookPackage.ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
			case PlaybookPackage.ENTRY__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case PlaybookPackage.ENTRY__LAST_REVIEWED:
				return LAST_REVIEWED_EDEFAULT == null ? lastReviewed != null : !LAST_REVIEWED_EDEFAULT.equals(lastReviewed);
			case PlaybookPackage.ENTRY__REVIEW_INTERVAL_DAYS:
				return reviewIntervalDays != REVIEW_INTERVAL_DAYS_EDEFAULT;
			case PlaybookPackage.ENTRY__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case PlaybookPackage.ENTRY__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case PlaybookPackage.ENTRY__EDITED_BY:
				return EDITED_BY_EDEFAULT == null ? editedBy != null : !EDITED_BY_EDEFAULT.equals(editedBy);
			case PlaybookPackage.ENTRY__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case PlaybookPackage.ENTRY__REPLACED_BY:
				return replacedBy != null;
			case PlaybookPackage.ENTRY__EVENTS:
				return events != null && !events.isEmpty();
			case PlaybookPackage.ENTRY__COMMENTS:
				return comments != null && !comments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", channels: ");
		result.append(channels);
		result.append(", status: ");
		result.append(status);
		result.append(", owner: ");
		result.append(owner);
		result.append(", lastReviewed: ");
		result.append(lastReviewed);
		result.append(", reviewIntervalDays: ");
		result.append(reviewIntervalDays);
		result.append(", created: ");
		result.append(created);
		result.append(", modified: ");
		result.append(modified);
		result.append(", editedBy: ");
		result.append(editedBy);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(')');
		return result.toString();
	}

} //EntryImpl
