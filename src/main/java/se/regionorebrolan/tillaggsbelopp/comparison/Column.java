package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import se.regionorebrolan.tillaggsbelopp.calculation.GrowthKind;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.InputColumn;
import se.regionorebrolan.tillaggsbelopp.input.InputRow;

/**
 * One compared column of an input file: its name in the file, its value in a row and how
 * that value is written in a Swedish message. Decimals are compared by value (36.5 equals
 * 36.50).
 */
record Column<T>(String name, Style style, Function<InputRow<T>, Object> value) {

	Column {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(style, "style is required");
		Objects.requireNonNull(value, "value is required");
	}

	/**
	 * A described input column as a compared one: counts and years as whole numbers,
	 * decimals by value, a kind of growth as the files write it (outcome, forecast).
	 */
	static <T> Column<T> of(InputColumn<T> described) {
		Function<InputRow<T>, Object> value = described::valueOf;
		return switch (described.kind()) {
			case CODE, TEXT, DATE ->
				new Column<>(described.name(), Style.TEXT, row -> String.valueOf(value.apply(row)));
			case GROWTH_KIND -> new Column<>(described.name(), Style.TEXT,
					row -> ((GrowthKind) value.apply(row)).name().toLowerCase(Locale.ROOT));
			case SOURCE -> new Column<>(described.name(), Style.SOURCE, value);
			case COUNT, YEAR, CATEGORY ->
				new Column<>(described.name(), Style.COUNT, row -> ((Number) value.apply(row)).longValue());
			case KILOMETRES -> decimal(described.name(), Style.KILOMETRES, value);
			case PERCENT -> decimal(described.name(), Style.PERCENT, value);
			case KRONOR -> decimal(described.name(), Style.KRONOR, value);
		};
	}

	private static <T> Column<T> decimal(String name, Style style, Function<InputRow<T>, Object> value) {
		return new Column<>(name, style, row -> ((BigDecimal) value.apply(row)).stripTrailingZeros());
	}

	Object valueOf(InputRow<T> row) {
		return this.value.apply(row);
	}

	/** {@code patients 40 → 41}, {@code amount_sek 1,00 → 2,00 kr}. */
	String change(Object before, Object after) {
		return this.name + " " + this.style.text(before) + " → " + this.style.text(after) + this.style.unit;
	}

	/** The value as part of a row's description; empty when there is nothing to say. */
	Optional<String> describe(Object value) {
		return switch (this.style) {
			case TEXT -> Optional.of((String) value);
			case SOURCE ->
				((String) value).isEmpty() ? Optional.empty() : Optional.of("source " + this.style.text(value));
			case COUNT -> Optional.of(this.name + " " + this.style.text(value));
			case KILOMETRES, PERCENT, KRONOR -> Optional.of(this.style.text(value) + this.style.unit);
		};
	}

	/** How the values of a column are written. */
	enum Style {

		/** A text, quoted in a change: {@code "Alfa" → "Alfá"}. */
		TEXT(""),
		/**
		 * Where a figure comes from: quoted, and left out of a row's description if
		 * empty.
		 */
		SOURCE(""),
		/** A whole number as written in the file: {@code 29666}. */
		COUNT(""),
		/** Kilometres with a decimal comma: {@code 36,5 km}. */
		KILOMETRES(" km"),
		/** A percentage with a decimal comma: {@code 3,2 %}. */
		PERCENT(" %"),
		/** Kronor and öre: {@code 5 138 973,00 kr}. */
		KRONOR(" kr");

		private final String unit;

		Style(String unit) {
			this.unit = unit;
		}

		String text(Object value) {
			return switch (this) {
				case TEXT, SOURCE -> "\"" + value + "\"";
				case COUNT -> String.valueOf(value);
				case KRONOR -> SwedishFormat.decimal((BigDecimal) value, 2);
				case KILOMETRES, PERCENT -> number((BigDecimal) value);
			};
		}

		private static String number(BigDecimal value) {
			return SwedishFormat.decimal(value, Math.max(0, value.stripTrailingZeros().scale()));
		}

	}

}
