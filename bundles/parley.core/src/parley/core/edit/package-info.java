/**
 * Editing a playbook: {@link parley.core.edit.EditingSession} runs every change as an EMF command on one
 * command stack (undo/redo, dirty state, stamping {@code modified}/{@code created}), saves through the store
 * and keeps a crash-recovery file of unsaved changes ({@link parley.core.edit.RecoveryFile}). Its domain rules
 * are classes of their own: {@link parley.core.edit.LinkRules} (what may link to what),
 * {@link parley.core.edit.Deletion} (what deleting removes) and {@link parley.core.edit.NewEntities}. Front ends
 * that name fields and elements in words (the command line, importers) find them with
 * {@link parley.core.edit.FieldValues} (fields by name, values from text) and {@link parley.core.edit.Links} (what
 * links to an element, the link between two, why two do not link, a scenario step by number). Headless: the
 * workbench binds widgets to it, and tests drive it without a display.
 */
package parley.core.edit;
