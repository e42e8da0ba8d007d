package se.regionorebrolan.tillaggsbelopp.parameters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's settings under {@code tillagg.*} (spec §7): from
 * {@code config/application.yml} or the command line. The property names are part of the
 * contract with the finance officers. An unknown {@code tillagg.*} name is refused, so a
 * misspelt parameter never silently falls back to its default.
 *
 * @param home the working folder: {@code config/application.yml} is read from it, and the
 * relative folders of the settings file and the defaults ({@code input}, {@code output},
 * {@code mallar}) are in it ({@link HomeFolderPaths}); the working directory when unset.
 * The launcher sets it to the program folder. Relative paths on the command line stay
 * relative to the working directory
 * @param inputDir the folder with the seven input files
 * @param inputWorkbook an input workbook with a sheet per table, read instead of the
 * files of {@code inputDir}
 * @param outputDir the folder the runs are written to
 * @param budgetYear the year the amounts are paid for; the year after today when unset
 * @param populationReferenceDate the population count used; the latest in population.csv
 * when unset
 * @param psychiatric the psychiatric component's parameters
 * @param advanced the advanced home-care component's parameters
 * @param distance the distance compensation's parameters
 * @param registryUrl the JDBC URL of the run registry; an H2 file database in
 * {@code <outputDir>/registry} when unset
 * @param version the version a command acts on (publish, compare, verify)
 * @param compareWith the version the compare command compares with
 * @param reason why a version is published in place of a final one
 * @param runFolder a run folder to verify without the registry
 * @param scbFile the export of SCB's Statistikdatabasen the import-scb command reads
 * @param scbFetch whether import-scb fetches the population from SCB's API instead
 * @param scbYears the years import-scb fetches (31 December of each)
 * @param scbApiUrl the address of SCB's PxWebApi 2.0
 * @param scbProxy an HTTP proxy for SCB's API, {@code host:port}; the JVM's proxy
 * settings when unset
 * @param replacePopulation whether import-scb may replace an existing population.csv
 * @param templatesDir the folder the templates command writes to
 * @param templatesPrefill whether the workbook template is filled in with the input
 * @param mode one-shot (run one command and exit) or scheduler (stay running and start
 * the yearly jobs on time)
 * @param schedule when scheduler mode starts the yearly jobs
 */
@ConfigurationProperties(prefix = "tillagg", ignoreUnknownFields = false)
@Validated
public record TillaggProperties(@ExistingFolder @DefaultValue(".") Path home, @DefaultValue("input") Path inputDir,
		@Nullable Path inputWorkbook, @CreatableFolder @DefaultValue("output") Path outputDir,
		@Min(value = 2000, message = "förväntat ett budgetår från 2000 till 2100") @Max(value = 2100,
				message = "förväntat ett budgetår från 2000 till 2100") @Nullable Integer budgetYear,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate populationReferenceDate,
		@Valid @DefaultValue Psychiatric psychiatric, @Valid @DefaultValue Advanced advanced,
		@Valid @DefaultValue Distance distance, @RegistryUrl @Nullable String registryUrl,
		@Min(value = 1, message = "förväntat ett versionsnummer, 1 eller mer") @Nullable Integer version,
		@Min(value = 1, message = "förväntat ett versionsnummer, 1 eller mer") @Nullable Integer compareWith,
		@Nullable String reason, @Nullable Path runFolder, @Nullable Path scbFile,
		@DefaultValue("false") boolean scbFetch,
		@DefaultValue List<@Min(value = 1968, message = SCB_YEAR) @Max(value = 2100,
				message = SCB_YEAR) Integer> scbYears,
		@Pattern(regexp = "https?://\\S+",
				message = "förväntat en webbadress som börjar med https://, t.ex. "
						+ DEFAULT_SCB_API_URL) @DefaultValue(DEFAULT_SCB_API_URL) String scbApiUrl,
		@Pattern(regexp = "(https?://)?[^\\s/:]+:\\d{1,5}/?",
				message = "förväntat en proxy skriven värd:port, t.ex. proxy.regionorebro.se:8080") @Nullable String scbProxy,
		@DefaultValue("false") boolean replacePopulation, @DefaultValue("mallar") Path templatesDir,
		@DefaultValue("false") boolean templatesPrefill, @DefaultValue("one-shot") Mode mode,
		@Valid @DefaultValue Schedule schedule) {

	/** SCB's PxWebApi 2.0 (docs/decisions/0020). */
	public static final String DEFAULT_SCB_API_URL = "https://statistikdatabasen.scb.se/api/v2";

	private static final String SCB_YEAR = "förväntat ett år från 1968, SCB:s första år, till 2100";

	/**
	 * {@code tillagg.mode}: one command and exit, or a long-running scheduler (issue 6).
	 */
	public enum Mode {

		ONE_SHOT, SCHEDULER

	}

	/**
	 * {@code tillagg.psychiatric.*}: the averaged invoice years and their price level.
	 */
	public record Psychiatric(@NotEmpty(message = "minst ett år behövs, t.ex. 2021,2022") @DefaultValue( {
			"2021",
			"2022" }) List<@NotNull(
					message = "ett år saknas (två kommatecken i rad?); skriv åren med kommatecken emellan, t.ex. 2021, 2022") @Min(
							value = 2000, message = "förväntat årtal från 2000") Integer> averageYears,
			@Min(value = 2000, message = "förväntat ett årtal från 2000") @DefaultValue("2022") int priceLevelYear){
	}

	/**
	 * {@code tillagg.advanced.*}: the measurement, category, shift and cost per patient.
	 */
	public record Advanced(
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DefaultValue("2022-11-15") LocalDate measurementDate,
			@Min(value = 1, message = "förväntat en vårdkategori, ett heltal ≥ 1") @DefaultValue("4") int category,
			@DecimalMin(value = "0", message = "förväntat en andel från 0 till 1, t.ex. 0.05") @DecimalMax(value = "1",
					message = "förväntat en andel från 0 till 1, t.ex. 0.05") @WorkbookNumber @DefaultValue("0.05") BigDecimal shiftRate,
			@DecimalMin(value = "0", inclusive = false,
					message = "förväntat en årskostnad i kronor större än 0") @WorkbookNumber @Nullable BigDecimal costPerPatientSek,
			@Min(value = 2000, message = "förväntat ett årtal från 2000") @DefaultValue("2021") int priceLevelYear) {
	}

	/**
	 * {@code tillagg.schedule.*}: when scheduler mode calculates the next budget year and
	 * writes the payment basis of the current one, in which time zone, and how many days
	 * after a missed time it still catches up at start-up (0: never).
	 */
	public record Schedule(@ValidCron @DefaultValue("0 0 6 1 12 *") String calculationCron,
			@ValidCron @DefaultValue("0 0 6 15W 1 *") String paymentCron, @DefaultValue("Europe/Stockholm") ZoneId zone,
			@Min(value = 0, message = "förväntat ett antal dagar från 0 (aldrig) till 366") @Max(value = 366,
					message = "förväntat ett antal dagar från 0 (aldrig) till 366") @DefaultValue("31") int catchUpDays) {
	}

	/** {@code tillagg.distance.*}: the threshold and the share of S + P + A. */
	public record Distance(@DecimalMin(value = "0",
			message = "förväntat ett avstånd i km ≥ 0") @WorkbookNumber @DefaultValue("35") BigDecimal thresholdKm,
			@DecimalMin(value = "0", message = "förväntat en andel från 0 till 1, t.ex. 0.05") @DecimalMax(value = "1",
					message = "förväntat en andel från 0 till 1, t.ex. 0.05") @WorkbookNumber @DefaultValue("0.05") BigDecimal shareRate) {
	}

}
