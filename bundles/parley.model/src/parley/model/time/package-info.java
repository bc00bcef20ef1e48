/**
 * Hand-written value support for the model's date and instant types (ISO text in files).
 */
package parley.model.time;
