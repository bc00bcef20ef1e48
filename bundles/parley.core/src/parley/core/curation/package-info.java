/**
 * Curation: how an entry travels from draft through review to approved and retired, who did what, and what is
 * waiting. {@link parley.core.curation.Curator} builds each transition as one undoable EMF command (the workbench
 * and the CLI run the same commands); {@link parley.core.curation.CuratedContent} says which fields an approval
 * covers and detects "changed since approval"; {@link parley.core.curation.ReviewSchedule} works out due dates;
 * {@link parley.core.curation.ReviewQueue} and {@link parley.core.curation.ReleaseGate} list what waits for
 * review and what keeps a release back. Headless.
 */
package parley.core.curation;
