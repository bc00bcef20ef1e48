/**
 * Versioning on git (JGit): the playbook repository (versions, releases, history, semantic diff, restore,
 * sync with a model-level merge), the screen every incoming version passes (docs/SECURITY.md), and the
 * typed errors callers act on.
 */
package parley.vcs;
