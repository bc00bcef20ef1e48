package parley.search;

/**
 * A completion for what the user has typed.
 *
 * @param text the full title or phrase wording to offer
 * @param id   the entry it belongs to
 * @param type the entry's type
 */
public record Suggestion(String text, String id, String type) {
}
