package parley.cli.commands;

import java.lang.reflect.Constructor;

import parley.cli.CliContext;
import picocli.CommandLine;

/**
 * Makes the objects picocli asks for in one run of the command line: a command (a class with a constructor
 * that takes a {@link CliContext}, that is every {@link CliCommand}) is made with this run's context, so no
 * command reaches back into the root for it; everything else (the {@link PlaybookOptions} mixin, picocli's
 * help command, collections, converters) is made by picocli's default factory.
 */
public final class CommandFactory implements CommandLine.IFactory {

	private final CliContext context;
	private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

	public CommandFactory(CliContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		Constructor<K> withContext;
		try {
			withContext = type.getDeclaredConstructor(CliContext.class);
		} catch (NoSuchMethodException e) {
			return fallback.create(type);
		}
		withContext.setAccessible(true); // commands are package-private
		return withContext.newInstance(context);
	}
}
