/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Candidate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getText <em>Text</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getContext <em>Context</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getPassage <em>Passage</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getPhraseKind <em>Phrase Kind</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getEntryId <em>Entry Id</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link parley.model.playbook.impl.CandidateImpl#getDecidedAt <em>Decided At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CandidateImpl extends IdentifiedImpl implements Candidate {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CandidateKind KIND_EDEFAULT = CandidateKind.TECHNIQUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CandidateKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContext() <em>Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContext()
	 * @generated
	 * @ordered
	 */
	protected String context = CONTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPassage() <em>Passage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassage()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPassage() <em>Passage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassage()
	 * @generated
	 * @ordered
	 */
	protected String passage = PASSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhraseKind() <em>Phrase Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhraseKind()
	 * @generated
	 * @ordered
	 */
	protected static final PhraseKind PHRASE_KIND_EDEFAULT = PhraseKind.RECOMMENDED;

	/**
	 * The cached value of the '{@link #getPhraseKind() <em>Phrase Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhraseKind()
	 * @generated
	 * @ordered
	 */
	protected PhraseKind phraseKind = PHRASE_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReplacement() <em>Replacement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacement()
	 * @generated
	 * @ordered
	 */
	protected Candidate replacement;

	/**
	 * The default value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected String sourceId = SOURCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected String document = DOCUMENT_EDEFAULT;

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
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final CandidateDecision DECISION_EDEFAULT = CandidateDecision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected CandidateDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryId() <em>Entry Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryId()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTRY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntryId() <em>Entry Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryId()
	 * @generated
	 * @ordered
	 */
	protected String entryId = ENTRY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant decidedAt = DECIDED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CandidateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.CANDIDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CandidateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CandidateKind newKind) {
		CandidateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContext() {
		return context;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContext(String newContext) {
		String oldContext = context;
		context = newContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__CONTEXT, oldContext, context));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPassage() {
		return passage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassage(String newPassage) {
		String oldPassage = passage;
		passage = newPassage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__PASSAGE, oldPassage, passage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhraseKind getPhraseKind() {
		return phraseKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhraseKind(PhraseKind newPhraseKind) {
		PhraseKind oldPhraseKind = phraseKind;
		phraseKind = newPhraseKind == null ? PHRASE_KIND_EDEFAULT : newPhraseKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__PHRASE_KIND, oldPhraseKind, phraseKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Candidate getReplacement() {
		if (replacement != null && replacement.eIsProxy()) {
			InternalEObject oldReplacement = (InternalEObject)replacement;
			replacement = (Candidate)eResolveProxy(oldReplacement);
			if (replacement != oldReplacement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.CANDIDATE__REPLACEMENT, oldReplacement, replacement));
			}
		}
		return replacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Candidate basicGetReplacement() {
		return replacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacement(Candidate newReplacement) {
		Candidate oldReplacement = replacement;
		replacement = newReplacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__REPLACEMENT, oldReplacement, replacement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceId() {
		return sourceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceId(String newSourceId) {
		String oldSourceId = sourceId;
		sourceId = newSourceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__SOURCE_ID, oldSourceId, sourceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(String newDocument) {
		String oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__DOCUMENT, oldDocument, document));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CandidateDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(CandidateDecision newDecision) {
		CandidateDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEntryId() {
		return entryId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryId(String newEntryId) {
		String oldEntryId = entryId;
		entryId = newEntryId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__ENTRY_ID, oldEntryId, entryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy) {
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDecidedAt() {
		return decidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedAt(Instant newDecidedAt) {
		Instant oldDecidedAt = decidedAt;
		decidedAt = newDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CANDIDATE__DECIDED_AT, oldDecidedAt, decidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.CANDIDATE__KIND:
				return getKind();
			case PlaybookPackage.CANDIDATE__TITLE:
				return getTitle();
			case PlaybookPackage.CANDIDATE__TEXT:
				return getText();
			case PlaybookPackage.CANDIDATE__CONTEXT:
				return getContext();
			case PlaybookPackage.CANDIDATE__PASSAGE:
				return getPassage();
			case PlaybookPackage.CANDIDATE__PHRASE_KIND:
				return getPhraseKind();
			case PlaybookPackage.CANDIDATE__REPLACEMENT:
				if (resolve) return getReplacement();
				return basicGetReplacement();
			case PlaybookPackage.CANDIDATE__SOURCE_ID:
				return getSourceId();
			case PlaybookPackage.CANDIDATE__DOCUMENT:
				return getDocument();
			case PlaybookPackage.CANDIDATE__CREATED:
				return getCreated();
			case PlaybookPackage.CANDIDATE__DECISION:
				return getDecision();
			case PlaybookPackage.CANDIDATE__ENTRY_ID:
				return getEntryId();
			case PlaybookPackage.CANDIDATE__DECIDED_BY:
				return getDecidedBy();
			case PlaybookPackage.CANDIDATE__DECIDED_AT:
				return getDecidedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlaybookPackage.CANDIDATE__KIND:
				setKind((CandidateKind)newValue);
				return;
			case PlaybookPackage.CANDIDATE__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__TEXT:
				setText((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__CONTEXT:
				setContext((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__PASSAGE:
				setPassage((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__PHRASE_KIND:
				setPhraseKind((PhraseKind)newValue);
				return;
			case PlaybookPackage.CANDIDATE__REPLACEMENT:
				setReplacement((Candidate)newValue);
				return;
			case PlaybookPackage.CANDIDATE__SOURCE_ID:
				setSourceId((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__DOCUMENT:
				setDocument((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__CREATED:
				setCreated((Instant)newValue);
				return;
			case PlaybookPackage.CANDIDATE__DECISION:
				setDecision((CandidateDecision)newValue);
				return;
			case PlaybookPackage.CANDIDATE__ENTRY_ID:
				setEntryId((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case PlaybookPackage.CANDIDATE__DECIDED_AT:
				setDecidedAt((Instant)newValue);
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
			case PlaybookPackage.CANDIDATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__CONTEXT:
				setContext(CONTEXT_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__PASSAGE:
				setPassage(PASSAGE_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__PHRASE_KIND:
				setPhraseKind(PHRASE_KIND_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__REPLACEMENT:
				setReplacement((Candidate)null);
				return;
			case PlaybookPackage.CANDIDATE__SOURCE_ID:
				setSourceId(SOURCE_ID_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__DOCUMENT:
				setDocument(DOCUMENT_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__ENTRY_ID:
				setEntryId(ENTRY_ID_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case PlaybookPackage.CANDIDATE__DECIDED_AT:
				setDecidedAt(DECIDED_AT_EDEFAULT);
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
			case PlaybookPackage.CANDIDATE__KIND:
				return kind != KIND_EDEFAULT;
			case PlaybookPackage.CANDIDATE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.CANDIDATE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PlaybookPackage.CANDIDATE__CONTEXT:
				return CONTEXT_EDEFAULT == null ? context != null : !CONTEXT_EDEFAULT.equals(context);
			case PlaybookPackage.CANDIDATE__PASSAGE:
				return PASSAGE_EDEFAULT == null ? passage != null : !PASSAGE_EDEFAULT.equals(passage);
			case PlaybookPackage.CANDIDATE__PHRASE_KIND:
				return phraseKind != PHRASE_KIND_EDEFAULT;
			case PlaybookPackage.CANDIDATE__REPLACEMENT:
				return replacement != null;
			case PlaybookPackage.CANDIDATE__SOURCE_ID:
				return SOURCE_ID_EDEFAULT == null ? sourceId != null : !SOURCE_ID_EDEFAULT.equals(sourceId);
			case PlaybookPackage.CANDIDATE__DOCUMENT:
				return DOCUMENT_EDEFAULT == null ? document != null : !DOCUMENT_EDEFAULT.equals(document);
			case PlaybookPackage.CANDIDATE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case PlaybookPackage.CANDIDATE__DECISION:
				return decision != DECISION_EDEFAULT;
			case PlaybookPackage.CANDIDATE__ENTRY_ID:
				return ENTRY_ID_EDEFAULT == null ? entryId != null : !ENTRY_ID_EDEFAULT.equals(entryId);
			case PlaybookPackage.CANDIDATE__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case PlaybookPackage.CANDIDATE__DECIDED_AT:
				return DECIDED_AT_EDEFAULT == null ? decidedAt != null : !DECIDED_AT_EDEFAULT.equals(decidedAt);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", text: ");
		result.append(text);
		result.append(", context: ");
		result.append(context);
		result.append(", passage: ");
		result.append(passage);
		result.append(", phraseKind: ");
		result.append(phraseKind);
		result.append(", sourceId: ");
		result.append(sourceId);
		result.append(", document: ");
		result.append(document);
		result.append(", created: ");
		result.append(created);
		result.append(", decision: ");
		result.append(decision);
		result.append(", entryId: ");
		result.append(entryId);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decidedAt: ");
		result.append(decidedAt);
		result.append(')');
		return result.toString();
	}

} //CandidateImpl
