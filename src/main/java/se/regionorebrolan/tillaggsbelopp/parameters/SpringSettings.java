package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code spring.*} settings that say which settings files Spring Boot reads, where
 * Spring Boot looks for them before any file is read: the command line first, then the
 * JVM's system properties, then the environment ({@code SPRING_CONFIG_LOCATION}).
 *
 * @param args the command-line arguments
 * @param system the JVM's system properties
 * @param environment the process's environment variables
 */
record SpringSettings(List<String> args, Properties system, Map<String, String> environment) {

	static SpringSettings of(String[] args, Properties system, Map<String, String> environment) {
		return new SpringSettings(List.of(args), system, environment);
	}

	/** A setting's value as given, if it is. */
	Optional<String> value(String name) {
		return given(name).map(Given::value);
	}

	/** A comma-separated setting as its items, if it is given. */
	Optional<List<String>> list(String name) {
		return given(name).map(given -> split(given.value()));
	}

	/** A setting that names places, each with where it was given. */
	Optional<List<SettingsFiles.Location>> locations(String name) {
		return given(name).map(given -> split(given.value()).stream()
			.map(value -> new SettingsFiles.Location(value, given.where(), null))
			.toList());
	}

	/**
	 * Spring Boot's list of places: separated by commas (and semicolons within a group).
	 */
	static List<String> split(String value) {
		return Arrays.stream(value.split("[,;]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private Optional<Given> given(String name) {
		String option = "--" + name + "=";
		for (int index = this.args.size() - 1; index >= 0; index--) {
			if (this.args.get(index).startsWith(option)) {
				return Optional
					.of(new Given(this.args.get(index).substring(option.length()), "kommandoraden (--" + name + ")"));
			}
		}
		if (this.system.getProperty(name) != null) {
			return Optional.of(new Given(this.system.getProperty(name), "systemegenskapen -D" + name));
		}
		String variable = name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
		return Optional.ofNullable(this.environment.get(variable))
			.map(value -> new Given(value, "miljövariabeln " + variable));
	}

	private record Given(String value, String where) {
	}

}
