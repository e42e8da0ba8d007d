package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

/**
 * What a setting of a type expects, in the words of a message (never Java's name of the
 * type), and which {@code tillagg.*} names exist.
 */
final class Expectation {

	private static final Map<Class<?>, String> BY_TYPE = Map.ofEntries(
			Map.entry(Integer.class, "förväntat ett heltal, t.ex. 2027"),
			Map.entry(int.class, "förväntat ett heltal, t.ex. 2027"), Map.entry(Long.class, "förväntat ett heltal"),
			Map.entry(long.class, "förväntat ett heltal"),
			Map.entry(BigDecimal.class, "förväntat ett tal med punkt som decimaltecken, t.ex. 0.05"),
			Map.entry(LocalDate.class, "förväntat ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2025-12-31"),
			Map.entry(ZoneId.class, "förväntat en tidszon, t.ex. Europe/Stockholm"),
			Map.entry(Boolean.class, "förväntat true eller false"),
			Map.entry(boolean.class, "förväntat true eller false"),
			Map.entry(TillaggProperties.Mode.class,
					"förväntat one-shot (ett kommando, sedan slut) eller scheduler (schemaläge)"),
			Map.entry(DataSize.class, "förväntat en storlek, t.ex. 10MB"),
			Map.entry(Duration.class, "förväntat en tid, t.ex. 30s eller 5m"),
			Map.entry(Charset.class, "förväntat en teckenkodning, t.ex. UTF-8"));

	private Expectation() {
	}

	/** What a value of the type must look like. */
	static String of(Class<?> type) {
		if (BY_TYPE.containsKey(type)) {
			return BY_TYPE.get(type);
		}
		if (type.isEnum()) {
			return "förväntat ett av " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.collect(Collectors.joining(", "));
		}
		return "förväntat ett värde av ett annat slag; se docs/inputs.md";
	}

	/** Whether {@code tillagg.a.b-c} names a parameter (or a list element of one). */
	static boolean isKnown(String property) {
		List<String> elements = List.of(property.replaceAll("\\[\\d+]", "").split("\\."));
		if (elements.size() < 2 || !"tillagg".equals(elements.get(0))) {
			return false;
		}
		Class<?> type = TillaggProperties.class;
		for (String element : elements.subList(1, elements.size())) {
			Optional<RecordComponent> component = (type.isRecord()) ? Arrays.stream(type.getRecordComponents())
				.filter(candidate -> kebabCase(candidate.getName()).equals(element))
				.findFirst() : Optional.empty();
			if (component.isEmpty()) {
				return false;
			}
			type = component.get().getType();
		}
		return true;
	}

	/**
	 * Bean Validation names the record component ({@code shiftRate}); the operator writes
	 * {@code shift-rate}.
	 */
	static String kebabCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
