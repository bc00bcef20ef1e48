/**
 * What the test fragments share (issue 12, item 7): playbooks to test on ({@link parley.testsupport.Playbooks}:
 * a copy of the starter, a synthetic playbook), folders ({@link parley.testsupport.Folders}), the git command
 * line and a local bare remote ({@link parley.testsupport.Git}), the starter shared through such a remote, as a team
 * starts ({@link parley.testsupport.SharedPlaybook}), other external commands
 * ({@link parley.testsupport.Command}), and {@link parley.testsupport.Await}, the one way a test waits for
 * something before it asserts. Headless: it requires only {@code parley.core}, {@code parley.vcs} and the JUnit
 * API, so every test fragment may require it; it is not part of the product.
 */
package parley.testsupport;
