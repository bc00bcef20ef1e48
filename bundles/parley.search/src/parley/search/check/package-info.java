/**
 * The reply checker: {@link parley.search.check.ReplyChecker} finds the spans of a draft reply that say what one
 * of the playbook's avoid-phrases says (with the replacements and techniques to show) and the recommended phrases
 * present, each with a confidence. Headless and thread-safe; the command line's {@code check} and the workbench
 * call it. It reads text as search does, through {@code parley.search.lucene.ReplyAnalysis}.
 * <p>
 * {@link parley.search.check.Practice} is one person practising a scenario: the customer's lines made by rule
 * ({@link parley.search.check.CustomerLines}), each reply scored by the checker and by its similarity to the
 * scenario's steps (Lucene's MoreLikeThis over an in-memory index of the steps), the turns, the summary and the log
 * the workbench's Practice part saves when asked.
 */
package parley.search.check;
