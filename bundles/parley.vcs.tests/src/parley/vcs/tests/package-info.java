/**
 * Tests of versioning with real repositories: a bare remote, a git server on loopback, and malicious
 * repositories for every vector of docs/SECURITY.md.
 */
package parley.vcs.tests;
