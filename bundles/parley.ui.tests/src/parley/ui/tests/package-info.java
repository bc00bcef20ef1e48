/**
 * UI tests that create parts and run handlers in a Shell under Xvfb, without a workbench.
 */
package parley.ui.tests;
