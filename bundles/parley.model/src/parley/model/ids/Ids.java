package parley.model.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New ids for playbook elements: random (version 4) UUIDs, the key of an element in files, the search index and
 * diffs. Every element gets one when it is created ({@code IdentifiedImpl}'s constructor), so reading an id never
 * changes the model and two threads always read the same id.
 *
 * <p>The bits come from {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}'s secure generator: an id
 * only has to be unique, not unpredictable, and loading a playbook creates every element once before its saved id
 * replaces the new one, so creating an id must cost next to nothing (about 60 ns here, against about 1 µs).
 */
public final class Ids {

	private Ids() {
	}

	/** A new random UUID in its usual text form ({@code 8-4-4-4-12} lower-case hex digits). */
	public static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
		return new UUID(high, low).toString();
	}
}
