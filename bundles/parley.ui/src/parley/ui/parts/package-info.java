/**
 * Workbench parts: navigator, entry editor, problems, history, search, and their dialogs.
 */
package parley.ui.parts;
