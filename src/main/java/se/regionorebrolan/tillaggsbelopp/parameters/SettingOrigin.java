package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

/** Where a setting was written, as a message names it. */
final class SettingOrigin {

	static final String COMMAND_LINE = "kommandoraden";

	private SettingOrigin() {
	}

	/**
	 * {@code config/application.yml rad 12}, {@code kommandoraden}, or empty when Spring
	 * does not know.
	 */
	static String describe(@Nullable Origin origin) {
		if (origin instanceof PropertySourceOrigin source) {
			return "commandLineArgs".equals(source.getPropertySource().getName()) ? COMMAND_LINE
					: describe(source.getOrigin());
		}
		if (origin instanceof TextResourceOrigin text && text.getResource() != null && text.getLocation() != null) {
			return fileName(text.getResource()) + " rad " + (text.getLocation().getLine() + 1);
		}
		return (origin != null) ? origin.toString() : "";
	}

	/**
	 * Where a property of the environment was set, or null when the environment is not
	 * known (a start that failed before it was prepared) or does not know.
	 */
	static @Nullable Origin of(@Nullable Environment environment, String property) {
		if (environment == null) {
			return null;
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(property, '.');
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty found = source.getConfigurationProperty(name);
			if (found != null) {
				return found.getOrigin();
			}
		}
		return null;
	}

	/**
	 * {@code  - logging.file.name = "x" (kommandoraden)}: a setting as a problem line
	 * names it.
	 */
	static String setting(String property, @Nullable Object value, @Nullable Origin origin) {
		String shown = (value != null) ? " = \"" + value + "\"" : " saknas";
		String described = describe(origin);
		return property + shown + (described.isEmpty() ? "" : " (" + described + ")");
	}

	private static String fileName(Resource resource) {
		try {
			return resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
		}
		catch (IOException ex) {
			return resource.getDescription();
		}
	}

}
