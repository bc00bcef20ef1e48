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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import parley.model.playbook.Audience;
import parley.model.playbook.Phrase;
import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookPackage;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Playbook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#isFourEyes <em>Four Eyes</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getTechniqueReviewDays <em>Technique Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getPhraseReviewDays <em>Phrase Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getScenarioReviewDays <em>Scenario Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getSourceReviewDays <em>Source Review Days</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getTechniques <em>Techniques</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getPhrases <em>Phrases</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link parley.model.playbook.impl.PlaybookImpl#getAudiences <em>Audiences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlaybookImpl extends IdentifiedImpl implements Playbook {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isFourEyes() <em>Four Eyes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourEyes()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOUR_EYES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFourEyes() <em>Four Eyes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourEyes()
	 * @generated
	 * @ordered
	 */
	protected boolean fourEyes = FOUR_EYES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTechniqueReviewDays() <em>Technique Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniqueReviewDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TECHNIQUE_REVIEW_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTechniqueReviewDays() <em>Technique Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniqueReviewDays()
	 * @generated
	 * @ordered
	 */
	protected int techniqueReviewDays = TECHNIQUE_REVIEW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhraseReviewDays() <em>Phrase Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhraseReviewDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PHRASE_REVIEW_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPhraseReviewDays() <em>Phrase Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhraseReviewDays()
	 * @generated
	 * @ordered
	 */
	protected int phraseReviewDays = PHRASE_REVIEW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScenarioReviewDays() <em>Scenario Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioReviewDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SCENARIO_REVIEW_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScenarioReviewDays() <em>Scenario Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarioReviewDays()
	 * @generated
	 * @ordered
	 */
	protected int scenarioReviewDays = SCENARIO_REVIEW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceReviewDays() <em>Source Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReviewDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_REVIEW_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceReviewDays() <em>Source Review Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReviewDays()
	 * @generated
	 * @ordered
	 */
	protected int sourceReviewDays = SOURCE_REVIEW_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTechniques() <em>Techniques</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechniques()
	 * @generated
	 * @ordered
	 */
	protected EList<Technique> techniques;

	/**
	 * The cached value of the '{@link #getPhrases() <em>Phrases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhrases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phrase> phrases;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<Audience> audiences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlaybookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.PLAYBOOK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFourEyes() {
		return fourEyes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFourEyes(boolean newFourEyes) {
		boolean oldFourEyes = fourEyes;
		fourEyes = newFourEyes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__FOUR_EYES, oldFourEyes, fourEyes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTechniqueReviewDays() {
		return techniqueReviewDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechniqueReviewDays(int newTechniqueReviewDays) {
		int oldTechniqueReviewDays = techniqueReviewDays;
		techniqueReviewDays = newTechniqueReviewDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS, oldTechniqueReviewDays, techniqueReviewDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhraseReviewDays() {
		return phraseReviewDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhraseReviewDays(int newPhraseReviewDays) {
		int oldPhraseReviewDays = phraseReviewDays;
		phraseReviewDays = newPhraseReviewDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS, oldPhraseReviewDays, phraseReviewDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScenarioReviewDays() {
		return scenarioReviewDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScenarioReviewDays(int newScenarioReviewDays) {
		int oldScenarioReviewDays = scenarioReviewDays;
		scenarioReviewDays = newScenarioReviewDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS, oldScenarioReviewDays, scenarioReviewDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceReviewDays() {
		return sourceReviewDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceReviewDays(int newSourceReviewDays) {
		int oldSourceReviewDays = sourceReviewDays;
		sourceReviewDays = newSourceReviewDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS, oldSourceReviewDays, sourceReviewDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technique> getTechniques() {
		if (techniques == null) {
			techniques = new EObjectContainmentEList.Resolving<Technique>(Technique.class, this, PlaybookPackage.PLAYBOOK__TECHNIQUES);
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
			phrases = new EObjectContainmentEList.Resolving<Phrase>(Phrase.class, this, PlaybookPackage.PLAYBOOK__PHRASES);
		}
		return phrases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList.Resolving<Scenario>(Scenario.class, this, PlaybookPackage.PLAYBOOK__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList.Resolving<Source>(Source.class, this, PlaybookPackage.PLAYBOOK__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags() {
		if (tags == null) {
			tags = new EObjectContainmentEList.Resolving<Tag>(Tag.class, this, PlaybookPackage.PLAYBOOK__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Audience> getAudiences() {
		if (audiences == null) {
			audiences = new EObjectContainmentEList.Resolving<Audience>(Audience.class, this, PlaybookPackage.PLAYBOOK__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
				return ((InternalEList<?>)getTechniques()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.PLAYBOOK__PHRASES:
				return ((InternalEList<?>)getPhrases()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.PLAYBOOK__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.PLAYBOOK__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				return ((InternalEList<?>)getAudiences()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.PLAYBOOK__TITLE:
				return getTitle();
			case PlaybookPackage.PLAYBOOK__DESCRIPTION:
				return getDescription();
			case PlaybookPackage.PLAYBOOK__ORGANISATION:
				return getOrganisation();
			case PlaybookPackage.PLAYBOOK__FOUR_EYES:
				return isFourEyes();
			case PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS:
				return getTechniqueReviewDays();
			case PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS:
				return getPhraseReviewDays();
			case PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS:
				return getScenarioReviewDays();
			case PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS:
				return getSourceReviewDays();
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
				return getTechniques();
			case PlaybookPackage.PLAYBOOK__PHRASES:
				return getPhrases();
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
				return getScenarios();
			case PlaybookPackage.PLAYBOOK__SOURCES:
				return getSources();
			case PlaybookPackage.PLAYBOOK__TAGS:
				return getTags();
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				return getAudiences();
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
			case PlaybookPackage.PLAYBOOK__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__FOUR_EYES:
				setFourEyes((Boolean)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS:
				setTechniqueReviewDays((Integer)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS:
				setPhraseReviewDays((Integer)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS:
				setScenarioReviewDays((Integer)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS:
				setSourceReviewDays((Integer)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
				getTechniques().clear();
				getTechniques().addAll((Collection<? extends Technique>)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__PHRASES:
				getPhrases().clear();
				getPhrases().addAll((Collection<? extends Phrase>)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends Audience>)newValue);
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
			case PlaybookPackage.PLAYBOOK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__FOUR_EYES:
				setFourEyes(FOUR_EYES_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS:
				setTechniqueReviewDays(TECHNIQUE_REVIEW_DAYS_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS:
				setPhraseReviewDays(PHRASE_REVIEW_DAYS_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS:
				setScenarioReviewDays(SCENARIO_REVIEW_DAYS_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS:
				setSourceReviewDays(SOURCE_REVIEW_DAYS_EDEFAULT);
				return;
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
				getTechniques().clear();
				return;
			case PlaybookPackage.PLAYBOOK__PHRASES:
				getPhrases().clear();
				return;
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
				getScenarios().clear();
				return;
			case PlaybookPackage.PLAYBOOK__SOURCES:
				getSources().clear();
				return;
			case PlaybookPackage.PLAYBOOK__TAGS:
				getTags().clear();
				return;
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				getAudiences().clear();
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
			case PlaybookPackage.PLAYBOOK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.PLAYBOOK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlaybookPackage.PLAYBOOK__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case PlaybookPackage.PLAYBOOK__FOUR_EYES:
				return fourEyes != FOUR_EYES_EDEFAULT;
			case PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS:
				return techniqueReviewDays != TECHNIQUE_REVIEW_DAYS_EDEFAULT;
			case PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS:
				return phraseReviewDays != PHRASE_REVIEW_DAYS_EDEFAULT;
			case PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS:
				return scenarioReviewDays != SCENARIO_REVIEW_DAYS_EDEFAULT;
			case PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS:
				return sourceReviewDays != SOURCE_REVIEW_DAYS_EDEFAULT;
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
				return techniques != null && !techniques.isEmpty();
			case PlaybookPackage.PLAYBOOK__PHRASES:
				return phrases != null && !phrases.isEmpty();
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case PlaybookPackage.PLAYBOOK__SOURCES:
				return sources != null && !sources.isEmpty();
			case PlaybookPackage.PLAYBOOK__TAGS:
				return tags != null && !tags.isEmpty();
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", organisation: ");
		result.append(organisation);
		result.append(", fourEyes: ");
		result.append(fourEyes);
		result.append(", techniqueReviewDays: ");
		result.append(techniqueReviewDays);
		result.append(", phraseReviewDays: ");
		result.append(phraseReviewDays);
		result.append(", scenarioReviewDays: ");
		result.append(scenarioReviewDays);
		result.append(", sourceReviewDays: ");
		result.append(sourceReviewDays);
		result.append(')');
		return result.toString();
	}

} //PlaybookImpl
