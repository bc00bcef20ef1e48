/**
 * Editing a playbook: {@link parley.core.edit.EditingSession} runs every change as an EMF command on one
 * command stack (undo/redo, dirty state, stamping {@code modified}/{@code created}), saves through the store
 * and keeps a crash-recovery file of unsaved changes ({@link parley.core.edit.RecoveryFile}). Headless: the
 * workbench binds widgets to it, and tests drive it without a display.
 */
package parley.core.edit;
