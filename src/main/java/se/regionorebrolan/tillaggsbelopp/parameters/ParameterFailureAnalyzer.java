package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
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

	private final @Nullable Environment environment;

	/**
	 * @param environment the application's environment; none when the start failed before
	 * there was a context
	 */
	ParameterFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		// Before Spring Boot's English analyzers for the same failures.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
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
						property.getOrigin(), unbound(property))));
		}
		else {
			ConfigurationProperty property = cause.getProperty();
			String name = (property != null) ? property.getName().toString() : cause.getName().toString();
			lines.add(line(name, (property != null) ? property.getValue() : null,
					(property != null) ? property.getOrigin() : null,
					"värdet kan inte tolkas; " + Expectation.of(cause.getTarget().getType().resolve(Object.class))));
		}
		return lines;
	}

	/**
	 * A known name with an empty value ({@code budget-year:} with nothing after it) is
	 * left unbound as well: Spring turns the empty text into no value. An unknown name
	 * gets {@code okänd parameter (menade du --tillagg.budget-year?)}, written as the
	 * operator would write it where the name was found.
	 */
	private static String unbound(ConfigurationProperty property) {
		if ("".equals(property.getValue()) && Expectation.isKnown(property.getName().toString())) {
			return "värdet är tomt; skriv ett värde eller ta bort parametern";
		}
		boolean commandLine = SettingOrigin.COMMAND_LINE.equals(SettingOrigin.describe(property.getOrigin()));
		return ParameterNames.meant(property.getName().toString())
			.map(meant -> "okänd parameter (menade du " + (commandLine ? "--" : "") + meant + "?)")
			.orElse("okänd parameter (felstavad?); se docs/inputs.md för de kända namnen");
	}

	private String validationProblem(ObjectError error) {
		if (error instanceof FieldError field) {
			String property = field.getObjectName() + "." + Expectation.kebabCase(field.getField());
			Object value = field.getRejectedValue();
			Origin origin = origin(property);
			String list = property.replaceAll("\\[\\d+]$", "");
			if (value == null && origin == null && !list.equals(property) && this.environment != null) {
				// An element of a list written as one text, e.g. "2021,,2022": show the
				// text.
				value = this.environment.getProperty(list);
				origin = origin(list);
			}
			return line(property, value, origin, field.getDefaultMessage());
		}
		return "  - " + error.getObjectName() + ": " + error.getDefaultMessage();
	}

	private @Nullable Origin origin(String property) {
		return SettingOrigin.of(this.environment, property);
	}

	private static String line(String property, @Nullable Object value, @Nullable Origin origin,
			@Nullable String expectation) {
		return "  - " + SettingOrigin.setting(property, value, origin) + ": " + expectation;
	}

}
