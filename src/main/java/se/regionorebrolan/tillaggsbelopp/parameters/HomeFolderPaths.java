package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code tillagg.home} given, a relative folder or file of the settings file, and
 * each default folder ({@code input}, {@code output}, {@code mallar}), is in the working
 * folder; a relative path on the command line or in the environment stays relative to the
 * working directory it was typed in. Every {@code Path} parameter of
 * {@link TillaggProperties} is treated so.
 */
class HomeFolderPaths implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		// Once the settings files are read.
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		HomeFolder.given(environment).ifPresent(home -> {
			Map<String, Object> resolved = new LinkedHashMap<>();
			RecordComponent[] components = TillaggProperties.class.getRecordComponents();
			java.lang.reflect.Parameter[] parameters = canonicalConstructor(components).getParameters();
			for (int i = 0; i < components.length; i++) {
				String name = ParameterNames.PREFIX + "." + ParameterNames.dashed(components[i]);
				if (components[i].getType() == Path.class && !name.equals(HomeFolder.PROPERTY)) {
					Optional<String> fallback = Optional.ofNullable(parameters[i].getAnnotation(DefaultValue.class))
						.map(defaults -> defaults.value()[0]);
					inHome(environment, name, fallback, home).ifPresent(path -> resolved.put(name, path.toString()));
				}
			}
			environment.getPropertySources().addFirst(new MapPropertySource("tillagg-home-paths", resolved));
		});
	}

	/** Where Spring finds each parameter's {@code @DefaultValue}. */
	private static Constructor<TillaggProperties> canonicalConstructor(RecordComponent[] components) {
		try {
			return TillaggProperties.class
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("a record has its canonical constructor", ex);
		}
	}

	/**
	 * The path in the working folder, when the setting is a relative path of a settings
	 * file or unset with a default.
	 */
	private static Optional<Path> inHome(ConfigurableEnvironment environment, String name, Optional<String> fallback,
			Path home) {
		ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(key);
			if (property != null) {
				boolean settingsFile = source.getUnderlyingSource() instanceof OriginTrackedMapPropertySource;
				String value = String.valueOf(property.getValue());
				return (settingsFile && !value.contains("${") && !Path.of(value).isAbsolute())
						? Optional.of(home.resolve(value).normalize()) : Optional.empty();
			}
		}
		return fallback.map(folder -> home.resolve(folder).normalize());
	}

}
