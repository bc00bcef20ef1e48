/**
 * Tests of the command line, run in-process on copies of the starter playbook.
 */
package parley.cli.tests;
