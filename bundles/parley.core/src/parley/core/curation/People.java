package parley.core.curation;

import java.util.Locale;

/**
 * Comparing the people named in curation data. Names are free text ("Dana Reyes", "Dana Reyes
 * &lt;dana@example.org&gt;", "dana@example.org"): two names are the same person when their e-mail addresses match,
 * or, when either has none, their names match ignoring case and spacing.
 */
public final class People {

	private People() {
	}

	/** Whether {@code a} and {@code b} name the same person; false if either is null or blank. */
	public static boolean same(String a, String b) {
		if (a == null || b == null || a.isBlank() || b.isBlank()) {
			return false;
		}
		String ea = email(a);
		String eb = email(b);
		if (ea != null && eb != null) {
			return ea.equals(eb);
		}
		return name(a).equals(name(b)) || (ea != null && ea.equals(name(b))) || (eb != null && eb.equals(name(a)));
	}

	private static String email(String who) {
		int lt = who.indexOf('<');
		int gt = who.indexOf('>', lt + 1);
		if (lt >= 0 && gt > lt) {
			return who.substring(lt + 1, gt).strip().toLowerCase(Locale.ROOT);
		}
		return who.contains("@") && !who.strip().contains(" ") ? who.strip().toLowerCase(Locale.ROOT) : null;
	}

	private static String name(String who) {
		int lt = who.indexOf('<');
		String name = lt >= 0 ? who.substring(0, lt) : who;
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The name part of {@code who} ("Dana Reyes" of "Dana Reyes &lt;dana@example.org&gt;"). */
	public static String shortName(String who) {
		if (who == null) {
			return null;
		}
		int lt = who.indexOf('<');
		String name = lt > 0 ? who.substring(0, lt).strip() : who.strip();
		return name.isEmpty() ? who.strip() : name;
	}
}
