package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

import se.regionorebrolan.tillaggsbelopp.input.EditDistance;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * Refuses a block of a settings file that nothing reads: Spring ignores a misspelt
 * {@code tilagg:} without a word, and every parameter under it would fall back to its
 * default (35 km where the officer wrote 50). Names under {@code tillagg.} are checked by
 * binding; the command line by {@code CommandLineArguments}. {@code tillagg.home} cannot
 * be set in a file: it says which settings file is read.
 */
public final class SettingsFileKeys {

	/** The top-level names a settings file may use, as Spring compares them. */
	private static final List<String> KNOWN = List.of("tillagg", "spring", "logging", "debug", "trace");

	private SettingsFileKeys() {
	}

	/** One problem per unknown top-level name, at its first line in each file. */
	public static List<InputProblem> problems(ConfigurableEnvironment environment) {
		List<InputProblem> problems = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof OriginTrackedMapPropertySource file) {
				List<String> reported = new ArrayList<>();
				for (String key : file.getPropertyNames()) {
					if (uniform(key).equals(HomeFolder.PROPERTY)) {
						problems.add(InputProblem.ofFile(SettingOrigin.describe(file.getOrigin(key)), key
								+ " kan inte stå i en inställningsfil, som ju läses ur arbetsmappen; ange arbetsmappen på "
								+ "kommandoraden (--tillagg.home=<mapp>) eller i miljövariabeln TILLAGG_HOME"));
					}
					String top = topLevel(key);
					if (!KNOWN.contains(uniform(top)) && !reported.contains(top)) {
						reported.add(top);
						problems.add(InputProblem.ofFile(SettingOrigin.describe(file.getOrigin(key)),
								"\"" + top + "\" (i " + key + ") är ingen känd inställning och skulle inte läsas"
										+ suggestion(top)
										+ "; programmets inställningar står under tillagg:, Springs under spring: "
										+ "och loggningens under logging:"));
					}
				}
			}
		}
		return problems;
	}

	private static String topLevel(String key) {
		int end = key.indexOf('.');
		int index = key.indexOf('[');
		if (index >= 0 && (end < 0 || index < end)) {
			end = index;
		}
		return (end < 0) ? key : key.substring(0, end);
	}

	/** Spring's relaxed names: case, dashes and underscores do not count. */
	private static String uniform(String name) {
		return name.replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
	}

	private static String suggestion(String top) {
		return EditDistance.closest(uniform(top), KNOWN).map(known -> " (menade du " + known + ":?)").orElse("");
	}

}
