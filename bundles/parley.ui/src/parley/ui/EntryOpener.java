package parley.ui;

import org.eclipse.emf.ecore.EObject;

/**
 * Opens the editor of a playbook element and focuses one of its fields. The workbench's implementation is
 * {@link PartEntryOpener}; tests put their own into the context.
 */
public interface EntryOpener {

	/**
	 * Opens (or brings forward) the editor of the entity that holds {@code element} (a scenario step opens its
	 * scenario) and focuses {@code field} of {@code element} when it is not null.
	 */
	void open(EObject element, String field);

	/** Closes every entry editor (before the playbook is read again from disk); nothing by default. */
	default void closeAll() {
	}
}
