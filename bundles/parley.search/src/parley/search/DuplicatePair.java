package parley.search;

/**
 * Two phrases with nearly the same wording.
 *
 * @param first      one phrase
 * @param second     the other
 * @param similarity 0..1, the share of the two wordings' (stemmed) words they have in common
 */
public record DuplicatePair(Hit first, Hit second, double similarity) {
}
