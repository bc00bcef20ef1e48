/**
 * Workbench parts: navigator, entry editor, problems, history, search, and their dialogs. The search part is
 * split into widgets ({@code SearchPart}, {@code ResultColumns}, {@code FacetTree}) and a headless
 * {@code SearchController} (no SWT type; tested without a display).
 */
package parley.ui.parts;
