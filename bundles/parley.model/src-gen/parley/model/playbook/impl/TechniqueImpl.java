/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technique</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.TechniqueImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link parley.model.playbook.impl.TechniqueImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link parley.model.playbook.impl.TechniqueImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link parley.model.playbook.impl.TechniqueImpl#getPitfalls <em>Pitfalls</em>}</li>
 *   <li>{@link parley.model.playbook.impl.TechniqueImpl#getRelated <em>Related</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechniqueImpl extends EntryImpl implements Technique {
	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<String> steps;

	/**
	 * The cached value of the '{@link #getPitfalls() <em>Pitfalls</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPitfalls()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pitfalls;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<Technique> related;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TechniqueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.TECHNIQUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TECHNIQUE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TECHNIQUE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSteps() {
		if (steps == null) {
			steps = new EDataTypeEList<String>(String.class, this, PlaybookPackage.TECHNIQUE__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPitfalls() {
		if (pitfalls == null) {
			pitfalls = new EDataTypeEList<String>(String.class, this, PlaybookPackage.TECHNIQUE__PITFALLS);
		}
		return pitfalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technique> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<Technique>(Technique.class, this, PlaybookPackage.TECHNIQUE__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.TECHNIQUE__SUMMARY:
				return getSummary();
			case PlaybookPackage.TECHNIQUE__RATIONALE:
				return getRationale();
			case PlaybookPackage.TECHNIQUE__STEPS:
				return getSteps();
			case PlaybookPackage.TECHNIQUE__PITFALLS:
				return getPitfalls();
			case PlaybookPackage.TECHNIQUE__RELATED:
				return getRelated();
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
			case PlaybookPackage.TECHNIQUE__SUMMARY:
				setSummary((String)newValue);
				return;
			case PlaybookPackage.TECHNIQUE__RATIONALE:
				setRationale((String)newValue);
				return;
			case PlaybookPackage.TECHNIQUE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.TECHNIQUE__PITFALLS:
				getPitfalls().clear();
				getPitfalls().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.TECHNIQUE__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends Technique>)newValue);
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
			case PlaybookPackage.TECHNIQUE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case PlaybookPackage.TECHNIQUE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case PlaybookPackage.TECHNIQUE__STEPS:
				getSteps().clear();
				return;
			case PlaybookPackage.TECHNIQUE__PITFALLS:
				getPitfalls().clear();
				return;
			case PlaybookPackage.TECHNIQUE__RELATED:
				getRelated().clear();
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
			case PlaybookPackage.TECHNIQUE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case PlaybookPackage.TECHNIQUE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case PlaybookPackage.TECHNIQUE__STEPS:
				return steps != null && !steps.isEmpty();
			case PlaybookPackage.TECHNIQUE__PITFALLS:
				return pitfalls != null && !pitfalls.isEmpty();
			case PlaybookPackage.TECHNIQUE__RELATED:
				return related != null && !related.isEmpty();
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", steps: ");
		result.append(steps);
		result.append(", pitfalls: ");
		result.append(pitfalls);
		result.append(')');
		return result.toString();
	}

} //TechniqueImpl
