/**
 * Interchange: the playbook in and out of files other tools read and write. {@link parley.core.interchange.PlaybookJson}
 * writes the whole playbook as JSON (format {@code parley-playbook}, version 1; reflective over the EMF model,
 * stable key and entity order, a {@code revision} per entity), {@link parley.core.interchange.PlaybookJsonSchema}
 * describes that format as a JSON Schema (shipped as {@code docs/schema/parley-playbook-1.schema.json}), and
 * {@link parley.core.interchange.JsonImport} reads such a file back, all or nothing: every problem listed with its
 * {@code file:line:column} ({@link parley.core.interchange.ImportProblem}), conflicts refused, and the changes made
 * as one undoable command. The JSON reader and writer are the package's own ({@code JsonText}), so the core needs
 * no JSON library. Headless: the command line and the workbench both go through it (docs/INTERCHANGE.md).
 */
package parley.core.interchange;
