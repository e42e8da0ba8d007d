package se.regionorebrolan.tillaggsbelopp.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import se.regionorebrolan.tillaggsbelopp.calculation.AdvancedParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.PsychiatricParameters;

/**
 * Writes the seven input files for N synthetic municipalities with plausible figures, the
 * same for the same N and seed: populations from a few thousand to a large city, about a
 * quarter of central towns beyond 35 km, a growth series from 2019 to 2030, psychiatric
 * invoices with the odd credit note and a row of a year that is not averaged, and four
 * care categories measured in November 2022. Kommunkoder are four digits, so N is at most
 * 9 000 (codes 1000–9999).
 * <p>
 * {@code java ... SyntheticInput <folder> <N> [seed]}
 */
public final class SyntheticInput {

	static final int MAX_MUNICIPALITIES = 9000;

	private final SplittableRandom random;

	private final int count;

	private final long[] aged65Plus;

	private SyntheticInput(int count, long seed) {
		if (count < 1 || count > MAX_MUNICIPALITIES) {
			throw new IllegalArgumentException(
					"N must be 1 to " + MAX_MUNICIPALITIES + " (four-digit codes): " + count);
		}
		this.random = new SplittableRandom(seed);
		this.count = count;
		this.aged65Plus = new long[count];
	}

	public static void main(String[] args) {
		write(Path.of(args[0]), Integer.parseInt(args[1]), (args.length > 2) ? Long.parseLong(args[2]) : 20261122L);
	}

	/**
	 * The parameters the synthetic input is made for: those of config/application.yml.
	 */
	public static CalculationParameters parameters(int budgetYear) {
		return new CalculationParameters(budgetYear, LocalDate.of(2023, 12, 31),
				new PsychiatricParameters(List.of(2021, 2022), 2022), new AdvancedParameters(LocalDate.of(2022, 11, 15),
						4, new BigDecimal("0.05"), new BigDecimal("480000"), 2021),
				new DistanceParameters(new BigDecimal("35"), new BigDecimal("0.05")));
	}

	/** Writes the input files for {@code count} municipalities into {@code folder}. */
	public static void write(Path folder, int count, long seed) {
		SyntheticInput input = new SyntheticInput(count, seed);
		try {
			Files.createDirectories(folder);
			input.municipalitiesAndPopulation(folder);
			input.distances(folder);
			input.growth(folder);
			input.somatic(folder);
			input.psychiatric(folder);
			input.measurements(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String code(int index) {
		return String.valueOf(1000 + index);
	}

	private void municipalitiesAndPopulation(Path folder) throws IOException {
		StringBuilder municipalities = new StringBuilder("municipality_code,municipality_name,central_town\n");
		StringBuilder population = new StringBuilder(
				"municipality_code,reference_date,population_total,population_65_plus,source\n");
		for (int i = 0; i < this.count; i++) {
			municipalities.append(code(i))
				.append(",Kommun ")
				.append(code(i))
				.append(",Ort ")
				.append(code(i))
				.append('\n');
			// Most municipalities are small, a few are large: a squared uniform spreads 2
			// 500 to 600 000.
			double size = this.random.nextDouble();
			long total = 2_500 + Math.round(size * size * size * 600_000);
			this.aged65Plus[i] = Math.round(total * (0.15 + this.random.nextDouble() * 0.15));
			for (int year = 2021; year <= 2023; year++) {
				long drift = Math.round(total * (year - 2023) * 0.004);
				long yearTotal = total + drift;
				long yearAged = Math.min(yearTotal, this.aged65Plus[i] + drift / 5);
				population.append(code(i))
					.append(',')
					.append(year)
					.append("-12-31,")
					.append(yearTotal)
					.append(',')
					.append(yearAged)
					.append(",SYNTETISK\n");
			}
		}
		write(folder, "municipalities.csv", municipalities);
		write(folder, "population.csv", population);
	}

	private void distances(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("municipality_code,nearest_hospital,road_distance_km,source\n");
		for (int i = 0; i < this.count; i++) {
			double km = Math.round(this.random.nextDouble() * 1200) / 10.0;
			text.append(code(i)).append(",Sjukhus ").append(i % 97).append(',').append(km).append(",SYNTETISK\n");
		}
		write(folder, "distances.csv", text);
	}

	private void growth(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("year,growth_percent,kind,source\n");
		for (int year = 2019; year <= 2030; year++) {
			double percent = 2.0 + Math.round(this.random.nextDouble() * 40) / 10.0;
			text.append(year)
				.append(',')
				.append(percent)
				.append(',')
				.append(year <= 2024 ? "outcome" : "forecast")
				.append(",SYNTETISK\n");
		}
		write(folder, "tax_base_growth.csv", text);
	}

	private void somatic(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("municipality_code,price_level_year,amount_sek,source\n");
		for (int i = 0; i < this.count; i++) {
			long amount = Math.round(this.aged65Plus[i] * (900 + this.random.nextDouble() * 300));
			text.append(code(i)).append(",2025,").append(amount).append(",SYNTETISK\n");
		}
		write(folder, "somatic_base.csv", text);
	}

	private void psychiatric(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("municipality_code,year,amount_sek,source\n");
		for (int i = 0; i < this.count; i++) {
			for (int year = 2021; year <= 2022; year++) {
				long ore = Math.round(this.aged65Plus[i] * (130 + this.random.nextDouble() * 40) * 100);
				text.append(code(i))
					.append(',')
					.append(year)
					.append(',')
					.append(ore / 100)
					.append('.')
					.append(String.format("%02d", ore % 100))
					.append(",SYNTETISK\n");
			}
			if (i % 10 == 0) {
				text.append(code(i)).append(",2022,-1250.50,SYNTETISK kreditfaktura\n");
			}
			if (i % 25 == 0) {
				text.append(code(i)).append(",2020,99999,SYNTETISK\n");
			}
		}
		write(folder, "psychiatric_invoiced.csv", text);
	}

	private void measurements(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("municipality_code,measurement_date,category,patients,source\n");
		for (int i = 0; i < this.count; i++) {
			long base = Math.max(1, this.aged65Plus[i] / 150);
			long[] patients = { base * 11, base * 5, base * 2, Math.round(base * this.random.nextDouble()) };
			for (int category = 1; category <= 4; category++) {
				text.append(code(i))
					.append(",2022-11-15,")
					.append(category)
					.append(',')
					.append(patients[category - 1])
					.append(",SYNTETISK\n");
			}
		}
		write(folder, "home_care_measurement.csv", text);
	}

	private static void write(Path folder, String name, CharSequence text) throws IOException {
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

}
