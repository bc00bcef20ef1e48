/**
 * Services over the model that every front end uses: queries and filters, entry details, labels, the
 * starter playbook, new playbooks, default and recent playbook locations, and the open-playbook session.
 */
package parley.core.service;
