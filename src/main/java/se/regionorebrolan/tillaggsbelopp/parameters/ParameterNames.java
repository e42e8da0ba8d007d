package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;

import se.regionorebrolan.tillaggsbelopp.input.EditDistance;

/**
 * The name of every {@code tillagg.*} parameter as the operator writes it
 * ({@code tillagg.advanced.cost-per-patient-sek}), read from {@link TillaggProperties}
 * itself, so that a suggestion for a misspelt name never names one that does not exist.
 */
public final class ParameterNames {

	static final String PREFIX = "tillagg";

	private static final List<String> ALL = List.copyOf(names(PREFIX, TillaggProperties.class));

	private ParameterNames() {
	}

	/** Every parameter, in the order {@link TillaggProperties} declares them. */
	public static List<String> all() {
		return ALL;
	}

	/**
	 * The parameter a misspelt or unprefixed name most likely means:
	 * {@code tillagg.budget-yaer} and {@code budget-year} mean
	 * {@code tillagg.budget-year}.
	 */
	public static Optional<String> meant(String written) {
		String prefixed = written.startsWith(PREFIX + ".") ? written : PREFIX + "." + written;
		return ALL.contains(prefixed) ? Optional.of(prefixed) : EditDistance.closest(prefixed, ALL);
	}

	/**
	 * The value of every parameter that a command would use, by name, in the order of
	 * {@link #all()}; {@code null} where it is not set.
	 */
	public static Map<String, Object> values(TillaggProperties properties) {
		Map<String, Object> values = new LinkedHashMap<>();
		collect(PREFIX, properties, values);
		return values;
	}

	private static void collect(String prefix, Record settings, Map<String, Object> values) {
		for (RecordComponent component : settings.getClass().getRecordComponents()) {
			String name = prefix + "." + dashed(component);
			Object value = valueOf(component, settings);
			if (component.getType().isRecord()) {
				collect(name, (Record) value, values);
			}
			else {
				values.put(name, value);
			}
		}
	}

	private static Object valueOf(RecordComponent component, Record settings) {
		try {
			return component.getAccessor().invoke(settings);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component + " of " + settings.getClass(), ex);
		}
	}

	/**
	 * The dashed name of a record component: {@code costPerPatientSek} →
	 * {@code cost-per-patient-sek}.
	 */
	static String dashed(RecordComponent component) {
		return DataObjectPropertyName.toDashedForm(component.getName());
	}

	private static List<String> names(String prefix, Class<?> type) {
		List<String> names = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + dashed(component);
			if (component.getType().isRecord()) {
				names.addAll(names(name, component.getType()));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

}
