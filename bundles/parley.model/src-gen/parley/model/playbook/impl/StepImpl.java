/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import parley.model.playbook.Phrase;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Step;
import parley.model.playbook.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.StepImpl#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link parley.model.playbook.impl.StepImpl#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link parley.model.playbook.impl.StepImpl#getPhrases <em>Phrases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends IdentifiedImpl implements Step {
	/**
	 * The default value of the '{@link #getInstruction() <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruction()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstruction() <em>Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruction()
	 * @generated
	 * @ordered
	 */
	protected String instruction = INSTRUCTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTechniques() <em>Techniques</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniques()
	 * @generated
	 * @ordered
	 */
	protected EList<Technique> techniques;

	/**
	 * The cached value of the '{@link #getPhrases() <em>Phrases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhrases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phrase> phrases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstruction() {
		return instruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstruction(String newInstruction) {
		String oldInstruction = instruction;
		instruction = newInstruction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STEP__INSTRUCTION, oldInstruction, instruction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technique> getTechniques() {
		if (techniques == null) {
			techniques = new EObjectResolvingEList<Technique>(Technique.class, this, PlaybookPackage.STEP__TECHNIQUES);
		}
		return techniques;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phrase> getPhrases() {
		if (phrases == null) {
			phrases = new EObjectResolvingEList<Phrase>(Phrase.class, this, PlaybookPackage.STEP__PHRASES);
		}
		return phrases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.STEP__INSTRUCTION:
				return getInstruction();
			case PlaybookPackage.STEP__TECHNIQUES:
				return getTechniques();
			case PlaybookPackage.STEP__PHRASES:
				return getPhrases();
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
			case PlaybookPackage.STEP__INSTRUCTION:
				setInstruction((String)newValue);
				return;
			case PlaybookPackage.STEP__TECHNIQUES:
				getTechniques().clear();
				getTechniques().addAll((Collection<? extends Technique>)newValue);
				return;
			case PlaybookPackage.STEP__PHRASES:
				getPhrases().clear();
				getPhrases().addAll((Collection<? extends Phrase>)newValue);
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
			case PlaybookPackage.STEP__INSTRUCTION:
				setInstruction(INSTRUCTION_EDEFAULT);
				return;
			case PlaybookPackage.STEP__TECHNIQUES:
				getTechniques().clear();
				return;
			case PlaybookPackage.STEP__PHRASES:
				getPhrases().clear();
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
			case PlaybookPackage.STEP__INSTRUCTION:
				return INSTRUCTION_EDEFAULT == null ? instruction != null : !INSTRUCTION_EDEFAULT.equals(instruction);
			case PlaybookPackage.STEP__TECHNIQUES:
				return techniques != null && !techniques.isEmpty();
			case PlaybookPackage.STEP__PHRASES:
				return phrases != null && !phrases.isEmpty();
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
		result.append(" (instruction: ");
		result.append(instruction);
		result.append(')');
		return result.toString();
	}

} //StepImpl
