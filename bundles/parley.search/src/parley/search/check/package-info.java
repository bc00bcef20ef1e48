/**
 * The reply checker: {@link parley.search.check.ReplyChecker} finds the spans of a draft reply that say what one
 * of the playbook's avoid-phrases says (with the replacements and techniques to show) and the recommended phrases
 * present, each with a confidence. Headless and thread-safe; the command line's {@code check} and the workbench
 * call it. It reads text as search does, through {@code parley.search.lucene.ReplyAnalysis}.
 */
package parley.search.check;
