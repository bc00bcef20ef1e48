/**
 * The export job, once for every front end: {@link parley.publish.workflow.ExportWorkflow} takes an
 * {@link parley.publish.workflow.ExportRequest} (playbook, layout, selection, "what changed since", output
 * path, title and version), checks the output path, turns the semantic diff of the playbook's versions into
 * the PDF's "what changed" section ({@link parley.publish.workflow.GitVersions}) and publishes. The command
 * line ({@code parley export pdf}) and the workbench (File > Export PDF) only gather the request and show the
 * result; messages from here name files and versions, never a front end's options.
 */
package parley.publish.workflow;
