/**
 * The entry editor's field bindings: one widget bound both ways to one feature of one model object. Each
 * writes through the {@link parley.core.edit.EditingSession} (one command per change) and shows the model's
 * value again on {@link parley.ui.parts.binding.Binding#refresh()}. {@link parley.ui.parts.binding.Bindings}
 * picks the binding for a feature by its type (text, date, list of strings, enum, enum set, check box,
 * spinner, links); the editor part ({@link parley.ui.parts.EntryEditorPart}) lays them out and reaches them
 * through {@link parley.ui.parts.binding.FormContext}: the typing pause, buttons, icons, the pick dialog.
 */
package parley.ui.parts.binding;
