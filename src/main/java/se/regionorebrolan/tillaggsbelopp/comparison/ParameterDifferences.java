package se.regionorebrolan.tillaggsbelopp.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;

/**
 * Ändrade parametrar: one Swedish line per parameter whose value differs between two
 * listings, e.g. {@code tillagg.advanced.measurement-date: 2022-11-15 → 2025-11-14}.
 */
final class ParameterDifferences {

	static final String MISSING = "(saknas)";

	private ParameterDifferences() {
	}

	/**
	 * The lines in listing order; a property only in the later listing comes after the
	 * earlier listing's.
	 */
	static List<String> between(List<Parameter> before, List<Parameter> after) {
		Map<String, String> was = byProperty(before);
		Map<String, String> is = byProperty(after);
		Set<String> properties = new LinkedHashSet<>(was.keySet());
		properties.addAll(is.keySet());
		List<String> lines = new ArrayList<>();
		for (String property : properties) {
			String old = was.getOrDefault(property, MISSING);
			String current = is.getOrDefault(property, MISSING);
			if (!old.equals(current)) {
				lines.add(property + ": " + old + " → " + current);
			}
		}
		return lines;
	}

	private static Map<String, String> byProperty(List<Parameter> parameters) {
		Map<String, String> byProperty = new LinkedHashMap<>();
		for (Parameter parameter : parameters) {
			Objects.requireNonNull(parameter.value(), () -> parameter.property() + " has no value");
			if (byProperty.put(parameter.property(), parameter.value()) != null) {
				throw new IllegalArgumentException("parameter listed twice: " + parameter.property());
			}
		}
		return byProperty;
	}

}
