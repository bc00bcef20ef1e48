/**
 * The e4 workbench: life cycle, shared workbench services (search, version control, job progress, playbook
 * switching), themes and start-up tracing.
 */
package parley.ui;
