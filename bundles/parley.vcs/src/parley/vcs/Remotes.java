package parley.vcs;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

/** The remotes a playbook syncs with: listed (addresses without passwords) and chosen by name or address. */
final class Remotes {

	private final GitPlaybook repo;

	Remotes(GitPlaybook repo) {
		this.repo = repo;
	}

	Map<String, String> shown() throws VcsException {
		Map<String, String> shown = new TreeMap<>();
		raw().forEach((name, address) -> shown.put(name, Addresses.redact(address)));
		return shown;
	}

	/** Name to address as configured (may hold a password: never shown). */
	Map<String, String> raw() throws VcsException {
		try {
			Map<String, String> remotes = new TreeMap<>();
			for (RemoteConfig remote : RemoteConfig.getAllRemoteConfigs(repo.repository().getConfig())) {
				remotes.put(remote.getName(), remote.getURIs().isEmpty() ? "" : remote.getURIs().get(0).toString());
			}
			return remotes;
		} catch (java.net.URISyntaxException e) {
			throw new VcsException("The repository's remotes are misconfigured: " + e.getMessage(), e);
		}
	}

	String remoteFor(String nameOrAddress, String defaultName) throws VcsException {
		String given = nameOrAddress == null ? "" : nameOrAddress.strip();
		if (given.isEmpty()) {
			given = defaultName;
		}
		Map<String, String> remotes = raw();
		if (remotes.containsKey(given)) {
			return given;
		}
		for (Map.Entry<String, String> remote : remotes.entrySet()) {
			if (remote.getValue().equals(given)) {
				return remote.getKey();
			}
		}
		if (!given.contains("/") && !given.contains(":") && !given.contains("\\")) {
			throw new VcsException("There is no remote called '" + given + "'; give the shared playbook's address"
					+ " (a path, file://, ssh:// or https:// URL) instead.");
		}
		if (remotes.containsKey(defaultName)) {
			throw new VcsException("The remote '" + defaultName + "' already points at " + Addresses.redact(remotes.get(defaultName))
					+ "; sync with it by name, or choose it in git's configuration.");
		}
		try {
			repo.git.remoteAdd().setName(defaultName).setUri(new URIish(given)).call();
			return defaultName;
		} catch (GitAPIException | java.net.URISyntaxException e) {
			throw new VcsException("'" + Addresses.redact(given) + "' is not an address git understands: "
					+ Addresses.scrub(e.getMessage(), given), e);
		}
	}
}
