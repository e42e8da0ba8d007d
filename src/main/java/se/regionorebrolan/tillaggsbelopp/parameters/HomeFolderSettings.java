package se.regionorebrolan.tillaggsbelopp.parameters;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code tillagg.home} given, the settings file is the working folder's
 * {@code config/application.yml}, not the one of the directory the program was started
 * in: Spring Boot's own places to look, with the working folder in place of {@code ./}.
 * An explicit {@code spring.config.location} still wins.
 */
class HomeFolderSettings implements EnvironmentPostProcessor, Ordered {

	static final String LOCATION = "spring.config.location";

	@Override
	public int getOrder() {
		// Before the settings files are read.
		return ConfigDataEnvironmentPostProcessor.ORDER - 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(LOCATION)) {
			return;
		}
		HomeFolder.given(environment)
			.ifPresent(home -> environment.getPropertySources()
				.addLast(new MapPropertySource("tillagg-home-settings", Map.of(LOCATION, locations(home)))));
	}

	/** {@code optional:classpath:/;…;optional:file:///srv/tillaggsbelopp/config/}. */
	static String locations(Path home) {
		return "optional:classpath:/;optional:classpath:/config/;optional:" + folderUri(home) + ";optional:"
				+ folderUri(home.resolve("config"));
	}

	/** A folder as a URI that ends in {@code /}, also when it does not exist. */
	private static String folderUri(Path folder) {
		String uri = folder.toUri().toString();
		return uri.endsWith("/") ? uri : uri + "/";
	}

}
