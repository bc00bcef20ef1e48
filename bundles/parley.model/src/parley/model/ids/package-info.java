/**
 * Ids of playbook elements: {@link parley.model.ids.Ids#newId()}, assigned to every element when it is created.
 */
package parley.model.ids;
