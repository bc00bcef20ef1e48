/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Playbook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: playbook metadata and every entity. The entity lists are transient because the store keeps each entity in a shard file of its own type; their order carries no meaning.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Playbook#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getDescription <em>Description</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#isFourEyes <em>Four Eyes</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getTechniqueReviewDays <em>Technique Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getPhraseReviewDays <em>Phrase Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getScenarioReviewDays <em>Scenario Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getSourceReviewDays <em>Source Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getPhrases <em>Phrases</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getSources <em>Sources</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getTags <em>Tags</em>}</li>
 *   <li>{@link parley.model.playbook.Playbook#getAudiences <em>Audiences</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getPlaybook()
 * @model
 * @generated
 */
public interface Playbook extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Four Eyes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Four eyes: whoever approves an entry must not be the person who last edited its content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Four Eyes</em>' attribute.
	 * @see #setFourEyes(boolean)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_FourEyes()
	 * @model
	 * @generated
	 */
	boolean isFourEyes();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#isFourEyes <em>Four Eyes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Four Eyes</em>' attribute.
	 * @see #isFourEyes()
	 * @generated
	 */
	void setFourEyes(boolean value);

	/**
	 * Returns the value of the '<em><b>Technique Review Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days between reviews of a technique whose own interval is 0; 0 means no schedule. Likewise phraseReviewDays, scenarioReviewDays and sourceReviewDays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Technique Review Days</em>' attribute.
	 * @see #setTechniqueReviewDays(int)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_TechniqueReviewDays()
	 * @model default="0"
	 * @generated
	 */
	int getTechniqueReviewDays();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getTechniqueReviewDays <em>Technique Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technique Review Days</em>' attribute.
	 * @see #getTechniqueReviewDays()
	 * @generated
	 */
	void setTechniqueReviewDays(int value);

	/**
	 * Returns the value of the '<em><b>Phrase Review Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phrase Review Days</em>' attribute.
	 * @see #setPhraseReviewDays(int)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_PhraseReviewDays()
	 * @model default="0"
	 * @generated
	 */
	int getPhraseReviewDays();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getPhraseReviewDays <em>Phrase Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phrase Review Days</em>' attribute.
	 * @see #getPhraseReviewDays()
	 * @generated
	 */
	void setPhraseReviewDays(int value);

	/**
	 * Returns the value of the '<em><b>Scenario Review Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario Review Days</em>' attribute.
	 * @see #setScenarioReviewDays(int)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_ScenarioReviewDays()
	 * @model default="0"
	 * @generated
	 */
	int getScenarioReviewDays();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getScenarioReviewDays <em>Scenario Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario Review Days</em>' attribute.
	 * @see #getScenarioReviewDays()
	 * @generated
	 */
	void setScenarioReviewDays(int value);

	/**
	 * Returns the value of the '<em><b>Source Review Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Review Days</em>' attribute.
	 * @see #setSourceReviewDays(int)
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_SourceReviewDays()
	 * @model default="0"
	 * @generated
	 */
	int getSourceReviewDays();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Playbook#getSourceReviewDays <em>Source Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Review Days</em>' attribute.
	 * @see #getSourceReviewDays()
	 * @generated
	 */
	void setSourceReviewDays(int value);

	/**
	 * Returns the value of the '<em><b>Techniques</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Technique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Techniques</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Techniques()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Technique> getTechniques();

	/**
	 * Returns the value of the '<em><b>Phrases</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Phrase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phrases</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Phrases()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Phrase> getPhrases();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Scenarios()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Sources()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Tags()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getPlaybook_Audiences()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Audience> getAudiences();

} // Playbook
