/**
 * Article import: reads a document (Markdown, HTML, plain text, Word .docx) into an {@link parley.importer.Article}
 * (metadata and a flat list of blocks), finds candidate techniques and phrases in it
 * ({@link parley.importer.CandidateExtractor}) and files them in the playbook's inbox with a Source entry for the
 * document ({@link parley.importer.ArticleImport}). Headless: the CLI and the workbench are thin adapters over
 * {@link parley.importer.ArticleImport}.
 */
package parley.importer;
