/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Scenario#getSituation <em>Situation</em>}</li>
 *   <li>{@link parley.model.playbook.Scenario#getEmotions <em>Emotions</em>}</li>
 *   <li>{@link parley.model.playbook.Scenario#getSignals <em>Signals</em>}</li>
 *   <li>{@link parley.model.playbook.Scenario#getSteps <em>Steps</em>}</li>
 *   <li>{@link parley.model.playbook.Scenario#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Entry {
	/**
	 * Returns the value of the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Situation</em>' attribute.
	 * @see #setSituation(String)
	 * @see parley.model.playbook.PlaybookPackage#getScenario_Situation()
	 * @model
	 * @generated
	 */
	String getSituation();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Scenario#getSituation <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' attribute.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(String value);

	/**
	 * Returns the value of the '<em><b>Emotions</b></em>' attribute list.
	 * The list contents are of type {@link parley.model.playbook.Emotion}.
	 * The literals are from the enumeration {@link parley.model.playbook.Emotion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emotions</em>' attribute list.
	 * @see parley.model.playbook.Emotion
	 * @see parley.model.playbook.PlaybookPackage#getScenario_Emotions()
	 * @model
	 * @generated
	 */
	EList<Emotion> getEmotions();

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the agent notices that points to this scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signals</em>' attribute list.
	 * @see parley.model.playbook.PlaybookPackage#getScenario_Signals()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSignals();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link parley.model.playbook.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see parley.model.playbook.PlaybookPackage#getScenario_Steps()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The desired outcome of the conversation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see parley.model.playbook.PlaybookPackage#getScenario_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Scenario#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // Scenario
