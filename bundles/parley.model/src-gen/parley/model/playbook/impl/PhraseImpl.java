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
import parley.model.playbook.PhraseKind;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phrase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.PhraseImpl#getText <em>Text</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PhraseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PhraseImpl#getReplacements <em>Replacements</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PhraseImpl#getUsage <em>Usage</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PhraseImpl#getTechniques <em>Techniques</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PhraseImpl extends EntryImpl implements Phrase {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PhraseKind KIND_EDEFAULT = PhraseKind.RECOMMENDED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PhraseKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReplacements() <em>Replacements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacements()
	 * @generated
	 * @ordered
	 */
	protected EList<Phrase> replacements;

	/**
	 * The default value of the '{@link #getUsage() <em>Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsage()
	 * @generated
	 * @ordered
	 */
	protected static final String USAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsage() <em>Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsage()
	 * @generated
	 * @ordered
	 */
	protected String usage = USAGE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhraseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.PHRASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PHRASE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhraseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PhraseKind newKind) {
		PhraseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PHRASE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phrase> getReplacements() {
		if (replacements == null) {
			replacements = new EObjectResolvingEList<Phrase>(Phrase.class, this, PlaybookPackage.PHRASE__REPLACEMENTS);
		}
		return replacements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsage() {
		return usage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsage(String newUsage) {
		String oldUsage = usage;
		usage = newUsage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PHRASE__USAGE, oldUsage, usage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technique> getTechniques() {
		if (techniques == null) {
			techniques = new EObjectResolvingEList<Technique>(Technique.class, this, PlaybookPackage.PHRASE__TECHNIQUES);
		}
		return techniques;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.PHRASE__TEXT:
				return getText();
			case PlaybookPackage.PHRASE__KIND:
				return getKind();
			case PlaybookPackage.PHRASE__REPLACEMENTS:
				return getReplacements();
			case PlaybookPackage.PHRASE__USAGE:
				return getUsage();
			case PlaybookPackage.PHRASE__TECHNIQUES:
				return getTechniques();
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
			case PlaybookPackage.PHRASE__TEXT:
				setText((String)newValue);
				return;
			case PlaybookPackage.PHRASE__KIND:
				setKind((PhraseKind)newValue);
				return;
			case PlaybookPackage.PHRASE__REPLACEMENTS:
				getReplacements().clear();
				getReplacements().addAll((Collection<? extends Phrase>)newValue);
				return;
			case PlaybookPackage.PHRASE__USAGE:
				setUsage((String)newValue);
				return;
			case PlaybookPackage.PHRASE__TECHNIQUES:
				getTechniques().clear();
				getTechniques().addAll((Collection<? extends Technique>)newValue);
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
			case PlaybookPackage.PHRASE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PlaybookPackage.PHRASE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlaybookPackage.PHRASE__REPLACEMENTS:
				getReplacements().clear();
				return;
			case PlaybookPackage.PHRASE__USAGE:
				setUsage(USAGE_EDEFAULT);
				return;
			case PlaybookPackage.PHRASE__TECHNIQUES:
				getTechniques().clear();
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
			case PlaybookPackage.PHRASE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PlaybookPackage.PHRASE__KIND:
				return kind != KIND_EDEFAULT;
			case PlaybookPackage.PHRASE__REPLACEMENTS:
				return replacements != null && !replacements.isEmpty();
			case PlaybookPackage.PHRASE__USAGE:
				return USAGE_EDEFAULT == null ? usage != null : !USAGE_EDEFAULT.equals(usage);
			case PlaybookPackage.PHRASE__TECHNIQUES:
				return techniques != null && !techniques.isEmpty();
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
		result.append(" (text: ");
		result.append(text);
		result.append(", kind: ");
		result.append(kind);
		result.append(", usage: ");
		result.append(usage);
		result.append(')');
		return result.toString();
	}

} //PhraseImpl
