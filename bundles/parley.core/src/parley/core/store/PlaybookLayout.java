package parley.core.store;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;

/**
 * Where each element lives in a playbook folder.
 *
 * <pre>
 * playbook.xmi              the playbook's own fields
 * techniques/0.xmi .. f.xmi techniques, sharded by the first hex digit of their UUID
 * phrases/, scenarios/, sources/, tags/, audiences/   likewise
 * .parley/                  local state: save journal, lock, search index (never versioned)
 * </pre>
 *
 * A shard depends only on the element's UUID, which never changes, so an element never moves
 * between files; editing one field rewrites one line of one shard. See ARCHITECTURE.md for why.
 */
public final class PlaybookLayout {

	/** The file holding the {@code Playbook} root. */
	public static final String ROOT_FILE = "playbook.xmi";

	/** Local, unversioned state: journal, lock, caches. */
	public static final String LOCAL_DIR = ".parley";

	/** Number of shards per type; a shard is named by one hex digit. */
	public static final int SHARDS = 16;

	/** One entity type: the playbook containment that holds it and its folder. */
	public record Kind(EReference containment, String folder) {
		public EClass type() {
			return containment.getEReferenceType();
		}
	}

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;

	/** The entity kinds in the order they are loaded, listed and counted. */
	public static final List<Kind> KINDS = List.of(
			new Kind(P.getPlaybook_Sources(), "sources"),
			new Kind(P.getPlaybook_Tags(), "tags"),
			new Kind(P.getPlaybook_Audiences(), "audiences"),
			new Kind(P.getPlaybook_Techniques(), "techniques"),
			new Kind(P.getPlaybook_Phrases(), "phrases"),
			new Kind(P.getPlaybook_Scenarios(), "scenarios"));

	private PlaybookLayout() {
	}

	/** The kind whose folder is {@code folder}, or null. */
	public static Kind kindOfFolder(String folder) {
		for (Kind kind : KINDS) {
			if (kind.folder().equals(folder)) {
				return kind;
			}
		}
		return null;
	}

	/** The kind whose containment holds objects of {@code type}, or null. */
	public static Kind kindOf(EClass type) {
		for (Kind kind : KINDS) {
			if (kind.type() == type) {
				return kind;
			}
		}
		return null;
	}

	/** The shard file of an element, relative to the playbook folder, with '/' separators. */
	public static String shardPath(Kind kind, Identified element) {
		return kind.folder() + '/' + shardName(element.getId()) + ".xmi";
	}

	/** The shard name for an id: its first hex digit, or a stable hash digit for ids that are not UUIDs. */
	public static String shardName(String id) {
		char c = id.isEmpty() ? 'x' : Character.toLowerCase(id.charAt(0));
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
			return String.valueOf(c);
		}
		return Integer.toHexString(id.hashCode() & (SHARDS - 1));
	}
}
