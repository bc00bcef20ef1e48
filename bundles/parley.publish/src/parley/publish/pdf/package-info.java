/**
 * The PDF implementation: XHTML and print CSS laid out by openhtmltopdf into tagged PDF/UA manuals, pocket
 * cards, "changes this release" handouts and role-play kits, written atomically.
 */
package parley.publish.pdf;
