/**
 * The versioning jobs a person asks for, once for the command line and the workbench: save a version
 * ({@link parley.vcs.workflow.SaveVersion}, with who the author is: {@link parley.vcs.workflow.Authors}),
 * sync ({@link parley.vcs.workflow.SyncPlaybook}), restore ({@link parley.vcs.workflow.RestoreVersion}) and
 * release ({@link parley.vcs.workflow.MakeRelease}). Each holds the rules and the wording of its outcome;
 * the front ends only ask for the input, call it and show the result, and word their own hints from the type
 * of a failure (never from its text).
 */
package parley.vcs.workflow;
