/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A de-escalation playbook: techniques, phrases and scenarios for customer-service teams, the sources they come from, and curation data. Every element has a stable UUID that is its key in files, the search index and diffs.
 * <!-- end-model-doc -->
 * @see parley.model.playbook.PlaybookFactory
 * @model kind="package"
 * @generated
 */
public interface PlaybookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "playbook";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:parley:playbook:1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "parley";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlaybookPackage eINSTANCE = parley.model.playbook.impl.PlaybookPackageImpl.init();

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.IdentifiedImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.PlaybookImpl <em>Playbook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.PlaybookImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPlaybook()
	 * @generated
	 */
	int PLAYBOOK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Four Eyes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__FOUR_EYES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Technique Review Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__TECHNIQUE_REVIEW_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phrase Review Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__PHRASE_REVIEW_DAYS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scenario Review Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__SCENARIO_REVIEW_DAYS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source Review Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__SOURCE_REVIEW_DAYS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Techniques</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__TECHNIQUES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Phrases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__PHRASES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__SCENARIOS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__SOURCES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__TAGS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK__AUDIENCES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Playbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Playbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.EntryImpl <em>Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.EntryImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getEntry()
	 * @generated
	 */
	int ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__TAGS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__AUDIENCES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__CHANNELS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__SOURCES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__OWNER = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__LAST_REVIEWED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Review Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__REVIEW_INTERVAL_DAYS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__CREATED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__MODIFIED = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__EDITED_BY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__REVIEWER = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__REPLACED_BY = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__EVENTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY__COMMENTS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.TechniqueImpl <em>Technique</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.TechniqueImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getTechnique()
	 * @generated
	 */
	int TECHNIQUE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__ID = ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__TITLE = ENTRY__TITLE;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__TAGS = ENTRY__TAGS;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__AUDIENCES = ENTRY__AUDIENCES;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__CHANNELS = ENTRY__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__SOURCES = ENTRY__SOURCES;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__STATUS = ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__OWNER = ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__LAST_REVIEWED = ENTRY__LAST_REVIEWED;

	/**
	 * The feature id for the '<em><b>Review Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__REVIEW_INTERVAL_DAYS = ENTRY__REVIEW_INTERVAL_DAYS;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__CREATED = ENTRY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__MODIFIED = ENTRY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__EDITED_BY = ENTRY__EDITED_BY;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__REVIEWER = ENTRY__REVIEWER;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__REPLACED_BY = ENTRY__REPLACED_BY;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__EVENTS = ENTRY__EVENTS;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__COMMENTS = ENTRY__COMMENTS;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__SUMMARY = ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__RATIONALE = ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__STEPS = ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pitfalls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__PITFALLS = ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE__RELATED = ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_FEATURE_COUNT = ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Technique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNIQUE_OPERATION_COUNT = ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.PhraseImpl <em>Phrase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.PhraseImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPhrase()
	 * @generated
	 */
	int PHRASE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__ID = ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__TITLE = ENTRY__TITLE;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__TAGS = ENTRY__TAGS;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__AUDIENCES = ENTRY__AUDIENCES;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__CHANNELS = ENTRY__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__SOURCES = ENTRY__SOURCES;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__STATUS = ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__OWNER = ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__LAST_REVIEWED = ENTRY__LAST_REVIEWED;

	/**
	 * The feature id for the '<em><b>Review Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__REVIEW_INTERVAL_DAYS = ENTRY__REVIEW_INTERVAL_DAYS;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__CREATED = ENTRY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__MODIFIED = ENTRY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__EDITED_BY = ENTRY__EDITED_BY;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__REVIEWER = ENTRY__REVIEWER;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__REPLACED_BY = ENTRY__REPLACED_BY;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__EVENTS = ENTRY__EVENTS;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__COMMENTS = ENTRY__COMMENTS;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__TEXT = ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__KIND = ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Replacements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__REPLACEMENTS = ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__USAGE = ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Techniques</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE__TECHNIQUES = ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Phrase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE_FEATURE_COUNT = ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Phrase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHRASE_OPERATION_COUNT = ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.ScenarioImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TITLE = ENTRY__TITLE;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TAGS = ENTRY__TAGS;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__AUDIENCES = ENTRY__AUDIENCES;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CHANNELS = ENTRY__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SOURCES = ENTRY__SOURCES;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STATUS = ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OWNER = ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__LAST_REVIEWED = ENTRY__LAST_REVIEWED;

	/**
	 * The feature id for the '<em><b>Review Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REVIEW_INTERVAL_DAYS = ENTRY__REVIEW_INTERVAL_DAYS;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CREATED = ENTRY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MODIFIED = ENTRY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EDITED_BY = ENTRY__EDITED_BY;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REVIEWER = ENTRY__REVIEWER;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REPLACED_BY = ENTRY__REPLACED_BY;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EVENTS = ENTRY__EVENTS;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__COMMENTS = ENTRY__COMMENTS;

	/**
	 * The feature id for the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SITUATION = ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Emotions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EMOTIONS = ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SIGNALS = ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STEPS = ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OUTCOME = ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.StepImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__INSTRUCTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Techniques</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TECHNIQUES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phrases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PHRASES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.SourceImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = ENTRY__TITLE;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TAGS = ENTRY__TAGS;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUDIENCES = ENTRY__AUDIENCES;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CHANNELS = ENTRY__CHANNELS;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SOURCES = ENTRY__SOURCES;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATUS = ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__OWNER = ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Last Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LAST_REVIEWED = ENTRY__LAST_REVIEWED;

	/**
	 * The feature id for the '<em><b>Review Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__REVIEW_INTERVAL_DAYS = ENTRY__REVIEW_INTERVAL_DAYS;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CREATED = ENTRY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MODIFIED = ENTRY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Edited By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__EDITED_BY = ENTRY__EDITED_BY;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__REVIEWER = ENTRY__REVIEWER;

	/**
	 * The feature id for the '<em><b>Replaced By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__REPLACED_BY = ENTRY__REPLACED_BY;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__EVENTS = ENTRY__EVENTS;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__COMMENTS = ENTRY__COMMENTS;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER = ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHOR = ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SUMMARY = ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHED = ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Imported Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORTED_TEXT = ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = ENTRY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.TagImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.AudienceImpl <em>Audience</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.AudienceImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.CurationEventImpl <em>Curation Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.CurationEventImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCurationEvent()
	 * @generated
	 */
	int CURATION_EVENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__ACTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__AT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__COMMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__FINGERPRINT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT__CONTENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Curation Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Curation Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_EVENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.ReviewCommentImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.InboxImpl <em>Inbox</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.InboxImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getInbox()
	 * @generated
	 */
	int INBOX = 12;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__CANDIDATES = 0;

	/**
	 * The number of structural features of the '<em>Inbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Inbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.impl.CandidateImpl <em>Candidate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.impl.CandidateImpl
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidate()
	 * @generated
	 */
	int CANDIDATE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__CONTEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Passage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__PASSAGE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phrase Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__PHRASE_KIND = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Replacement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__REPLACEMENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__SOURCE_ID = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__DOCUMENT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__CREATED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__DECISION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Entry Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__ENTRY_ID = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE__DECIDED_AT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Candidate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Candidate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link parley.model.playbook.CandidateKind <em>Candidate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.CandidateKind
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidateKind()
	 * @generated
	 */
	int CANDIDATE_KIND = 14;

	/**
	 * The meta object id for the '{@link parley.model.playbook.CandidateDecision <em>Candidate Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.CandidateDecision
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidateDecision()
	 * @generated
	 */
	int CANDIDATE_DECISION = 15;

	/**
	 * The meta object id for the '{@link parley.model.playbook.CurationAction <em>Curation Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.CurationAction
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCurationAction()
	 * @generated
	 */
	int CURATION_ACTION = 16;

	/**
	 * The meta object id for the '{@link parley.model.playbook.Status <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.Status
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 17;

	/**
	 * The meta object id for the '{@link parley.model.playbook.PhraseKind <em>Phrase Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.PhraseKind
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPhraseKind()
	 * @generated
	 */
	int PHRASE_KIND = 18;

	/**
	 * The meta object id for the '{@link parley.model.playbook.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.Channel
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 19;

	/**
	 * The meta object id for the '{@link parley.model.playbook.Emotion <em>Emotion</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see parley.model.playbook.Emotion
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getEmotion()
	 * @generated
	 */
	int EMOTION = 20;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 21;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see parley.model.playbook.impl.PlaybookPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 22;


	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see parley.model.playbook.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see parley.model.playbook.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Playbook <em>Playbook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Playbook</em>'.
	 * @see parley.model.playbook.Playbook
	 * @generated
	 */
	EClass getPlaybook();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see parley.model.playbook.Playbook#getTitle()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_Title();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see parley.model.playbook.Playbook#getDescription()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_Description();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see parley.model.playbook.Playbook#getOrganisation()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#isFourEyes <em>Four Eyes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Four Eyes</em>'.
	 * @see parley.model.playbook.Playbook#isFourEyes()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_FourEyes();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getTechniqueReviewDays <em>Technique Review Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technique Review Days</em>'.
	 * @see parley.model.playbook.Playbook#getTechniqueReviewDays()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_TechniqueReviewDays();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getPhraseReviewDays <em>Phrase Review Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phrase Review Days</em>'.
	 * @see parley.model.playbook.Playbook#getPhraseReviewDays()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_PhraseReviewDays();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getScenarioReviewDays <em>Scenario Review Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Review Days</em>'.
	 * @see parley.model.playbook.Playbook#getScenarioReviewDays()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_ScenarioReviewDays();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Playbook#getSourceReviewDays <em>Source Review Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Review Days</em>'.
	 * @see parley.model.playbook.Playbook#getSourceReviewDays()
	 * @see #getPlaybook()
	 * @generated
	 */
	EAttribute getPlaybook_SourceReviewDays();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getTechniques <em>Techniques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Techniques</em>'.
	 * @see parley.model.playbook.Playbook#getTechniques()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Techniques();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getPhrases <em>Phrases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phrases</em>'.
	 * @see parley.model.playbook.Playbook#getPhrases()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Phrases();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see parley.model.playbook.Playbook#getScenarios()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see parley.model.playbook.Playbook#getSources()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see parley.model.playbook.Playbook#getTags()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Playbook#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audiences</em>'.
	 * @see parley.model.playbook.Playbook#getAudiences()
	 * @see #getPlaybook()
	 * @generated
	 */
	EReference getPlaybook_Audiences();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Entry <em>Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entry</em>'.
	 * @see parley.model.playbook.Entry
	 * @generated
	 */
	EClass getEntry();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see parley.model.playbook.Entry#getTitle()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Title();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Entry#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see parley.model.playbook.Entry#getTags()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_Tags();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Entry#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Audiences</em>'.
	 * @see parley.model.playbook.Entry#getAudiences()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_Audiences();

	/**
	 * Returns the meta object for the attribute list '{@link parley.model.playbook.Entry#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see parley.model.playbook.Entry#getChannels()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Channels();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Entry#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see parley.model.playbook.Entry#getSources()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_Sources();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see parley.model.playbook.Entry#getStatus()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see parley.model.playbook.Entry#getOwner()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Owner();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getLastReviewed <em>Last Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Reviewed</em>'.
	 * @see parley.model.playbook.Entry#getLastReviewed()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_LastReviewed();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getReviewIntervalDays <em>Review Interval Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Interval Days</em>'.
	 * @see parley.model.playbook.Entry#getReviewIntervalDays()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_ReviewIntervalDays();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see parley.model.playbook.Entry#getCreated()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Created();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see parley.model.playbook.Entry#getModified()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Modified();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getEditedBy <em>Edited By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edited By</em>'.
	 * @see parley.model.playbook.Entry#getEditedBy()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_EditedBy();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Entry#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see parley.model.playbook.Entry#getReviewer()
	 * @see #getEntry()
	 * @generated
	 */
	EAttribute getEntry_Reviewer();

	/**
	 * Returns the meta object for the reference '{@link parley.model.playbook.Entry#getReplacedBy <em>Replaced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replaced By</em>'.
	 * @see parley.model.playbook.Entry#getReplacedBy()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_ReplacedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Entry#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see parley.model.playbook.Entry#getEvents()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Entry#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see parley.model.playbook.Entry#getComments()
	 * @see #getEntry()
	 * @generated
	 */
	EReference getEntry_Comments();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Technique <em>Technique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technique</em>'.
	 * @see parley.model.playbook.Technique
	 * @generated
	 */
	EClass getTechnique();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Technique#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see parley.model.playbook.Technique#getSummary()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Summary();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Technique#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see parley.model.playbook.Technique#getRationale()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Rationale();

	/**
	 * Returns the meta object for the attribute list '{@link parley.model.playbook.Technique#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Steps</em>'.
	 * @see parley.model.playbook.Technique#getSteps()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Steps();

	/**
	 * Returns the meta object for the attribute list '{@link parley.model.playbook.Technique#getPitfalls <em>Pitfalls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pitfalls</em>'.
	 * @see parley.model.playbook.Technique#getPitfalls()
	 * @see #getTechnique()
	 * @generated
	 */
	EAttribute getTechnique_Pitfalls();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Technique#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see parley.model.playbook.Technique#getRelated()
	 * @see #getTechnique()
	 * @generated
	 */
	EReference getTechnique_Related();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Phrase <em>Phrase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phrase</em>'.
	 * @see parley.model.playbook.Phrase
	 * @generated
	 */
	EClass getPhrase();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Phrase#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see parley.model.playbook.Phrase#getText()
	 * @see #getPhrase()
	 * @generated
	 */
	EAttribute getPhrase_Text();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Phrase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see parley.model.playbook.Phrase#getKind()
	 * @see #getPhrase()
	 * @generated
	 */
	EAttribute getPhrase_Kind();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Phrase#getReplacements <em>Replacements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Replacements</em>'.
	 * @see parley.model.playbook.Phrase#getReplacements()
	 * @see #getPhrase()
	 * @generated
	 */
	EReference getPhrase_Replacements();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Phrase#getUsage <em>Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usage</em>'.
	 * @see parley.model.playbook.Phrase#getUsage()
	 * @see #getPhrase()
	 * @generated
	 */
	EAttribute getPhrase_Usage();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Phrase#getTechniques <em>Techniques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Techniques</em>'.
	 * @see parley.model.playbook.Phrase#getTechniques()
	 * @see #getPhrase()
	 * @generated
	 */
	EReference getPhrase_Techniques();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see parley.model.playbook.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Scenario#getSituation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Situation</em>'.
	 * @see parley.model.playbook.Scenario#getSituation()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Situation();

	/**
	 * Returns the meta object for the attribute list '{@link parley.model.playbook.Scenario#getEmotions <em>Emotions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Emotions</em>'.
	 * @see parley.model.playbook.Scenario#getEmotions()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Emotions();

	/**
	 * Returns the meta object for the attribute list '{@link parley.model.playbook.Scenario#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Signals</em>'.
	 * @see parley.model.playbook.Scenario#getSignals()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Signals();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Scenario#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see parley.model.playbook.Scenario#getSteps()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Steps();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Scenario#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see parley.model.playbook.Scenario#getOutcome()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Outcome();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see parley.model.playbook.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Step#getInstruction <em>Instruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instruction</em>'.
	 * @see parley.model.playbook.Step#getInstruction()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Instruction();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Step#getTechniques <em>Techniques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Techniques</em>'.
	 * @see parley.model.playbook.Step#getTechniques()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Techniques();

	/**
	 * Returns the meta object for the reference list '{@link parley.model.playbook.Step#getPhrases <em>Phrases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Phrases</em>'.
	 * @see parley.model.playbook.Step#getPhrases()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Phrases();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see parley.model.playbook.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see parley.model.playbook.Source#getPublisher()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see parley.model.playbook.Source#getAuthor()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Author();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see parley.model.playbook.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see parley.model.playbook.Source#getSummary()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Summary();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see parley.model.playbook.Source#getPublished()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Published();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Source#getImportedText <em>Imported Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported Text</em>'.
	 * @see parley.model.playbook.Source#getImportedText()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImportedText();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see parley.model.playbook.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see parley.model.playbook.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Tag#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see parley.model.playbook.Tag#getDescription()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Description();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audience</em>'.
	 * @see parley.model.playbook.Audience
	 * @generated
	 */
	EClass getAudience();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Audience#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see parley.model.playbook.Audience#getName()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Name();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Audience#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see parley.model.playbook.Audience#getDescription()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Description();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.CurationEvent <em>Curation Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Curation Event</em>'.
	 * @see parley.model.playbook.CurationEvent
	 * @generated
	 */
	EClass getCurationEvent();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see parley.model.playbook.CurationEvent#getAction()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_Action();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see parley.model.playbook.CurationEvent#getBy()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_By();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see parley.model.playbook.CurationEvent#getAt()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see parley.model.playbook.CurationEvent#getComment()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_Comment();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see parley.model.playbook.CurationEvent#getFingerprint()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_Fingerprint();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.CurationEvent#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see parley.model.playbook.CurationEvent#getContent()
	 * @see #getCurationEvent()
	 * @generated
	 */
	EAttribute getCurationEvent_Content();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see parley.model.playbook.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.ReviewComment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see parley.model.playbook.ReviewComment#getAuthor()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.ReviewComment#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see parley.model.playbook.ReviewComment#getAt()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_At();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see parley.model.playbook.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Inbox <em>Inbox</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inbox</em>'.
	 * @see parley.model.playbook.Inbox
	 * @generated
	 */
	EClass getInbox();

	/**
	 * Returns the meta object for the containment reference list '{@link parley.model.playbook.Inbox#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Candidates</em>'.
	 * @see parley.model.playbook.Inbox#getCandidates()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_Candidates();

	/**
	 * Returns the meta object for class '{@link parley.model.playbook.Candidate <em>Candidate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Candidate</em>'.
	 * @see parley.model.playbook.Candidate
	 * @generated
	 */
	EClass getCandidate();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see parley.model.playbook.Candidate#getKind()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see parley.model.playbook.Candidate#getTitle()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Title();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see parley.model.playbook.Candidate#getText()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Text();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see parley.model.playbook.Candidate#getContext()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Context();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passage</em>'.
	 * @see parley.model.playbook.Candidate#getPassage()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Passage();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getPhraseKind <em>Phrase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phrase Kind</em>'.
	 * @see parley.model.playbook.Candidate#getPhraseKind()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_PhraseKind();

	/**
	 * Returns the meta object for the reference '{@link parley.model.playbook.Candidate#getReplacement <em>Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replacement</em>'.
	 * @see parley.model.playbook.Candidate#getReplacement()
	 * @see #getCandidate()
	 * @generated
	 */
	EReference getCandidate_Replacement();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getSourceId <em>Source Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Id</em>'.
	 * @see parley.model.playbook.Candidate#getSourceId()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_SourceId();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see parley.model.playbook.Candidate#getDocument()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Document();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see parley.model.playbook.Candidate#getCreated()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Created();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see parley.model.playbook.Candidate#getDecision()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_Decision();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getEntryId <em>Entry Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Id</em>'.
	 * @see parley.model.playbook.Candidate#getEntryId()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_EntryId();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see parley.model.playbook.Candidate#getDecidedBy()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link parley.model.playbook.Candidate#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see parley.model.playbook.Candidate#getDecidedAt()
	 * @see #getCandidate()
	 * @generated
	 */
	EAttribute getCandidate_DecidedAt();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.CandidateKind <em>Candidate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Candidate Kind</em>'.
	 * @see parley.model.playbook.CandidateKind
	 * @generated
	 */
	EEnum getCandidateKind();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.CandidateDecision <em>Candidate Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Candidate Decision</em>'.
	 * @see parley.model.playbook.CandidateDecision
	 * @generated
	 */
	EEnum getCandidateDecision();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.CurationAction <em>Curation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Curation Action</em>'.
	 * @see parley.model.playbook.CurationAction
	 * @generated
	 */
	EEnum getCurationAction();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see parley.model.playbook.Status
	 * @generated
	 */
	EEnum getStatus();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.PhraseKind <em>Phrase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phrase Kind</em>'.
	 * @see parley.model.playbook.PhraseKind
	 * @generated
	 */
	EEnum getPhraseKind();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see parley.model.playbook.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link parley.model.playbook.Emotion <em>Emotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Emotion</em>'.
	 * @see parley.model.playbook.Emotion
	 * @generated
	 */
	EEnum getEmotion();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, serialised as ISO-8601 (2026-11-25).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, serialised as ISO-8601 UTC (2026-11-25T16:17:01Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlaybookFactory getPlaybookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.IdentifiedImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.PlaybookImpl <em>Playbook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.PlaybookImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPlaybook()
		 * @generated
		 */
		EClass PLAYBOOK = eINSTANCE.getPlaybook();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__TITLE = eINSTANCE.getPlaybook_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__DESCRIPTION = eINSTANCE.getPlaybook_Description();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__ORGANISATION = eINSTANCE.getPlaybook_Organisation();

		/**
		 * The meta object literal for the '<em><b>Four Eyes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__FOUR_EYES = eINSTANCE.getPlaybook_FourEyes();

		/**
		 * The meta object literal for the '<em><b>Technique Review Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__TECHNIQUE_REVIEW_DAYS = eINSTANCE.getPlaybook_TechniqueReviewDays();

		/**
		 * The meta object literal for the '<em><b>Phrase Review Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__PHRASE_REVIEW_DAYS = eINSTANCE.getPlaybook_PhraseReviewDays();

		/**
		 * The meta object literal for the '<em><b>Scenario Review Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__SCENARIO_REVIEW_DAYS = eINSTANCE.getPlaybook_ScenarioReviewDays();

		/**
		 * The meta object literal for the '<em><b>Source Review Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK__SOURCE_REVIEW_DAYS = eINSTANCE.getPlaybook_SourceReviewDays();

		/**
		 * The meta object literal for the '<em><b>Techniques</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__TECHNIQUES = eINSTANCE.getPlaybook_Techniques();

		/**
		 * The meta object literal for the '<em><b>Phrases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__PHRASES = eINSTANCE.getPlaybook_Phrases();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__SCENARIOS = eINSTANCE.getPlaybook_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__SOURCES = eINSTANCE.getPlaybook_Sources();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__TAGS = eINSTANCE.getPlaybook_Tags();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAYBOOK__AUDIENCES = eINSTANCE.getPlaybook_Audiences();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.EntryImpl <em>Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.EntryImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getEntry()
		 * @generated
		 */
		EClass ENTRY = eINSTANCE.getEntry();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__TITLE = eINSTANCE.getEntry_Title();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__TAGS = eINSTANCE.getEntry_Tags();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__AUDIENCES = eINSTANCE.getEntry_Audiences();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__CHANNELS = eINSTANCE.getEntry_Channels();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__SOURCES = eINSTANCE.getEntry_Sources();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__STATUS = eINSTANCE.getEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__OWNER = eINSTANCE.getEntry_Owner();

		/**
		 * The meta object literal for the '<em><b>Last Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__LAST_REVIEWED = eINSTANCE.getEntry_LastReviewed();

		/**
		 * The meta object literal for the '<em><b>Review Interval Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__REVIEW_INTERVAL_DAYS = eINSTANCE.getEntry_ReviewIntervalDays();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__CREATED = eINSTANCE.getEntry_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__MODIFIED = eINSTANCE.getEntry_Modified();

		/**
		 * The meta object literal for the '<em><b>Edited By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__EDITED_BY = eINSTANCE.getEntry_EditedBy();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY__REVIEWER = eINSTANCE.getEntry_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Replaced By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__REPLACED_BY = eINSTANCE.getEntry_ReplacedBy();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__EVENTS = eINSTANCE.getEntry_Events();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY__COMMENTS = eINSTANCE.getEntry_Comments();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.TechniqueImpl <em>Technique</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.TechniqueImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getTechnique()
		 * @generated
		 */
		EClass TECHNIQUE = eINSTANCE.getTechnique();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__SUMMARY = eINSTANCE.getTechnique_Summary();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__RATIONALE = eINSTANCE.getTechnique_Rationale();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__STEPS = eINSTANCE.getTechnique_Steps();

		/**
		 * The meta object literal for the '<em><b>Pitfalls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNIQUE__PITFALLS = eINSTANCE.getTechnique_Pitfalls();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNIQUE__RELATED = eINSTANCE.getTechnique_Related();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.PhraseImpl <em>Phrase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.PhraseImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPhrase()
		 * @generated
		 */
		EClass PHRASE = eINSTANCE.getPhrase();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHRASE__TEXT = eINSTANCE.getPhrase_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHRASE__KIND = eINSTANCE.getPhrase_Kind();

		/**
		 * The meta object literal for the '<em><b>Replacements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHRASE__REPLACEMENTS = eINSTANCE.getPhrase_Replacements();

		/**
		 * The meta object literal for the '<em><b>Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHRASE__USAGE = eINSTANCE.getPhrase_Usage();

		/**
		 * The meta object literal for the '<em><b>Techniques</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHRASE__TECHNIQUES = eINSTANCE.getPhrase_Techniques();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.ScenarioImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SITUATION = eINSTANCE.getScenario_Situation();

		/**
		 * The meta object literal for the '<em><b>Emotions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EMOTIONS = eINSTANCE.getScenario_Emotions();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SIGNALS = eINSTANCE.getScenario_Signals();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__STEPS = eINSTANCE.getScenario_Steps();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__OUTCOME = eINSTANCE.getScenario_Outcome();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.StepImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Instruction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__INSTRUCTION = eINSTANCE.getStep_Instruction();

		/**
		 * The meta object literal for the '<em><b>Techniques</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TECHNIQUES = eINSTANCE.getStep_Techniques();

		/**
		 * The meta object literal for the '<em><b>Phrases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PHRASES = eINSTANCE.getStep_Phrases();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.SourceImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER = eINSTANCE.getSource_Publisher();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHOR = eINSTANCE.getSource_Author();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SUMMARY = eINSTANCE.getSource_Summary();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHED = eINSTANCE.getSource_Published();

		/**
		 * The meta object literal for the '<em><b>Imported Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORTED_TEXT = eINSTANCE.getSource_ImportedText();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.TagImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__DESCRIPTION = eINSTANCE.getTag_Description();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.AudienceImpl <em>Audience</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.AudienceImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getAudience()
		 * @generated
		 */
		EClass AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__NAME = eINSTANCE.getAudience_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__DESCRIPTION = eINSTANCE.getAudience_Description();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.CurationEventImpl <em>Curation Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.CurationEventImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCurationEvent()
		 * @generated
		 */
		EClass CURATION_EVENT = eINSTANCE.getCurationEvent();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__ACTION = eINSTANCE.getCurationEvent_Action();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__BY = eINSTANCE.getCurationEvent_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__AT = eINSTANCE.getCurationEvent_At();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__COMMENT = eINSTANCE.getCurationEvent_Comment();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__FINGERPRINT = eINSTANCE.getCurationEvent_Fingerprint();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_EVENT__CONTENT = eINSTANCE.getCurationEvent_Content();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.ReviewCommentImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AUTHOR = eINSTANCE.getReviewComment_Author();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AT = eINSTANCE.getReviewComment_At();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.InboxImpl <em>Inbox</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.InboxImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getInbox()
		 * @generated
		 */
		EClass INBOX = eINSTANCE.getInbox();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__CANDIDATES = eINSTANCE.getInbox_Candidates();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.impl.CandidateImpl <em>Candidate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.impl.CandidateImpl
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidate()
		 * @generated
		 */
		EClass CANDIDATE = eINSTANCE.getCandidate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__KIND = eINSTANCE.getCandidate_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__TITLE = eINSTANCE.getCandidate_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__TEXT = eINSTANCE.getCandidate_Text();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__CONTEXT = eINSTANCE.getCandidate_Context();

		/**
		 * The meta object literal for the '<em><b>Passage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__PASSAGE = eINSTANCE.getCandidate_Passage();

		/**
		 * The meta object literal for the '<em><b>Phrase Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__PHRASE_KIND = eINSTANCE.getCandidate_PhraseKind();

		/**
		 * The meta object literal for the '<em><b>Replacement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANDIDATE__REPLACEMENT = eINSTANCE.getCandidate_Replacement();

		/**
		 * The meta object literal for the '<em><b>Source Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__SOURCE_ID = eINSTANCE.getCandidate_SourceId();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__DOCUMENT = eINSTANCE.getCandidate_Document();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__CREATED = eINSTANCE.getCandidate_Created();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__DECISION = eINSTANCE.getCandidate_Decision();

		/**
		 * The meta object literal for the '<em><b>Entry Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__ENTRY_ID = eINSTANCE.getCandidate_EntryId();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__DECIDED_BY = eINSTANCE.getCandidate_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE__DECIDED_AT = eINSTANCE.getCandidate_DecidedAt();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.CandidateKind <em>Candidate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.CandidateKind
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidateKind()
		 * @generated
		 */
		EEnum CANDIDATE_KIND = eINSTANCE.getCandidateKind();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.CandidateDecision <em>Candidate Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.CandidateDecision
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCandidateDecision()
		 * @generated
		 */
		EEnum CANDIDATE_DECISION = eINSTANCE.getCandidateDecision();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.CurationAction <em>Curation Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.CurationAction
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getCurationAction()
		 * @generated
		 */
		EEnum CURATION_ACTION = eINSTANCE.getCurationAction();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.Status <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.Status
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getStatus()
		 * @generated
		 */
		EEnum STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.PhraseKind <em>Phrase Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.PhraseKind
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getPhraseKind()
		 * @generated
		 */
		EEnum PHRASE_KIND = eINSTANCE.getPhraseKind();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.Channel
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link parley.model.playbook.Emotion <em>Emotion</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see parley.model.playbook.Emotion
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getEmotion()
		 * @generated
		 */
		EEnum EMOTION = eINSTANCE.getEmotion();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see parley.model.playbook.impl.PlaybookPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //PlaybookPackage
