package parley.core.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import parley.model.playbook.CurationAction;
import parley.model.playbook.CurationEvent;
import parley.model.playbook.Entry;
import parley.model.playbook.Identified;
import parley.model.playbook.PlaybookPackage;

/**
 * The content an approval covers, and whether an entry changed since its last approval.
 *
 * <p>An approval covers every field of an entry that teams read or that decides where it appears: the title, the
 * tags, audiences, channels and sources, and every field of its type (a phrase's wording, kind, replacements,
 * usage and techniques; a technique's summary, rationale, steps, pitfalls and related techniques; a scenario's
 * situation, emotions, signals, steps and outcome; a source's publisher, author, address and summary). It does
 * not cover curation data: status, owner, reviewer, review dates and interval, created/modified stamps, who
 * edited, the replacement of a retired entry, the curation history and the review comments.
 *
 * <p>The content is written as text, one field a line with links as ids, so it does not change when a linked
 * entry is renamed. Its SHA-256 is the fingerprint an approval records.
 */
public final class CuratedContent {

	private static final PlaybookPackage P = PlaybookPackage.eINSTANCE;
	private static final Set<EStructuralFeature> CURATION = Set.of(P.getIdentified_Id(), P.getEntry_Status(),
			P.getEntry_Owner(), P.getEntry_LastReviewed(), P.getEntry_ReviewIntervalDays(), P.getEntry_Created(),
			P.getEntry_Modified(), P.getEntry_EditedBy(), P.getEntry_Reviewer(), P.getEntry_ReplacedBy(),
			P.getEntry_Events(), P.getEntry_Comments());
	private static final Pattern UUID = Pattern
			.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

	private CuratedContent() {
	}

	/** Whether a change to {@code feature} (of an entry or of a scenario step) changes approved content. */
	public static boolean covers(EStructuralFeature feature) {
		return !CURATION.contains(feature) && !feature.isTransient() && !feature.isDerived();
	}

	/** The entry's approved-content fields as text, one field a line; links as ids. */
	public static String of(Entry entry) {
		StringBuilder text = new StringBuilder();
		write(entry, "", text);
		return text.toString();
	}

	private static void write(EObject object, String prefix, StringBuilder text) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!covers(feature)) {
				continue;
			}
			List<?> values = feature.isMany() ? (List<?>) object.eGet(feature)
					: object.eGet(feature) == null ? List.of() : List.of(object.eGet(feature));
			for (Object value : values) {
				if (feature instanceof EReference ref && ref.isContainment()) {
					text.append(prefix).append(feature.getName()).append(":\n");
					write((EObject) value, prefix + "  ", text);
				} else {
					text.append(prefix).append(feature.getName()).append(": ").append(value(value)).append('\n');
				}
			}
		}
	}

	private static String value(Object value) {
		if (value instanceof EObject e) {
			return e.eIsProxy() ? ((InternalEObject) e).eProxyURI().fragment() : ((Identified) e).getId();
		}
		return String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n");
	}

	/** SHA-256 of {@link #of(Entry)} in hex. */
	public static String fingerprint(Entry entry) {
		return fingerprint(of(entry));
	}

	static String fingerprint(String content) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** The entry's last approval, or null if it was never approved through curation. */
	public static CurationEvent lastApproval(Entry entry) {
		List<CurationEvent> events = entry.getEvents();
		for (int i = events.size() - 1; i >= 0; i--) {
			if (events.get(i).getAction() == CurationAction.APPROVED) {
				return events.get(i);
			}
		}
		return null;
	}

	/**
	 * Whether the entry's content differs from what its last approval recorded. An entry approved before
	 * curation was recorded (no approval in its history) counts as unchanged.
	 */
	public static boolean changedSinceApproval(Entry entry) {
		CurationEvent approval = lastApproval(entry);
		return approval != null && approval.getFingerprint() != null
				&& !approval.getFingerprint().equals(fingerprint(entry));
	}

	/** {@code content} with every id replaced by what {@code title} gives for it (ids it does not know stay). */
	public static String readable(String content, Function<String, String> title) {
		Matcher m = UUID.matcher(content);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String t = title.apply(m.group());
			m.appendReplacement(out, Matcher.quoteReplacement(t == null ? m.group() : "\"" + t + "\""));
		}
		m.appendTail(out);
		return ESCAPE.matcher(out).replaceAll(e -> e.group(1).equals("n") ? "\n    " : Matcher.quoteReplacement(e.group(1)));
	}
}
