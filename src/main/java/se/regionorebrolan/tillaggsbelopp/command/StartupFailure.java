package se.regionorebrolan.tillaggsbelopp.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import se.regionorebrolan.tillaggsbelopp.program.ClockConfiguration;
import se.regionorebrolan.tillaggsbelopp.program.Failures;
import se.regionorebrolan.tillaggsbelopp.program.TemporaryFolder;

/**
 * A start that failed for a reason no check foresaw (issue 14): the console gets one
 * Swedish sentence saying where the details are, the details (the stack trace) go to a
 * file ({@link Failures#log}: in {@code <output-dir>/logs/} when the output folder
 * exists, else in the folder for temporary files); {@code --debug} prints them as well.
 * While Spring Boot handles the failure its logging is silenced, since it would print the
 * same failure in English; the failures the checks foresaw are printed in Swedish by
 * {@link SwedishFailureReporter}.
 */
public final class StartupFailure implements SmartApplicationListener {

	private @Nullable ConfigurableEnvironment environment;

	private @Nullable LoggingSystem silenced;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			this.environment = prepared.getEnvironment();
		}
		if (event instanceof ApplicationFailedEvent failed) {
			// After Spring Boot's logging has stopped, while Spring Boot reports the
			// failure.
			this.silenced = LoggingSystem.get(failed.getSpringApplication().getClassLoader());
			this.silenced.beforeInitialize();
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Lets log lines through again, once Spring Boot has reported the failure. */
	public void reported() {
		if (this.silenced != null) {
			this.silenced.cleanUp();
			this.silenced = null;
		}
	}

	/** Writes the details to a file and says, in one sentence, where they are. */
	public void report(Throwable failure, String... args) {
		Path output = outputDirectory();
		Optional<Path> file = Failures.log(failure, output, Clock.system(ClockConfiguration.SWEDEN),
				"Argument: " + String.join(" ", args));
		System.err.println("Programmet avbröts av ett oväntat internt fel (" + file
			.map(written -> "detaljerna finns i " + written + "): kör kommandot igen, och skicka filen till den som "
					+ "förvaltar programmet om felet kommer tillbaka.")
			.orElse("detaljerna kunde inte sparas, varken i " + output.resolve("logs") + " eller i "
					+ TemporaryFolder.path() + "): kör kommandot igen med --debug för att se dem, "
					+ "och visa dem för den som förvaltar programmet."));
		if (debug(args)) {
			failure.printStackTrace(System.err);
		}
	}

	private Path outputDirectory() {
		String output = (this.environment != null) ? this.environment.getProperty("tillagg.output-dir", "output")
				: "output";
		try {
			return Path.of(output);
		}
		catch (IllegalArgumentException ex) {
			return Path.of("output");
		}
	}

	private boolean debug(String... args) {
		String debug = (this.environment != null) ? this.environment.getProperty("debug") : null;
		return Arrays.asList(args).contains("--debug") || (debug != null && !"false".equals(debug));
	}

}
