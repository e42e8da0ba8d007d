package se.regionorebrolan.tillaggsbelopp.parameters;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code tillagg.home}, the working folder, when it is given: on the command line, as
 * {@code -Dtillagg.home} (the launcher's program folder) or in the environment variable
 * {@code TILLAGG_HOME}. A relative folder is relative to the working directory.
 */
final class HomeFolder {

	static final String PROPERTY = ParameterNames.PREFIX + ".home";

	private HomeFolder() {
	}

	static Optional<Path> given(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind(PROPERTY, String.class)
			.map(folder -> Path.of(folder).toAbsolutePath().normalize())
			.map(Optional::of)
			.orElse(Optional.empty());
	}

}
