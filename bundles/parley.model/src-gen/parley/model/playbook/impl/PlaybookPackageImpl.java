/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import parley.model.playbook.Audience;
import parley.model.playbook.Candidate;
import parley.model.playbook.CandidateDecision;
import parley.model.playbook.CandidateKind;
import parley.model.playbook.Channel;
import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Emotion;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.Inbox;
import parley.model.playbook.Phrase;
import parley.model.playbook.PhraseKind;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.ReviewComment;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Status;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlaybookPackageImpl extends EPackageImpl implements PlaybookPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass playbookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass techniqueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phraseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass audienceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass curationEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inboxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass candidateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum candidateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum candidateDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum curationActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phraseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum emotionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see parley.model.playbook.PlaybookPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlaybookPackageImpl() {
		super(eNS_URI, PlaybookFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PlaybookPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlaybookPackage init() {
		if (isInited) return (PlaybookPackage)EPackage.Registry.INSTANCE.getEPackage(PlaybookPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlaybookPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlaybookPackageImpl thePlaybookPackage = registeredPlaybookPackage instanceof PlaybookPackageImpl ? (PlaybookPackageImpl)registeredPlaybookPackage : new PlaybookPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlaybookPackage.createPackageContents();

		// Initialize created meta-data
		thePlaybookPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePlaybookPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlaybookPackage.eNS_URI, thePlaybookPackage);
		return thePlaybookPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlaybook() {
		return playbookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_Title() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_Description() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_Organisation() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_FourEyes() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_TechniqueReviewDays() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_PhraseReviewDays() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_ScenarioReviewDays() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybook_SourceReviewDays() {
		return (EAttribute)playbookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Techniques() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Phrases() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Scenarios() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Sources() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Tags() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlaybook_Audiences() {
		return (EReference)playbookEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntry() {
		return entryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Title() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_Tags() {
		return (EReference)entryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_Audiences() {
		return (EReference)entryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Channels() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_Sources() {
		return (EReference)entryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Status() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Owner() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_LastReviewed() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_ReviewIntervalDays() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Created() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Modified() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_EditedBy() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntry_Reviewer() {
		return (EAttribute)entryEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_ReplacedBy() {
		return (EReference)entryEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_Events() {
		return (EReference)entryEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntry_Comments() {
		return (EReference)entryEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechnique() {
		return techniqueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Summary() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Rationale() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Steps() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnique_Pitfalls() {
		return (EAttribute)techniqueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnique_Related() {
		return (EReference)techniqueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhrase() {
		return phraseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhrase_Text() {
		return (EAttribute)phraseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhrase_Kind() {
		return (EAttribute)phraseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhrase_Replacements() {
		return (EReference)phraseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhrase_Usage() {
		return (EAttribute)phraseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhrase_Techniques() {
		return (EReference)phraseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Situation() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Emotions() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Signals() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Steps() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Outcome() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Instruction() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Techniques() {
		return (EReference)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Phrases() {
		return (EReference)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Publisher() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Author() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Summary() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Published() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ImportedText() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTag() {
		return tagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTag_Name() {
		return (EAttribute)tagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTag_Description() {
		return (EAttribute)tagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAudience() {
		return audienceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Name() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Description() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCurationEvent() {
		return curationEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_Action() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_By() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_At() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_Comment() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_Fingerprint() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurationEvent_Content() {
		return (EAttribute)curationEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewComment() {
		return reviewCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Author() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_At() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Text() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInbox() {
		return inboxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_Candidates() {
		return (EReference)inboxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCandidate() {
		return candidateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Kind() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Title() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Text() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Context() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Passage() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_PhraseKind() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCandidate_Replacement() {
		return (EReference)candidateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_SourceId() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Document() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Created() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_Decision() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_EntryId() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_DecidedBy() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidate_DecidedAt() {
		return (EAttribute)candidateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCandidateKind() {
		return candidateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCandidateDecision() {
		return candidateDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCurationAction() {
		return curationActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatus() {
		return statusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhraseKind() {
		return phraseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmotion() {
		return emotionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlaybookFactory getPlaybookFactory() {
		return (PlaybookFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		playbookEClass = createEClass(PLAYBOOK);
		createEAttribute(playbookEClass, PLAYBOOK__TITLE);
		createEAttribute(playbookEClass, PLAYBOOK__DESCRIPTION);
		createEAttribute(playbookEClass, PLAYBOOK__ORGANISATION);
		createEAttribute(playbookEClass, PLAYBOOK__FOUR_EYES);
		createEAttribute(playbookEClass, PLAYBOOK__TECHNIQUE_REVIEW_DAYS);
		createEAttribute(playbookEClass, PLAYBOOK__PHRASE_REVIEW_DAYS);
		createEAttribute(playbookEClass, PLAYBOOK__SCENARIO_REVIEW_DAYS);
		createEAttribute(playbookEClass, PLAYBOOK__SOURCE_REVIEW_DAYS);
		createEReference(playbookEClass, PLAYBOOK__TECHNIQUES);
		createEReference(playbookEClass, PLAYBOOK__PHRASES);
		createEReference(playbookEClass, PLAYBOOK__SCENARIOS);
		createEReference(playbookEClass, PLAYBOOK__SOURCES);
		createEReference(playbookEClass, PLAYBOOK__TAGS);
		createEReference(playbookEClass, PLAYBOOK__AUDIENCES);

		entryEClass = createEClass(ENTRY);
		createEAttribute(entryEClass, ENTRY__TITLE);
		createEReference(entryEClass, ENTRY__TAGS);
		createEReference(entryEClass, ENTRY__AUDIENCES);
		createEAttribute(entryEClass, ENTRY__CHANNELS);
		createEReference(entryEClass, ENTRY__SOURCES);
		createEAttribute(entryEClass, ENTRY__STATUS);
		createEAttribute(entryEClass, ENTRY__OWNER);
		createEAttribute(entryEClass, ENTRY__LAST_REVIEWED);
		createEAttribute(entryEClass, ENTRY__REVIEW_INTERVAL_DAYS);
		createEAttribute(entryEClass, ENTRY__CREATED);
		createEAttribute(entryEClass, ENTRY__MODIFIED);
		createEAttribute(entryEClass, ENTRY__EDITED_BY);
		createEAttribute(entryEClass, ENTRY__REVIEWER);
		createEReference(entryEClass, ENTRY__REPLACED_BY);
		createEReference(entryEClass, ENTRY__EVENTS);
		createEReference(entryEClass, ENTRY__COMMENTS);

		techniqueEClass = createEClass(TECHNIQUE);
		createEAttribute(techniqueEClass, TECHNIQUE__SUMMARY);
		createEAttribute(techniqueEClass, TECHNIQUE__RATIONALE);
		createEAttribute(techniqueEClass, TECHNIQUE__STEPS);
		createEAttribute(techniqueEClass, TECHNIQUE__PITFALLS);
		createEReference(techniqueEClass, TECHNIQUE__RELATED);

		phraseEClass = createEClass(PHRASE);
		createEAttribute(phraseEClass, PHRASE__TEXT);
		createEAttribute(phraseEClass, PHRASE__KIND);
		createEReference(phraseEClass, PHRASE__REPLACEMENTS);
		createEAttribute(phraseEClass, PHRASE__USAGE);
		createEReference(phraseEClass, PHRASE__TECHNIQUES);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__SITUATION);
		createEAttribute(scenarioEClass, SCENARIO__EMOTIONS);
		createEAttribute(scenarioEClass, SCENARIO__SIGNALS);
		createEReference(scenarioEClass, SCENARIO__STEPS);
		createEAttribute(scenarioEClass, SCENARIO__OUTCOME);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__INSTRUCTION);
		createEReference(stepEClass, STEP__TECHNIQUES);
		createEReference(stepEClass, STEP__PHRASES);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER);
		createEAttribute(sourceEClass, SOURCE__AUTHOR);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__SUMMARY);
		createEAttribute(sourceEClass, SOURCE__PUBLISHED);
		createEAttribute(sourceEClass, SOURCE__IMPORTED_TEXT);

		tagEClass = createEClass(TAG);
		createEAttribute(tagEClass, TAG__NAME);
		createEAttribute(tagEClass, TAG__DESCRIPTION);

		audienceEClass = createEClass(AUDIENCE);
		createEAttribute(audienceEClass, AUDIENCE__NAME);
		createEAttribute(audienceEClass, AUDIENCE__DESCRIPTION);

		curationEventEClass = createEClass(CURATION_EVENT);
		createEAttribute(curationEventEClass, CURATION_EVENT__ACTION);
		createEAttribute(curationEventEClass, CURATION_EVENT__BY);
		createEAttribute(curationEventEClass, CURATION_EVENT__AT);
		createEAttribute(curationEventEClass, CURATION_EVENT__COMMENT);
		createEAttribute(curationEventEClass, CURATION_EVENT__FINGERPRINT);
		createEAttribute(curationEventEClass, CURATION_EVENT__CONTENT);

		reviewCommentEClass = createEClass(REVIEW_COMMENT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AUTHOR);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__TEXT);

		inboxEClass = createEClass(INBOX);
		createEReference(inboxEClass, INBOX__CANDIDATES);

		candidateEClass = createEClass(CANDIDATE);
		createEAttribute(candidateEClass, CANDIDATE__KIND);
		createEAttribute(candidateEClass, CANDIDATE__TITLE);
		createEAttribute(candidateEClass, CANDIDATE__TEXT);
		createEAttribute(candidateEClass, CANDIDATE__CONTEXT);
		createEAttribute(candidateEClass, CANDIDATE__PASSAGE);
		createEAttribute(candidateEClass, CANDIDATE__PHRASE_KIND);
		createEReference(candidateEClass, CANDIDATE__REPLACEMENT);
		createEAttribute(candidateEClass, CANDIDATE__SOURCE_ID);
		createEAttribute(candidateEClass, CANDIDATE__DOCUMENT);
		createEAttribute(candidateEClass, CANDIDATE__CREATED);
		createEAttribute(candidateEClass, CANDIDATE__DECISION);
		createEAttribute(candidateEClass, CANDIDATE__ENTRY_ID);
		createEAttribute(candidateEClass, CANDIDATE__DECIDED_BY);
		createEAttribute(candidateEClass, CANDIDATE__DECIDED_AT);

		// Create enums
		candidateKindEEnum = createEEnum(CANDIDATE_KIND);
		candidateDecisionEEnum = createEEnum(CANDIDATE_DECISION);
		curationActionEEnum = createEEnum(CURATION_ACTION);
		statusEEnum = createEEnum(STATUS);
		phraseKindEEnum = createEEnum(PHRASE_KIND);
		channelEEnum = createEEnum(CHANNEL);
		emotionEEnum = createEEnum(EMOTION);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		playbookEClass.getESuperTypes().add(this.getIdentified());
		entryEClass.getESuperTypes().add(this.getIdentified());
		techniqueEClass.getESuperTypes().add(this.getEntry());
		phraseEClass.getESuperTypes().add(this.getEntry());
		scenarioEClass.getESuperTypes().add(this.getEntry());
		stepEClass.getESuperTypes().add(this.getIdentified());
		sourceEClass.getESuperTypes().add(this.getEntry());
		tagEClass.getESuperTypes().add(this.getIdentified());
		audienceEClass.getESuperTypes().add(this.getIdentified());
		curationEventEClass.getESuperTypes().add(this.getIdentified());
		reviewCommentEClass.getESuperTypes().add(this.getIdentified());
		candidateEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(playbookEClass, Playbook.class, "Playbook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlaybook_Title(), ecorePackage.getEString(), "title", null, 1, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_Description(), ecorePackage.getEString(), "description", null, 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_FourEyes(), ecorePackage.getEBoolean(), "fourEyes", null, 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_TechniqueReviewDays(), ecorePackage.getEInt(), "techniqueReviewDays", "0", 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_PhraseReviewDays(), ecorePackage.getEInt(), "phraseReviewDays", "0", 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_ScenarioReviewDays(), ecorePackage.getEInt(), "scenarioReviewDays", "0", 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybook_SourceReviewDays(), ecorePackage.getEInt(), "sourceReviewDays", "0", 0, 1, Playbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Techniques(), this.getTechnique(), null, "techniques", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Phrases(), this.getPhrase(), null, "phrases", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Sources(), this.getSource(), null, "sources", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Tags(), this.getTag(), null, "tags", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlaybook_Audiences(), this.getAudience(), null, "audiences", null, 0, -1, Playbook.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entryEClass, Entry.class, "Entry", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEntry_Title(), ecorePackage.getEString(), "title", null, 1, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_Tags(), this.getTag(), null, "tags", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_Audiences(), this.getAudience(), null, "audiences", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Channels(), this.getChannel(), "channels", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_Sources(), this.getSource(), null, "sources", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Status(), this.getStatus(), "status", null, 1, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_LastReviewed(), this.getLocalDate(), "lastReviewed", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_ReviewIntervalDays(), ecorePackage.getEInt(), "reviewIntervalDays", "0", 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Created(), this.getInstant(), "created", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Modified(), this.getInstant(), "modified", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_EditedBy(), ecorePackage.getEString(), "editedBy", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEntry_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_ReplacedBy(), this.getEntry(), null, "replacedBy", null, 0, 1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_Events(), this.getCurationEvent(), null, "events", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntry_Comments(), this.getReviewComment(), null, "comments", null, 0, -1, Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(techniqueEClass, Technique.class, "Technique", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechnique_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnique_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnique_Steps(), ecorePackage.getEString(), "steps", null, 0, -1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnique_Pitfalls(), ecorePackage.getEString(), "pitfalls", null, 0, -1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnique_Related(), this.getTechnique(), null, "related", null, 0, -1, Technique.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phraseEClass, Phrase.class, "Phrase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhrase_Text(), ecorePackage.getEString(), "text", null, 1, 1, Phrase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhrase_Kind(), this.getPhraseKind(), "kind", null, 1, 1, Phrase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhrase_Replacements(), this.getPhrase(), null, "replacements", null, 0, -1, Phrase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhrase_Usage(), ecorePackage.getEString(), "usage", null, 0, 1, Phrase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPhrase_Techniques(), this.getTechnique(), null, "techniques", null, 0, -1, Phrase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Situation(), ecorePackage.getEString(), "situation", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Emotions(), this.getEmotion(), "emotions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Signals(), ecorePackage.getEString(), "signals", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Steps(), this.getStep(), null, "steps", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Instruction(), ecorePackage.getEString(), "instruction", null, 1, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Techniques(), this.getTechnique(), null, "techniques", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Phrases(), this.getPhrase(), null, "phrases", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Author(), ecorePackage.getEString(), "author", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Published(), ecorePackage.getEString(), "published", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ImportedText(), ecorePackage.getEString(), "importedText", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tagEClass, Tag.class, "Tag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTag_Name(), ecorePackage.getEString(), "name", null, 1, 1, Tag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTag_Description(), ecorePackage.getEString(), "description", null, 0, 1, Tag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(audienceEClass, Audience.class, "Audience", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAudience_Name(), ecorePackage.getEString(), "name", null, 1, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAudience_Description(), ecorePackage.getEString(), "description", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(curationEventEClass, CurationEvent.class, "CurationEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCurationEvent_Action(), this.getCurationAction(), "action", null, 1, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurationEvent_By(), ecorePackage.getEString(), "by", null, 1, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurationEvent_At(), this.getInstant(), "at", null, 1, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurationEvent_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurationEvent_Fingerprint(), ecorePackage.getEString(), "fingerprint", null, 0, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurationEvent_Content(), ecorePackage.getEString(), "content", null, 0, 1, CurationEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewCommentEClass, ReviewComment.class, "ReviewComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewComment_Author(), ecorePackage.getEString(), "author", null, 1, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_At(), this.getInstant(), "at", null, 1, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Text(), ecorePackage.getEString(), "text", null, 1, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inboxEClass, Inbox.class, "Inbox", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInbox_Candidates(), this.getCandidate(), null, "candidates", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(candidateEClass, Candidate.class, "Candidate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCandidate_Kind(), this.getCandidateKind(), "kind", null, 1, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Title(), ecorePackage.getEString(), "title", null, 1, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Text(), ecorePackage.getEString(), "text", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Context(), ecorePackage.getEString(), "context", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Passage(), ecorePackage.getEString(), "passage", null, 1, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_PhraseKind(), this.getPhraseKind(), "phraseKind", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCandidate_Replacement(), this.getCandidate(), null, "replacement", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_SourceId(), ecorePackage.getEString(), "sourceId", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Document(), ecorePackage.getEString(), "document", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Created(), this.getInstant(), "created", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_Decision(), this.getCandidateDecision(), "decision", null, 1, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_EntryId(), ecorePackage.getEString(), "entryId", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidate_DecidedAt(), this.getInstant(), "decidedAt", null, 0, 1, Candidate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(candidateKindEEnum, CandidateKind.class, "CandidateKind");
		addEEnumLiteral(candidateKindEEnum, CandidateKind.TECHNIQUE);
		addEEnumLiteral(candidateKindEEnum, CandidateKind.PHRASE);
		addEEnumLiteral(candidateKindEEnum, CandidateKind.SCENARIO);

		initEEnum(candidateDecisionEEnum, CandidateDecision.class, "CandidateDecision");
		addEEnumLiteral(candidateDecisionEEnum, CandidateDecision.PENDING);
		addEEnumLiteral(candidateDecisionEEnum, CandidateDecision.ACCEPTED);
		addEEnumLiteral(candidateDecisionEEnum, CandidateDecision.MERGED);
		addEEnumLiteral(candidateDecisionEEnum, CandidateDecision.DISCARDED);

		initEEnum(curationActionEEnum, CurationAction.class, "CurationAction");
		addEEnumLiteral(curationActionEEnum, CurationAction.SUBMITTED);
		addEEnumLiteral(curationActionEEnum, CurationAction.APPROVED);
		addEEnumLiteral(curationActionEEnum, CurationAction.RETURNED);
		addEEnumLiteral(curationActionEEnum, CurationAction.RETIRED);
		addEEnumLiteral(curationActionEEnum, CurationAction.REVIEWED);
		addEEnumLiteral(curationActionEEnum, CurationAction.REOPENED);

		initEEnum(statusEEnum, Status.class, "Status");
		addEEnumLiteral(statusEEnum, Status.DRAFT);
		addEEnumLiteral(statusEEnum, Status.IN_REVIEW);
		addEEnumLiteral(statusEEnum, Status.APPROVED);
		addEEnumLiteral(statusEEnum, Status.RETIRED);

		initEEnum(phraseKindEEnum, PhraseKind.class, "PhraseKind");
		addEEnumLiteral(phraseKindEEnum, PhraseKind.RECOMMENDED);
		addEEnumLiteral(phraseKindEEnum, PhraseKind.AVOID);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.CHAT);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.IN_PERSON);

		initEEnum(emotionEEnum, Emotion.class, "Emotion");
		addEEnumLiteral(emotionEEnum, Emotion.ANGRY);
		addEEnumLiteral(emotionEEnum, Emotion.ANXIOUS);
		addEEnumLiteral(emotionEEnum, Emotion.CONFUSED);
		addEEnumLiteral(emotionEEnum, Emotion.OUT_OF_CONTROL);
		addEEnumLiteral(emotionEEnum, Emotion.FRUSTRATED);
		addEEnumLiteral(emotionEEnum, Emotion.UPSET);
		addEEnumLiteral(emotionEEnum, Emotion.IMPATIENT);
		addEEnumLiteral(emotionEEnum, Emotion.DISAPPOINTED);
		addEEnumLiteral(emotionEEnum, Emotion.OVERWHELMED);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "A de-escalation playbook: techniques, phrases and scenarios for customer-service teams, the sources they come from, and curation data. Every element has a stable UUID that is its key in files, the search index and diffs."
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "documentation", "Anything with a stable identity. The id is a random UUID assigned when the element is created and never changed."
		   });
		addAnnotation
		  (playbookEClass,
		   source,
		   new String[] {
			   "documentation", "The root: playbook metadata and every entity. The entity lists are transient because the store keeps each entity in a shard file of its own type; their order carries no meaning."
		   });
		addAnnotation
		  (getPlaybook_FourEyes(),
		   source,
		   new String[] {
			   "documentation", "Four eyes: whoever approves an entry must not be the person who last edited its content."
		   });
		addAnnotation
		  (getPlaybook_TechniqueReviewDays(),
		   source,
		   new String[] {
			   "documentation", "Days between reviews of a technique whose own interval is 0; 0 means no schedule. Likewise phraseReviewDays, scenarioReviewDays and sourceReviewDays."
		   });
		addAnnotation
		  (entryEClass,
		   source,
		   new String[] {
			   "documentation", "A curated playbook entry (technique, phrase, scenario or source) with classification and curation data."
		   });
		addAnnotation
		  (getEntry_Sources(),
		   source,
		   new String[] {
			   "documentation", "The sources this entry draws on (its citations)."
		   });
		addAnnotation
		  (getEntry_ReviewIntervalDays(),
		   source,
		   new String[] {
			   "documentation", "Days between reviews; 0 means no review schedule."
		   });
		addAnnotation
		  (getEntry_EditedBy(),
		   source,
		   new String[] {
			   "documentation", "Who last changed the entry\'s content (the fields an approval covers)."
		   });
		addAnnotation
		  (getEntry_Reviewer(),
		   source,
		   new String[] {
			   "documentation", "Who is asked to review the entry while it is in review (optional)."
		   });
		addAnnotation
		  (getEntry_ReplacedBy(),
		   source,
		   new String[] {
			   "documentation", "For a retired entry: the entry that takes its place (optional)."
		   });
		addAnnotation
		  (getEntry_Events(),
		   source,
		   new String[] {
			   "documentation", "The entry\'s curation history, oldest first: every transition, who made it, when and why. The last approval in it records the content approved."
		   });
		addAnnotation
		  (getEntry_Comments(),
		   source,
		   new String[] {
			   "documentation", "Review notes about the entry, oldest first."
		   });
		addAnnotation
		  (getTechnique_Rationale(),
		   source,
		   new String[] {
			   "documentation", "Why the technique works."
		   });
		addAnnotation
		  (getTechnique_Steps(),
		   source,
		   new String[] {
			   "documentation", "How to apply it, in order."
		   });
		addAnnotation
		  (getPhrase_Text(),
		   source,
		   new String[] {
			   "documentation", "The exact wording."
		   });
		addAnnotation
		  (getPhrase_Replacements(),
		   source,
		   new String[] {
			   "documentation", "For an avoid-phrase: the recommended phrases to say instead."
		   });
		addAnnotation
		  (getPhrase_Usage(),
		   source,
		   new String[] {
			   "documentation", "Tone and usage notes."
		   });
		addAnnotation
		  (getPhrase_Techniques(),
		   source,
		   new String[] {
			   "documentation", "The techniques this phrase puts into words."
		   });
		addAnnotation
		  (getScenario_Signals(),
		   source,
		   new String[] {
			   "documentation", "What the agent notices that points to this scenario."
		   });
		addAnnotation
		  (getScenario_Outcome(),
		   source,
		   new String[] {
			   "documentation", "The desired outcome of the conversation."
		   });
		addAnnotation
		  (getSource_Published(),
		   source,
		   new String[] {
			   "documentation", "When the source was published: an ISO-8601 date (2024-03-05) when the document gives one that can be read, otherwise as the document writes it."
		   });
		addAnnotation
		  (getSource_ImportedText(),
		   source,
		   new String[] {
			   "documentation", "The document\'s text as it was imported, one block a line. Kept to check that entries citing the source are written in the playbook\'s own words; never published."
		   });
		addAnnotation
		  (curationEventEClass,
		   source,
		   new String[] {
			   "documentation", "One curation step of an entry: who did what, when, with an optional comment."
		   });
		addAnnotation
		  (getCurationEvent_Fingerprint(),
		   source,
		   new String[] {
			   "documentation", "For an approval: SHA-256 (hex) of the content approved, the fields an approval covers."
		   });
		addAnnotation
		  (getCurationEvent_Content(),
		   source,
		   new String[] {
			   "documentation", "For an approval: the content approved as readable text, one field a line, to compare with the current content."
		   });
		addAnnotation
		  (reviewCommentEClass,
		   source,
		   new String[] {
			   "documentation", "A review note about an entry."
		   });
		addAnnotation
		  (inboxEClass,
		   source,
		   new String[] {
			   "documentation", "Candidates found in imported documents, waiting for an author to accept, merge or discard them. Local to one copy of a playbook (kept under .parley/), never versioned."
		   });
		addAnnotation
		  (candidateEClass,
		   source,
		   new String[] {
			   "documentation", "Something an imported document suggests as a technique, phrase or scenario, with the exact passage it came from."
		   });
		addAnnotation
		  (getCandidate_Text(),
		   source,
		   new String[] {
			   "documentation", "The suggested content: a phrase\'s wording, a technique\'s advice."
		   });
		addAnnotation
		  (getCandidate_Context(),
		   source,
		   new String[] {
			   "documentation", "The paragraph that follows or surrounds the candidate in the document."
		   });
		addAnnotation
		  (getCandidate_Passage(),
		   source,
		   new String[] {
			   "documentation", "The exact text of the document the candidate was found in."
		   });
		addAnnotation
		  (getCandidate_Replacement(),
		   source,
		   new String[] {
			   "documentation", "For an avoid candidate: the recommended wording the document pairs with it."
		   });
		addAnnotation
		  (getCandidate_SourceId(),
		   source,
		   new String[] {
			   "documentation", "The id of the Source entry created for the document."
		   });
		addAnnotation
		  (getCandidate_Document(),
		   source,
		   new String[] {
			   "documentation", "The file name of the imported document."
		   });
		addAnnotation
		  (getCandidate_EntryId(),
		   source,
		   new String[] {
			   "documentation", "For an accepted or merged candidate: the entry it became or was merged into."
		   });
		addAnnotation
		  (localDateEDataType,
		   source,
		   new String[] {
			   "documentation", "A calendar date, serialised as ISO-8601 (2026-11-25)."
		   });
		addAnnotation
		  (instantEDataType,
		   source,
		   new String[] {
			   "documentation", "A point in time, serialised as ISO-8601 UTC (2026-11-25T16:17:01Z)."
		   });
	}

} //PlaybookPackageImpl
