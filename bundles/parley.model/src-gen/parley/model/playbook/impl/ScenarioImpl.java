/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import parley.model.playbook.Emotion;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.ScenarioImpl#getSituation <em>Situation</em>}</li>
 *   <li>{@link parley.model.playbook.impl.ScenarioImpl#getEmotions <em>Emotions</em>}</li>
 *   <li>{@link parley.model.playbook.impl.ScenarioImpl#getSignals <em>Signals</em>}</li>
 *   <li>{@link parley.model.playbook.impl.ScenarioImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link parley.model.playbook.impl.ScenarioImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends EntryImpl implements Scenario {
	/**
	 * The default value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected static final String SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected String situation = SITUATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEmotions() <em>Emotions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotions()
	 * @generated
	 * @ordered
	 */
	protected EList<Emotion> emotions;

	/**
	 * The cached value of the '{@link #getSignals() <em>Signals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> signals;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSituation() {
		return situation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSituation(String newSituation) {
		String oldSituation = situation;
		situation = newSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.SCENARIO__SITUATION, oldSituation, situation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Emotion> getEmotions() {
		if (emotions == null) {
			emotions = new EDataTypeUniqueEList<Emotion>(Emotion.class, this, PlaybookPackage.SCENARIO__EMOTIONS);
		}
		return emotions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSignals() {
		if (signals == null) {
			signals = new EDataTypeEList<String>(String.class, this, PlaybookPackage.SCENARIO__SIGNALS);
		}
		return signals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList.Resolving<Step>(Step.class, this, PlaybookPackage.SCENARIO__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.SCENARIO__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.SCENARIO__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.SCENARIO__SITUATION:
				return getSituation();
			case PlaybookPackage.SCENARIO__EMOTIONS:
				return getEmotions();
			case PlaybookPackage.SCENARIO__SIGNALS:
				return getSignals();
			case PlaybookPackage.SCENARIO__STEPS:
				return getSteps();
			case PlaybookPackage.SCENARIO__OUTCOME:
				return getOutcome();
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
			case PlaybookPackage.SCENARIO__SITUATION:
				setSituation((String)newValue);
				return;
			case PlaybookPackage.SCENARIO__EMOTIONS:
				getEmotions().clear();
				getEmotions().addAll((Collection<? extends Emotion>)newValue);
				return;
			case PlaybookPackage.SCENARIO__SIGNALS:
				getSignals().clear();
				getSignals().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.SCENARIO__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case PlaybookPackage.SCENARIO__OUTCOME:
				setOutcome((String)newValue);
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
			case PlaybookPackage.SCENARIO__SITUATION:
				setSituation(SITUATION_EDEFAULT);
				return;
			case PlaybookPackage.SCENARIO__EMOTIONS:
				getEmotions().clear();
				return;
			case PlaybookPackage.SCENARIO__SIGNALS:
				getSignals().clear();
				return;
			case PlaybookPackage.SCENARIO__STEPS:
				getSteps().clear();
				return;
			case PlaybookPackage.SCENARIO__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case PlaybookPackage.SCENARIO__SITUATION:
				return SITUATION_EDEFAULT == null ? situation != null : !SITUATION_EDEFAULT.equals(situation);
			case PlaybookPackage.SCENARIO__EMOTIONS:
				return emotions != null && !emotions.isEmpty();
			case PlaybookPackage.SCENARIO__SIGNALS:
				return signals != null && !signals.isEmpty();
			case PlaybookPackage.SCENARIO__STEPS:
				return steps != null && !steps.isEmpty();
			case PlaybookPackage.SCENARIO__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (situation: ");
		result.append(situation);
		result.append(", emotions: ");
		result.append(emotions);
		result.append(", signals: ");
		result.append(signals);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
