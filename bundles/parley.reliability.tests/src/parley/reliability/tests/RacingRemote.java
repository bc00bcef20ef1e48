package parley.reliability.tests;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportProtocol;
import org.eclipse.jgit.transport.URIish;

/**
 * A shared remote that changes at the worst moment: {@code race:///PATH} is the bare repository at PATH, reached
 * as git reaches any local path, except that when a push opens its connection, {@code interloper} runs first
 * (another process pushing its own version). So the sync fetched one state of the remote and pushes onto
 * another: the race between fetch and push, made to happen every time. Registered with JGit for the duration
 * of a test ({@link #close()} unregisters it).
 */
final class RacingRemote extends TransportProtocol implements AutoCloseable {

	static final String SCHEME = "race";

	private final Runnable interloper;
	private final AtomicInteger interruptions = new AtomicInteger();
	private volatile boolean armed;

	RacingRemote(Runnable interloper) {
		this.interloper = interloper;
		Transport.register(this);
	}

	/** The address under which the bare repository at {@code bare} races. */
	static String address(Path bare) {
		return SCHEME + "://" + bare.toAbsolutePath();
	}

	/** Makes the next push race (once). */
	void arm() {
		armed = true;
	}

	int interruptions() {
		return interruptions.get();
	}

	@Override
	public String getName() {
		return "racing remote (fault matrix)";
	}

	@Override
	public Set<String> getSchemes() {
		return Set.of(SCHEME);
	}

	@Override
	public boolean canHandle(URIish uri, Repository local, String remoteName) {
		return SCHEME.equals(uri.getScheme());
	}

	@Override
	public Transport open(URIish uri, Repository local, String remoteName) throws NotSupportedException, TransportException {
		boolean pushing = StackWalker.getInstance().walk(frames -> frames.anyMatch(
				f -> f.getClassName().equals("org.eclipse.jgit.api.PushCommand")));
		if (pushing && armed) {
			armed = false;
			interruptions.incrementAndGet();
			interloper.run();
		}
		return Transport.open(local, new URIish().setPath(uri.getPath()));
	}

	@Override
	public void close() {
		Transport.unregister(this);
	}
}
