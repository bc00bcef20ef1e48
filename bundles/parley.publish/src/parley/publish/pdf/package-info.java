/**
 * The PDF implementation: XHTML and print CSS laid out by openhtmltopdf into tagged PDF/UA manuals and
 * pocket cards, written atomically.
 */
package parley.publish.pdf;
