package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains in Swedish a {@code tillagg.*} parameter that could not be used: the property,
 * the value, where it was set (file and line, or the command line) and what was expected,
 * for every bad value at once.
 */
class ParameterFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private final Environment environment;

	ParameterFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		// Before Spring Boot's English analyzers for the same failures.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		if (!cause.getName().toString().startsWith("tillagg")) {
			return null;
		}
		return new FailureAnalysis(
				"Felaktiga parametrar – beräkningen startades inte:" + System.lineSeparator()
						+ String.join(System.lineSeparator(), problems(cause)),
				"Rätta värdet i config/application.yml eller på kommandoraden (--tillagg.<namn>=<värde>) och kör igen. "
						+ "Parametrarna beskrivs i docs/inputs.md under Parameters.",
				cause);
	}

	/** One line per bad value: {@code  - tillagg.x = "v" (origin): expectation}. */
	List<String> problems(BindException cause) {
		List<String> lines = new ArrayList<>();
		if (cause.getCause() instanceof BindValidationException validation) {
			for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
				lines.add(validationProblem(error));
			}
		}
		else if (cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			unbound.getUnboundProperties()
				.forEach(property -> lines.add(line(property.getName().toString(), property.getValue(),
						property.getOrigin(), unknown(property))));
		}
		else {
			ConfigurationProperty property = cause.getProperty();
			String name = (property != null) ? property.getName().toString() : cause.getName().toString();
			lines.add(line(name, (property != null) ? property.getValue() : null,
					(property != null) ? property.getOrigin() : null,
					"värdet kan inte tolkas; " + expectedType(cause)));
		}
		return lines;
	}

	/**
	 * {@code okänd parameter (menade du --tillagg.budget-year?)}, written as the operator
	 * would write it where the name was found.
	 */
	private static String unknown(ConfigurationProperty property) {
		boolean commandLine = SettingOrigin.COMMAND_LINE.equals(SettingOrigin.describe(property.getOrigin()));
		return ParameterNames.meant(property.getName().toString())
			.map(meant -> "okänd parameter (menade du " + (commandLine ? "--" : "") + meant + "?)")
			.orElse("okänd parameter (felstavad?); se docs/inputs.md för de kända namnen");
	}

	private String validationProblem(ObjectError error) {
		if (error instanceof FieldError field) {
			String property = field.getObjectName() + "." + kebabCase(field.getField());
			return line(property, field.getRejectedValue(), origin(property), field.getDefaultMessage());
		}
		return "  - " + error.getObjectName() + ": " + error.getDefaultMessage();
	}

	/**
	 * Bean Validation names the record component ({@code shiftRate}); the operator wrote
	 * {@code shift-rate}.
	 */
	private static String kebabCase(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	private @Nullable Origin origin(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.adapt(property, '.');
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty found = source.getConfigurationProperty(name);
			if (found != null) {
				return found.getOrigin();
			}
		}
		return null;
	}

	private static String line(String property, @Nullable Object value, @Nullable Origin origin,
			@Nullable String expectation) {
		String shown = (value != null) ? " = \"" + value + "\"" : " saknas";
		return "  - " + property + shown + where(origin) + ": " + expectation;
	}

	/** {@code  (config/application.yml rad 12)}, {@code  (kommandoraden)} or nothing. */
	private static String where(@Nullable Origin origin) {
		String described = SettingOrigin.describe(origin);
		return described.isEmpty() ? "" : " (" + described + ")";
	}

	private static String expectedType(BindException cause) {
		String type = cause.getTarget().getType().toString();
		if (type.contains("LocalDate")) {
			return "förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2025-12-31";
		}
		if (type.contains("Integer") || type.contains("int")) {
			return "förväntat ett heltal, t.ex. 2027";
		}
		if (type.contains("BigDecimal")) {
			return "förväntat ett tal med punkt som decimaltecken, t.ex. 0.05";
		}
		if (type.contains("ZoneId")) {
			return "förväntat en tidszon, t.ex. Europe/Stockholm";
		}
		if (type.contains("Mode")) {
			return "förväntat one-shot (ett kommando, sedan slut) eller scheduler (schemaläge)";
		}
		return "förväntat ett värde av typen " + type;
	}

}
