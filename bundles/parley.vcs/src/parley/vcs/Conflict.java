package parley.vcs;

/**
 * A field that both sides changed differently since their common version. Until it is resolved, the
 * working playbook holds {@code mine}; {@code theirs} is kept here (and in the other side's history).
 *
 * @param id     the element's UUID
 * @param title  the element's title, for people
 * @param field  the model field name
 * @param base   the value both started from (text; links by title)
 * @param mine   this side's value
 * @param theirs the other side's value
 */
public record Conflict(String id, String title, String field, String base, String mine, String theirs) {
}
