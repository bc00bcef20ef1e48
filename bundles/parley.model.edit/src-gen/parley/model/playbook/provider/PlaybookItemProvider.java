/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import parley.model.playbook.Playbook;
import parley.model.playbook.PlaybookFactory;
import parley.model.playbook.PlaybookPackage;

/**
 * This is the item provider adapter for a {@link parley.model.playbook.Playbook} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlaybookItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlaybookItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addOrganisationPropertyDescriptor(object);
			addFourEyesPropertyDescriptor(object);
			addTechniqueReviewDaysPropertyDescriptor(object);
			addPhraseReviewDaysPropertyDescriptor(object);
			addScenarioReviewDaysPropertyDescriptor(object);
			addSourceReviewDaysPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_title_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_description_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_organisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_organisation_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Four Eyes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFourEyesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_fourEyes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_fourEyes_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__FOUR_EYES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Technique Review Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTechniqueReviewDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_techniqueReviewDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_techniqueReviewDays_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__TECHNIQUE_REVIEW_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Phrase Review Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhraseReviewDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_phraseReviewDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_phraseReviewDays_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__PHRASE_REVIEW_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scenario Review Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScenarioReviewDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_scenarioReviewDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_scenarioReviewDays_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__SCENARIO_REVIEW_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Review Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceReviewDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Playbook_sourceReviewDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Playbook_sourceReviewDays_feature", "_UI_Playbook_type"),
				 PlaybookPackage.Literals.PLAYBOOK__SOURCE_REVIEW_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__TECHNIQUES);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__PHRASES);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__SCENARIOS);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__SOURCES);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__TAGS);
			childrenFeatures.add(PlaybookPackage.Literals.PLAYBOOK__AUDIENCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Playbook.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Playbook"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Playbook)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Playbook_type") :
			getString("_UI_Playbook_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Playbook.class)) {
			case PlaybookPackage.PLAYBOOK__TITLE:
			case PlaybookPackage.PLAYBOOK__DESCRIPTION:
			case PlaybookPackage.PLAYBOOK__ORGANISATION:
			case PlaybookPackage.PLAYBOOK__FOUR_EYES:
			case PlaybookPackage.PLAYBOOK__TECHNIQUE_REVIEW_DAYS:
			case PlaybookPackage.PLAYBOOK__PHRASE_REVIEW_DAYS:
			case PlaybookPackage.PLAYBOOK__SCENARIO_REVIEW_DAYS:
			case PlaybookPackage.PLAYBOOK__SOURCE_REVIEW_DAYS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlaybookPackage.PLAYBOOK__TECHNIQUES:
			case PlaybookPackage.PLAYBOOK__PHRASES:
			case PlaybookPackage.PLAYBOOK__SCENARIOS:
			case PlaybookPackage.PLAYBOOK__SOURCES:
			case PlaybookPackage.PLAYBOOK__TAGS:
			case PlaybookPackage.PLAYBOOK__AUDIENCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__TECHNIQUES,
				 PlaybookFactory.eINSTANCE.createTechnique()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__PHRASES,
				 PlaybookFactory.eINSTANCE.createPhrase()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__SCENARIOS,
				 PlaybookFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__SOURCES,
				 PlaybookFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__TAGS,
				 PlaybookFactory.eINSTANCE.createTag()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.PLAYBOOK__AUDIENCES,
				 PlaybookFactory.eINSTANCE.createAudience()));
	}

}
