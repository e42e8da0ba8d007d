package se.regionorebrolan.tillaggsbelopp.scb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.calculation.PopulationCount;
import se.regionorebrolan.tillaggsbelopp.input.ImportedPopulation;
import se.regionorebrolan.tillaggsbelopp.input.InputProblem;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InvalidInputException;
import se.regionorebrolan.tillaggsbelopp.input.ScbDownload;
import se.regionorebrolan.tillaggsbelopp.input.ScbFixtures;
import se.regionorebrolan.tillaggsbelopp.input.ScbPopulationImport;
import se.regionorebrolan.tillaggsbelopp.scb.ScbReplayServer.Fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The population fetched from SCB's API, end to end against a local server that replays
 * SCB's recorded answers (docs/decisions/0020): the query built from the metadata, each
 * year from its table, the limits kept, transient failures retried after the time SCB
 * asks, the proxy used, and a clear sentence when SCB cannot be reached. Waiting is on a
 * clock of the test's own: nothing sleeps.
 */
class ScbPopulationFetchTests {

	private static final Instant NOW = TestWaiting.START;

	private static final List<Integer> SHIPPED_YEARS = List.of(2018, 2020, 2022, 2023);

	private final TestWaiting waiting = new TestWaiting();

	private final ScbPopulationFetch fetch = new ScbPopulationFetch(Clock.fixed(NOW, ZoneOffset.UTC), this.waiting);

	private ScbReplayServer scb;

	@TempDir
	Path folder;

	@BeforeEach
	void startScb() throws IOException {
		this.scb = ScbReplayServer.start();
	}

	@AfterEach
	void stopScb() {
		this.scb.close();
	}

	@Test
	void fetchesTheShippedYearsFromTAB638InOneRequestAndKeepsTheAnswer() {
		ImportedPopulation population = fetch(SHIPPED_YEARS);

		// The shipped population.csv holds SCB's real figures of these years.
		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
		assertThat(this.scb.requests()).extracting(request -> request.method() + " " + request.path())
			.containsExactly("GET /api/v2/config", "GET /api/v2/tables/TAB638/metadata",
					"POST /api/v2/tables/TAB638/data");
		ScbDownload answer = population.downloads().get(0);
		assertThat(answer.name()).isEqualTo("TAB638-1.json");
		assertThat(answer.content()).isEqualTo(ScbReplayServer.recorded("api/TAB638_orebro_2018-2023_jsonstat2.json"));
		assertThat(answer.origin())
			.isEqualTo("POST " + this.scb.base() + "/tables/TAB638/data?lang=sv&outputFormat=json-stat2");
		assertThat(answer.request()).contains(this.scb.requests().get(2).body());
		assertThat(answer.retrieved()).isEqualTo(NOW);
		assertThat(this.waiting.pauses()).isEmpty();
	}

	@Test
	void asksForTheOneYearClassesMenAndWomenAndFolkmangdAsTheMetadataNamesThem() {
		fetch(SHIPPED_YEARS);

		assertThat(this.scb.requests().get(2).body()).startsWith("{\"selection\":[{\"variableCode\":\"Region\","
				+ "\"valueCodes\":[\"1814\",\"1860\",\"1861\",\"1862\",\"1863\",\"1864\",\"1880\",\"1881\",\"1882\","
				+ "\"1883\",\"1884\",\"1885\"]},{\"variableCode\":\"Alder\",\"valueCodes\":[\"0\",\"1\",")
			.contains("\"98\",\"99\",\"100+\"]},{\"variableCode\":\"Kon\",\"valueCodes\":[\"1\",\"2\"]},"
					+ "{\"variableCode\":\"ContentsCode\",\"valueCodes\":[\"BE0101N1\"]},"
					+ "{\"variableCode\":\"Tid\",\"valueCodes\":[\"2018\",\"2020\",\"2022\",\"2023\"]}]}")
			.doesNotContain("Civilstand");
	}

	@Test
	void takesEachYearFromTheTableThatHasItAndTAB5557sOldestClassFromItsOneYearCodeList() {
		ImportedPopulation population = fetch(List.of(2025, 2023));

		List<PopulationCount> expected = new ArrayList<>(
				shippedPopulation().stream().filter(count -> count.referenceDate().getYear() == 2023).toList());
		expected.addAll(ScbFixtures.expectedPopulation().get("api/TAB5557_orebro_2025_jsonstat2.json"));
		assertThat(population.counts()).containsExactlyElementsOf(expected);
		assertThat(this.scb.requests()).extracting(request -> request.method() + " " + request.path())
			.containsExactly("GET /api/v2/config", "GET /api/v2/tables/TAB638/metadata",
					"GET /api/v2/tables/TAB5557/metadata", "GET /api/v2/codelists/vs_CKMÅlder1årTOT",
					"POST /api/v2/tables/TAB638/data", "POST /api/v2/tables/TAB5557/data");
		assertThat(this.scb.requests().get(5).body()).contains(
				"{\"variableCode\":\"Civilstand\",\"valueCodes\":[\"SC\"]}", "\"99\",\"100+1\"]",
				"{\"variableCode\":\"ContentsCode\",\"valueCodes\":[\"000007ME\"]}");
		assertThat(population.downloads()).extracting(ScbDownload::name)
			.containsExactly("TAB638-1.json", "TAB5557-1.json");
	}

	@Test
	void splitsTheQueryByYearAndKeepsWithinTheCallsPerTimeWindow() throws IOException {
		this.scb.close();
		this.scb = ScbReplayServer.startWithSmallLimits();

		ImportedPopulation population = fetch(SHIPPED_YEARS);

		// 12 municipalities × 101 ages × 2 sexes = 2 424 cells a year: one year per
		// request
		// of at most 3 000. Six calls at 2 a second: two pauses of a second.
		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
		assertThat(population.downloads()).extracting(ScbDownload::name)
			.containsExactly("TAB638-1.json", "TAB638-2.json", "TAB638-3.json", "TAB638-4.json");
		assertThat(this.scb.requests()).hasSize(6);
		assertThat(this.waiting.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	@Test
	void retriesTooManyCallsAndAnUnavailableServiceAfterRetryAfterAndACutConnection() {
		this.scb.fail(Fault.TOO_MANY_CALLS, Fault.UNAVAILABLE, Fault.CUT);

		ImportedPopulation population = fetch(SHIPPED_YEARS);

		assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
		// Retry-After 10 and 30 seconds; after the cut the third doubling pause, 8
		// seconds.
		assertThat(this.waiting.pauses()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30),
				Duration.ofSeconds(8));
		assertThat(this.scb.requests()).filteredOn(request -> request.path().endsWith("/data")).hasSize(4);
	}

	@Test
	void waitsATimeWindowAfterTooManyCallsWithoutRetryAfterAndGivesUpWhenAskedToWaitAnHour() {
		this.scb.fail(Fault.TOO_MANY_CALLS_WITHOUT_RETRY_AFTER, Fault.TOO_MANY_CALLS_FOR_AN_HOUR);

		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> fetch(SHIPPED_YEARS));

		// SCB's time window is 10 seconds (config.json).
		assertThat(this.waiting.pauses()).containsExactly(Duration.ofSeconds(10));
		assertThat(failure).hasMessage("SCB ber om en paus på 60 minuter innan nästa fråga om folkmängden i TAB638; "
				+ "försök igen senare – inget skrevs.");
	}

	@Test
	void passesOnARefusalOfTheConfiguration() {
		URI wrongVersion = URI.create(this.scb.base().toString().replace("/api/v2", "/api/v1"));

		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> this.fetch.fetch(wrongVersion, Optional.empty(), Path.of("input"), SHIPPED_YEARS));

		assertThat(failure).hasMessage(
				"SCB avvisade frågan om SCB:s inställningar (/config) (404: no recorded answer); inget skrevs.");
	}

	@Test
	void refusesTwoAnswersForTheSameMunicipalityAndYear() {
		byte[] answer = ScbReplayServer.recorded("api/TAB638_orebro_2023_jsonstat2.json");
		List<ScbDownload> twice = List.of(
				new ScbDownload("TAB638-1.json", answer, "POST x", Optional.empty(), Optional.empty(), NOW),
				new ScbDownload("TAB638-2.json", answer, "POST x", Optional.empty(), Optional.empty(), NOW));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> ScbPopulationImport.read(twice, Path.of("input")));

		assertThat(refused.problems()).hasSize(12)
			.first()
			.hasToString("TAB638-1.json, TAB638-2.json: 1814 Lekeberg år 2023 finns i flera filer; importera varje år "
					+ "från en fil");
	}

	@Test
	void givesUpAfterFiveAttemptsInOneSentence() {
		this.scb.fail(Fault.UNAVAILABLE_WITHOUT_RETRY_AFTER, Fault.UNAVAILABLE_WITHOUT_RETRY_AFTER,
				Fault.UNAVAILABLE_WITHOUT_RETRY_AFTER, Fault.UNAVAILABLE_WITHOUT_RETRY_AFTER,
				Fault.UNAVAILABLE_WITHOUT_RETRY_AFTER);

		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> fetch(SHIPPED_YEARS));

		assertThat(failure).hasMessage("SCB svarade inte på folkmängden i TAB638 efter 5 försök (senast svaret 503); "
				+ "försök igen senare – inget skrevs.");
		assertThat(this.waiting.pauses()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(8), Duration.ofSeconds(16));
	}

	@Test
	void passesOnSCBsRefusalWithoutRetrying() {
		this.scb.fail(Fault.TOO_MANY_CELLS);

		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> fetch(SHIPPED_YEARS));

		assertThat(failure)
			.hasMessage("SCB avvisade frågan om folkmängden i TAB638 (400: Too many cells selected); inget skrevs.");
		assertThat(this.scb.requests()).filteredOn(request -> request.path().endsWith("/data")).hasSize(1);
	}

	@Test
	void saysInOneSentenceThatSCBCannotBeReached() throws IOException {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/v2");
		}
		URI offline = closed;

		ScbUnavailableException failure = catchThrowableOfType(ScbUnavailableException.class,
				() -> this.fetch.fetch(offline, Optional.empty(), Path.of("input"), SHIPPED_YEARS));

		assertThat(failure)
			.hasMessage("SCB kunde inte nås på " + offline + " (anslutningen nekades eller adressen finns "
					+ "inte); kontrollera nätverket och proxyn (tillagg.scb-proxy) och försök igen – inget skrevs.");
	}

	@Test
	void goesThroughTheProxy() throws IOException {
		try (RecordingProxy proxy = new RecordingProxy(this.scb.base())) {
			// No such host: only the proxy can answer.
			URI scbBehindProxy = URI.create("http://statistikdatabasen.scb.invalid/api/v2");

			ImportedPopulation population = this.fetch.fetch(scbBehindProxy, Optional.of(proxy.address()),
					Path.of("input"), SHIPPED_YEARS);

			assertThat(population.counts()).containsExactlyElementsOf(shippedPopulation());
			assertThat(proxy.requests()).containsExactly("GET http://statistikdatabasen.scb.invalid/api/v2/config",
					"GET http://statistikdatabasen.scb.invalid/api/v2/tables/TAB638/metadata?lang=sv",
					"POST http://statistikdatabasen.scb.invalid/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2");
		}
	}

	@Test
	void refusesAYearSCBHasNotPublishedBeforeAskingForData() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> fetch(List.of(2023, 2030)));

		assertThat(refused.problems()).extracting(InputProblem::toString)
			.containsExactly("tillagg.scb-years: värdet \"2030\" – SCB har ingen folkmängd för 2030 (TAB638 har "
					+ "1968–2024, TAB5557 har 2025); välj år som SCB har publicerat");
		assertThat(this.scb.requests()).noneMatch(request -> request.path().endsWith("/data"));
	}

	@Test
	void refusesAMunicipalityThatIsNotInSCBsTable() throws IOException {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Files.writeString(input.resolve("municipalities.csv"),
				"municipality_code,municipality_name,central_town\n1814,Lekeberg,Fjugesta\n1899,Påhittad,Ingenstans\n");

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.fetch.fetch(this.scb.base(), Optional.empty(), input, SHIPPED_YEARS));

		assertThat(refused.problems()).extracting(InputProblem::toString)
			.containsExactly("municipalities.csv, kolumn municipality_code: värdet \"1899\" – kommunkoden finns inte "
					+ "bland regionerna i SCB:s tabell TAB638; kontrollera koden (SCB:s kommunkoder)");
	}

	private ImportedPopulation fetch(List<Integer> years) {
		return this.fetch.fetch(this.scb.base(), Optional.empty(), Path.of("input"), years);
	}

	private static List<PopulationCount> shippedPopulation() {
		return InputReader.read(Path.of("input")).population().values();
	}

}
