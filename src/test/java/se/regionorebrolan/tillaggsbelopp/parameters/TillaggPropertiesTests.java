package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;

import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding of {@code tillagg.*} as an operator writes it, and the effective parameters
 * derived from it.
 */
class TillaggPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class)
		.withPropertyValues("tillagg.advanced.cost-per-patient-sek=480000");

	@Test
	void bindsTheDefaultsOfSpecSection7() {
		this.context.run(context -> {
			TillaggProperties properties = context.getBean(TillaggProperties.class);
			assertThat(properties.inputDir()).isEqualTo(Path.of("input"));
			assertThat(properties.outputDir()).isEqualTo(Path.of("output"));
			assertThat(properties.budgetYear()).isNull();
			assertThat(properties.populationReferenceDate()).isNull();
			assertThat(properties.psychiatric().averageYears()).containsExactly(2021, 2022);
			assertThat(properties.psychiatric().priceLevelYear()).isEqualTo(2022);
			assertThat(properties.advanced().measurementDate()).isEqualTo(LocalDate.of(2022, 11, 15));
			assertThat(properties.advanced().category()).isEqualTo(4);
			assertThat(properties.advanced().shiftRate()).isEqualByComparingTo("0.05");
			assertThat(properties.advanced().priceLevelYear()).isEqualTo(2021);
			assertThat(properties.distance().thresholdKm()).isEqualByComparingTo("35");
			assertThat(properties.distance().shareRate()).isEqualByComparingTo("0.05");
			assertThat(properties.registryUrl()).isNull();
		});
	}

	@Test
	void bindsOneShotModeAndTheDecemberAndJanuarySchedule() {
		this.context.run(context -> {
			TillaggProperties properties = context.getBean(TillaggProperties.class);
			assertThat(properties.mode()).isEqualTo(TillaggProperties.Mode.ONE_SHOT);
			assertThat(properties.schedule()).isEqualTo(
					new TillaggProperties.Schedule("0 0 6 1 12 *", "0 0 6 15W 1 *", ZoneId.of("Europe/Stockholm"), 31));
		});
		this.context
			.withPropertyValues("tillagg.mode=scheduler", "tillagg.schedule.payment-cron=0 30 7 * 1-3 MON-FRI",
					"tillagg.schedule.zone=UTC", "tillagg.schedule.catch-up-days=0")
			.run(context -> {
				TillaggProperties properties = context.getBean(TillaggProperties.class);
				assertThat(properties.mode()).isEqualTo(TillaggProperties.Mode.SCHEDULER);
				assertThat(properties.schedule()).isEqualTo(
						new TillaggProperties.Schedule("0 0 6 1 12 *", "0 30 7 * 1-3 MON-FRI", ZoneId.of("UTC"), 0));
			});
	}

	@Test
	void refusesAScheduleThatCannotFireAndCatchUpBeyondAYear() {
		this.context
			.withPropertyValues("tillagg.schedule.payment-cron=0 0 6 15 13 *", "tillagg.schedule.catch-up-days=400")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tillagg.schedule.paymentCron")
				.hasMessageContaining("tillagg.schedule.catchUpDays"));
	}

	@Test
	void bindsListsAndDatesAsTheOperatorWritesThem() {
		this.context
			.withPropertyValues("tillagg.psychiatric.average-years=2020, 2021,2022",
					"tillagg.population-reference-date=2023-12-31", "tillagg.advanced.measurement-date=2025-11-14")
			.run(context -> {
				TillaggProperties properties = context.getBean(TillaggProperties.class);
				assertThat(properties.psychiatric().averageYears()).containsExactly(2020, 2021, 2022);
				assertThat(properties.populationReferenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
				assertThat(properties.advanced().measurementDate()).isEqualTo(LocalDate.of(2025, 11, 14));
			});
	}

	@Test
	void refusesEveryOutOfRangeValueAtOnce() {
		this.context
			.withPropertyValues("tillagg.budget-year=1999", "tillagg.advanced.category=0",
					"tillagg.distance.share-rate=1.01", "tillagg.distance.threshold-km=-1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tillagg.budgetYear")
				.hasMessageContaining("tillagg.advanced.category")
				.hasMessageContaining("tillagg.distance.shareRate")
				.hasMessageContaining("tillagg.distance.thresholdKm"));
	}

	/**
	 * Issue 14, item 9: a number the workbook would compute with differently from the
	 * program, or could not hold, stops the start (docs/decisions/0025).
	 */
	@Test
	void refusesANumberTheWorkbookCannotComputeWithAsTheProgramDoes() {
		String limit = "förväntat ett tal under 1 000 000 000 000 (högst 12 siffror före decimaltecknet) med högst 15 "
				+ "värdesiffror, så att arbetsboken räknar med samma tal som programmet";
		this.context
			.withPropertyValues("tillagg.advanced.cost-per-patient-sek=1e400",
					"tillagg.distance.threshold-km=35.000000000000000001",
					"tillagg.advanced.shift-rate=0.0500000000000000001", "tillagg.distance.share-rate=0.05")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tillagg.advanced.costPerPatientSek")
				.hasMessageContaining("tillagg.distance.thresholdKm")
				.hasMessageContaining("tillagg.advanced.shiftRate")
				.hasMessageNotContaining("tillagg.distance.shareRate")
				.hasMessageContaining(limit));
		this.context
			.withPropertyValues("tillagg.advanced.cost-per-patient-sek=999999999999.99",
					"tillagg.distance.threshold-km=35.0000000000000", "tillagg.advanced.shift-rate=0.05000000000000")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void requiresTheCostPerPatientOnlyForACalculation() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class).run(context -> {
			TillaggProperties properties = context.getBean(TillaggProperties.class);
			assertThat(properties.advanced().costPerPatientSek()).isNull();
			assertThat(EffectiveParameters.problems(properties, 2027)).extracting(InputProblem::toString)
				.containsExactly("tillagg.advanced.cost-per-patient-sek: måste anges: årskostnaden för en avancerad "
						+ "patient i kronor, t.ex. 480000, i config/application.yml eller på kommandoraden");
		});
	}

	@Test
	void refusesAnUnknownName() {
		this.context.withPropertyValues("tillagg.advanced.cost-per-patient=480000")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tillagg.advanced.cost-per-patient"));
	}

	@Test
	void defaultsTheBudgetYearToNextYearInTheClocksZone() {
		TillaggProperties unset = properties(null, 2022, 2021);
		Clock newYearsEveUtc = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Stockholm"));

		assertThat(EffectiveParameters.budgetYear(unset, newYearsEveUtc)).isEqualTo(2028);
		assertThat(EffectiveParameters.budgetYear(properties(2026, 2022, 2021), newYearsEveUtc)).isEqualTo(2026);
	}

	@Test
	void defaultsTheReferenceDateToTheLatestInTheInput() {
		Optional<LocalDate> latest = Optional.of(LocalDate.of(2024, 12, 31));
		TillaggProperties unset = properties(2027, null, 2022, 2021);

		assertThat(EffectiveParameters.populationReferenceDate(unset, latest)).isEqualTo(latest);
		assertThat(EffectiveParameters.populationReferenceDate(unset, Optional.empty())).isEmpty();
		assertThat(EffectiveParameters.populationReferenceDate(properties(2027, 2022, 2021), latest))
			.contains(LocalDate.of(2025, 12, 31));
	}

	@Test
	void refusesADecimalInAWholeNumberParameterOfTheSettingsFileInsteadOfCuttingIt() {
		yaml("tillagg:\n  advanced:\n    category: 4.5\n")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("4.5"));
		yaml("tillagg:\n  budget-year: 2027.0\n  advanced:\n    category: 4\n")
			.run(context -> assertThat(context.getBean(TillaggProperties.class).budgetYear()).isEqualTo(2027));
	}

	@Test
	void refusesARegistryThatForgetsOrListens() {
		for (String url : List.of("jdbc:h2:mem:registry", "jdbc:h2:file:/tmp/r;AUTO_SERVER=TRUE",
				"jdbc:h2:file:/tmp/r;auto_server = true", "jdbc:postgresql://db/registry")) {
			this.context.withPropertyValues("tillagg.registry-url=" + url)
				.run(context -> assertThat(context).as(url)
					.hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("tillagg.registryUrl"));
		}
		this.context
			.withPropertyValues("tillagg.registry-url=jdbc:h2:file:"
					+ Path.of(System.getProperty("java.io.tmpdir")).resolve("t/registry") + ";WRITE_DELAY=0")
			.run(context -> assertThat(context).hasNotFailed());
	}

	private ApplicationContextRunner yaml(String settings) {
		return this.context.withInitializer(context -> {
			try {
				new YamlPropertySourceLoader()
					.load("application.yml", new ByteArrayResource(settings.getBytes(StandardCharsets.UTF_8)))
					.forEach(context.getEnvironment().getPropertySources()::addLast);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Test
	void namesAPriceLevelYearAfterTheBudgetYear() {
		assertThat(EffectiveParameters.problems(properties(2027, 2027, 2027), 2027)).isEmpty();
		assertThat(EffectiveParameters.problems(properties(2027, 2028, 2029), 2027)).extracting(InputProblem::toString)
			.containsExactly(
					"tillagg.psychiatric.price-level-year: värdet \"2028\" – prisnivååret ligger efter budgetåret 2027 (tillagg.budget-year)",
					"tillagg.advanced.price-level-year: värdet \"2029\" – prisnivååret ligger efter budgetåret 2027 (tillagg.budget-year)");
	}

	@Test
	void listsTheParametersInOneCanonicalForm() {
		CalculationParameters parameters = EffectiveParameters.resolve(properties(2027, 2022, 2021), 2027,
				LocalDate.of(2025, 12, 31));

		assertThat(EffectiveParameters.listing(parameters)).extracting(Parameter::toString)
			.containsExactly("tillagg.budget-year=2027", "tillagg.population-reference-date=2025-12-31",
					"tillagg.psychiatric.average-years=2021,2022", "tillagg.psychiatric.price-level-year=2022",
					"tillagg.advanced.measurement-date=2022-11-15", "tillagg.advanced.category=4",
					"tillagg.advanced.shift-rate=0.05", "tillagg.advanced.cost-per-patient-sek=600000",
					"tillagg.advanced.price-level-year=2021", "tillagg.distance.threshold-km=35",
					"tillagg.distance.share-rate=0.05");
	}

	private static TillaggProperties properties(Integer budgetYear, int psychiatricYear, int advancedYear) {
		return properties(budgetYear, LocalDate.of(2025, 12, 31), psychiatricYear, advancedYear);
	}

	/** Written as 0.050, 600000.00 and 35.0: the same parameters, so the same listing. */
	private static TillaggProperties properties(Integer budgetYear, LocalDate referenceDate, int psychiatricYear,
			int advancedYear) {
		return new TillaggProperties(Path.of("."), Path.of("input"), null, Path.of("output"), budgetYear, referenceDate,
				new TillaggProperties.Psychiatric(List.of(2022, 2021), psychiatricYear),
				new TillaggProperties.Advanced(LocalDate.of(2022, 11, 15), 4, new BigDecimal("0.050"),
						new BigDecimal("600000.00"), advancedYear),
				new TillaggProperties.Distance(new BigDecimal("35.0"), new BigDecimal("0.05")), null, null, null, null,
				null, null, false, List.of(), TillaggProperties.DEFAULT_SCB_API_URL, null, false, Path.of("mallar"),
				false, TillaggProperties.Mode.ONE_SHOT,
				new TillaggProperties.Schedule("0 0 6 1 12 *", "0 0 6 15W 1 *", ZoneId.of("Europe/Stockholm"), 31));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TillaggProperties.class)
	@Import(WholeNumbers.class)
	static class PropertiesOnly {

	}

}
