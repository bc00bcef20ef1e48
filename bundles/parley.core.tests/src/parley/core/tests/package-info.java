/**
 * Tests of the store, editing session, services and validation, including kills of a saving child process
 * and confinement of untrusted folders.
 */
package parley.core.tests;
