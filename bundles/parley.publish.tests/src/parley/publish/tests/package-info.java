/**
 * Tests of publishing that read the PDFs back (PDFBox) and check them against PDF/UA-1 (veraPDF).
 */
package parley.publish.tests;
