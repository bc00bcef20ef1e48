package parley.vcs;

import java.net.URISyntaxException;

import org.eclipse.jgit.transport.URIish;

/** Remote addresses as Parley shows them: a password written into an address is never printed. */
public final class Addresses {

	private Addresses() {
	}

	/** The address without its password (if any). */
	public static String redact(String address) {
		if (address == null) {
			return null;
		}
		try {
			URIish uri = new URIish(address);
			return uri.getPass() == null ? address : uri.setPass(null).toString();
		} catch (URISyntaxException e) {
			return address.replaceAll("(//[^/@:]*):[^/@]*@", "$1@");
		}
	}

	/** {@code text} with every occurrence of the address's password replaced by {@code ***}. */
	static String scrub(String text, String address) {
		if (text == null || address == null) {
			return text;
		}
		try {
			String pass = new URIish(address).getPass();
			String scrubbed = pass == null || pass.isEmpty() ? text : text.replace(pass, "***");
			return scrubbed.replace(address, redact(address));
		} catch (URISyntaxException e) {
			return text.replace(address, redact(address));
		}
	}
}
