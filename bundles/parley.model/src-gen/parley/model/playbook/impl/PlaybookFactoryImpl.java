/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import parley.model.playbook.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlaybookFactoryImpl extends EFactoryImpl implements PlaybookFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlaybookFactory init() {
		try {
			PlaybookFactory thePlaybookFactory = (PlaybookFactory)EPackage.Registry.INSTANCE.getEFactory(PlaybookPackage.eNS_URI);
			if (thePlaybookFactory != null) {
				return thePlaybookFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlaybookFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlaybookFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PlaybookPackage.PLAYBOOK: return createPlaybook();
			case PlaybookPackage.TECHNIQUE: return createTechnique();
			case PlaybookPackage.PHRASE: return createPhrase();
			case PlaybookPackage.SCENARIO: return createScenario();
			case PlaybookPackage.STEP: return createStep();
			case PlaybookPackage.SOURCE: return createSource();
			case PlaybookPackage.TAG: return createTag();
			case PlaybookPackage.AUDIENCE: return createAudience();
			case PlaybookPackage.CURATION_EVENT: return createCurationEvent();
			case PlaybookPackage.REVIEW_COMMENT: return createReviewComment();
			case PlaybookPackage.INBOX: return createInbox();
			case PlaybookPackage.CANDIDATE: return createCandidate();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PlaybookPackage.CANDIDATE_KIND:
				return createCandidateKindFromString(eDataType, initialValue);
			case PlaybookPackage.CANDIDATE_DECISION:
				return createCandidateDecisionFromString(eDataType, initialValue);
			case PlaybookPackage.CURATION_ACTION:
				return createCurationActionFromString(eDataType, initialValue);
			case PlaybookPackage.STATUS:
				return createStatusFromString(eDataType, initialValue);
			case PlaybookPackage.PHRASE_KIND:
				return createPhraseKindFromString(eDataType, initialValue);
			case PlaybookPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case PlaybookPackage.EMOTION:
				return createEmotionFromString(eDataType, initialValue);
			case PlaybookPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case PlaybookPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PlaybookPackage.CANDIDATE_KIND:
				return convertCandidateKindToString(eDataType, instanceValue);
			case PlaybookPackage.CANDIDATE_DECISION:
				return convertCandidateDecisionToString(eDataType, instanceValue);
			case PlaybookPackage.CURATION_ACTION:
				return convertCurationActionToString(eDataType, instanceValue);
			case PlaybookPackage.STATUS:
				return convertStatusToString(eDataType, instanceValue);
			case PlaybookPackage.PHRASE_KIND:
				return convertPhraseKindToString(eDataType, instanceValue);
			case PlaybookPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case PlaybookPackage.EMOTION:
				return convertEmotionToString(eDataType, instanceValue);
			case PlaybookPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case PlaybookPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Playbook createPlaybook() {
		PlaybookImpl playbook = new PlaybookImpl();
		return playbook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Technique createTechnique() {
		TechniqueImpl technique = new TechniqueImpl();
		return technique;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phrase createPhrase() {
		PhraseImpl phrase = new PhraseImpl();
		return phrase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tag createTag() {
		TagImpl tag = new TagImpl();
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Audience createAudience() {
		AudienceImpl audience = new AudienceImpl();
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurationEvent createCurationEvent() {
		CurationEventImpl curationEvent = new CurationEventImpl();
		return curationEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inbox createInbox() {
		InboxImpl inbox = new InboxImpl();
		return inbox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Candidate createCandidate() {
		CandidateImpl candidate = new CandidateImpl();
		return candidate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CandidateKind createCandidateKindFromString(EDataType eDataType, String initialValue) {
		CandidateKind result = CandidateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCandidateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CandidateDecision createCandidateDecisionFromString(EDataType eDataType, String initialValue) {
		CandidateDecision result = CandidateDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCandidateDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurationAction createCurationActionFromString(EDataType eDataType, String initialValue) {
		CurationAction result = CurationAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCurationActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Status createStatusFromString(EDataType eDataType, String initialValue) {
		Status result = Status.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PhraseKind createPhraseKindFromString(EDataType eDataType, String initialValue) {
		PhraseKind result = PhraseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhraseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Emotion createEmotionFromString(EDataType eDataType, String initialValue) {
		Emotion result = Emotion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmotionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Parses an ISO-8601 calendar date (2026-11-25); null or an empty string gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return parley.model.time.IsoDates.parseDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes ISO-8601 (2026-11-25); null gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : ((LocalDate)instanceValue).toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Parses an ISO-8601 instant (2026-11-25T16:17:01Z); null or an empty string gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return parley.model.time.IsoDates.parseInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes ISO-8601 in UTC (2026-11-25T16:17:01Z); null gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : ((Instant)instanceValue).toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlaybookPackage getPlaybookPackage() {
		return (PlaybookPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlaybookPackage getPackage() {
		return PlaybookPackage.eINSTANCE;
	}

} //PlaybookFactoryImpl
