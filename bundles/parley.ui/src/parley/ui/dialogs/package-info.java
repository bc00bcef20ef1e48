/**
 * Dialogs of the workbench: new and shared playbooks, export, preferences.
 */
package parley.ui.dialogs;
