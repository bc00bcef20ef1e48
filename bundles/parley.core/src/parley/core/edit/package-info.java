/**
 * Editing a playbook: {@link parley.core.edit.EditingSession} runs every change as an EMF command on one
 * command stack (undo/redo, dirty state, stamping {@code modified}/{@code created}), saves through the store
 * and keeps a crash-recovery file of unsaved changes ({@link parley.core.edit.RecoveryFile}). Its domain rules
 * are classes of their own: {@link parley.core.edit.LinkRules} (what may link to what),
 * {@link parley.core.edit.Deletion} (what deleting removes) and {@link parley.core.edit.NewEntities}. Headless: the
 * workbench binds widgets to it, and tests drive it without a display.
 */
package parley.core.edit;
