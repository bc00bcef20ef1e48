package parley.publish.workflow;

import java.time.Instant;

/**
 * A saved version an export's "what changed" section can count from.
 *
 * @param name     what to call it: its release names, else its short id
 * @param summary  the first line of its message
 * @param time     when it was saved
 * @param revision what {@link ExportRequest#since()} takes for it: its first release name, else its full id
 */
public record VersionChoice(String name, String summary, Instant time, String revision) {
}
