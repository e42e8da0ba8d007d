package se.regionorebrolan.tillaggsbelopp.scb;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.input.ScbDownload;

/**
 * SCB's PxWebApi 2.0 over HTTP (docs/decisions/0020): GET and POST through the JDK's
 * client, through a proxy when one is given (else the JVM's, e.g.
 * {@code -Dhttps.proxyHost}), within the limit on calls of {@code /config}. A 429 or a
 * 502/503/504 is retried after {@code Retry-After} (else after the time window, or a
 * doubling pause), as is a connection cut mid-answer; any other status is SCB's refusal
 * and not retried. A host that cannot be reached is said so at once.
 */
final class ScbApi {

	/** Calls of one request in all, the first and the retries. */
	static final int ATTEMPTS = 5;

	static final String STOPPED = "Hämtningen från SCB avbröts; inget skrevs.";

	/** How long a whole answer may take. */
	private static final Duration ANSWER_TIME = Duration.ofMinutes(2);

	/** A longer Retry-After than this gives up: the finance officer can try later. */
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final Optional<String> proxy;

	private final HttpClient client;

	private final Waiting waiting;

	private final Clock clock;

	private final CallWindow window;

	ScbApi(URI base, Optional<String> proxy, Waiting waiting, Clock clock) {
		this.base = URI.create(base.toString().replaceFirst("/+$", ""));
		this.proxy = proxy;
		HttpClient.Builder client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NORMAL);
		proxy.map(ScbApi::address).ifPresent(address -> client.proxy(ProxySelector.of(address)));
		this.client = client.build();
		this.waiting = waiting;
		this.clock = clock;
		this.window = new CallWindow(waiting, 30, Duration.ofSeconds(10));
	}

	/** {@code host:port} or {@code http://host:port}. */
	static InetSocketAddress address(String proxy) {
		String hostAndPort = proxy.replaceFirst("^https?://", "").replaceFirst("/$", "");
		int colon = hostAndPort.lastIndexOf(':');
		return new InetSocketAddress(hostAndPort.substring(0, colon),
				Integer.parseInt(hostAndPort.substring(colon + 1)));
	}

	/**
	 * SCB's limits ({@code GET /config}): the cells one request may ask for; the calls
	 * per time window are kept from now on.
	 */
	long configure() {
		JsonNode config = getJson("/config", "", "SCB:s inställningar (/config)");
		this.window.limit(config.path("maxCallsPerTimeWindow").asInt(30),
				Duration.ofSeconds(config.path("timeWindow").asInt(10)));
		return config.path("maxDataCells").asLong(150_000);
	}

	/**
	 * A GET of the JSON at a path of the API, e.g. a table's metadata.
	 * @param what what is asked for, in Swedish, for messages
	 */
	JsonNode getJson(String path, String query, String what) {
		return json(get(path, query, what), what);
	}

	/**
	 * A GET of a path of the API.
	 * @param what what is asked for, in Swedish, for messages
	 */
	Answer get(String path, String query, String what) {
		URI uri = uri(path, query);
		return send(HttpRequest.newBuilder(uri).GET(), "GET", uri, Optional.empty(), what);
	}

	/**
	 * A POST of a JSON body, e.g. a table's data for a selection.
	 * @param what what is asked for, in Swedish, for messages
	 */
	Answer post(String path, String query, String body, String what) {
		URI uri = uri(path, query);
		return send(
				HttpRequest.newBuilder(uri)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
				"POST", uri, Optional.of(body), what);
	}

	private URI uri(String path, String query) {
		return URI.create(this.base + path + (query.isEmpty() ? "" : "?" + query));
	}

	private Answer send(HttpRequest.Builder request, String method, URI uri, Optional<String> body, String what) {
		request.timeout(ANSWER_TIME).header("Accept", "application/json, text/csv, */*");
		String last = "";
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				this.window.beforeCall();
				HttpResponse<byte[]> response = receive(request.build());
				if (response.statusCode() == 200) {
					return new Answer(method, uri, body, response.body(), response.headers().firstValue("Content-Type"),
							this.clock.instant());
				}
				last = "svaret " + retryable(response, what);
				pauseBeforeRetry(attempt, retryAfter(response, attempt), what);
			}
			catch (ConnectException | HttpConnectTimeoutException ex) {
				throw unreachable(ex);
			}
			catch (IOException ex) {
				last = "anslutningen bröts mitt i svaret";
				pauseBeforeRetry(attempt, backoff(attempt), what);
			}
		}
		throw new ScbUnavailableException("SCB svarade inte på " + what + " efter " + ATTEMPTS + " försök (senast "
				+ last + "); försök igen senare – inget skrevs.");
	}

	/**
	 * The whole answer within two minutes: the client's own timeout ends when the headers
	 * come, and a body that stalls after them would wait for ever.
	 */
	private HttpResponse<byte[]> receive(HttpRequest request) throws IOException {
		CompletableFuture<HttpResponse<byte[]>> answer = this.client.sendAsync(request,
				HttpResponse.BodyHandlers.ofByteArray());
		try {
			return answer.get(ANSWER_TIME.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw new ScbUnavailableException(STOPPED, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException failure) {
				throw failure;
			}
			throw new IOException(ex.getCause());
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw new IOException("inget fullständigt svar inom " + ANSWER_TIME.toMinutes() + " minuter", ex);
		}
	}

	/**
	 * The status of an answer that is worth waiting for: too many calls (429), or the
	 * service unavailable for a while (502, 503, 504); any other is SCB's refusal.
	 */
	private static int retryable(HttpResponse<byte[]> response, String what) {
		int status = response.statusCode();
		if (status == 429 || status == 502 || status == 503 || status == 504) {
			return status;
		}
		throw refused(what, response);
	}

	/**
	 * Retry-After in seconds, else the time window for 429 and a doubling pause for the
	 * others.
	 */
	private Duration retryAfter(HttpResponse<byte[]> response, int attempt) {
		OptionalLong seconds = response.headers()
			.firstValue("Retry-After")
			.filter(value -> value.strip().matches("\\d{1,9}"))
			.map(value -> OptionalLong.of(Long.parseLong(value.strip())))
			.orElse(OptionalLong.empty());
		if (seconds.isPresent()) {
			return Duration.ofSeconds(seconds.getAsLong());
		}
		return (response.statusCode() == 429) ? this.window.window() : backoff(attempt);
	}

	/** 2, 4, 8, 16 seconds. */
	private static Duration backoff(int attempt) {
		return Duration.ofSeconds(1L << attempt);
	}

	private void pauseBeforeRetry(int attempt, Duration wait, String what) {
		if (attempt == ATTEMPTS) {
			return;
		}
		if (wait.compareTo(LONGEST_WAIT) > 0) {
			throw new ScbUnavailableException("SCB ber om en paus på " + wait.toMinutes()
					+ " minuter innan nästa fråga om " + what + "; försök igen senare – inget skrevs.");
		}
		Waiting.pause(this.waiting, wait);
	}

	private ScbUnavailableException unreachable(IOException ex) {
		String through = this.proxy.map(proxy -> " via proxyn " + proxy).orElse("");
		return new ScbUnavailableException(
				"SCB kunde inte nås på " + this.base + through + " (" + reason(ex)
						+ "); kontrollera nätverket och proxyn (tillagg.scb-proxy) och försök igen – inget skrevs.",
				ex);
	}

	private static String reason(IOException ex) {
		return (ex instanceof HttpConnectTimeoutException) ? "ingen anslutning inom 20 sekunder"
				: "anslutningen nekades eller adressen finns inte";
	}

	/** SCB's refusal with its own title, e.g. 400: Too many cells selected. */
	private static ScbUnavailableException refused(String what, HttpResponse<byte[]> response) {
		String title = "";
		try {
			title = ": " + JSON.readTree(response.body()).path("title").asString("");
		}
		catch (RuntimeException ex) {
			// Not SCB's JSON problem: the status says enough.
		}
		return new ScbUnavailableException("SCB avvisade frågan om " + what + " (" + response.statusCode()
				+ title.replaceFirst(": $", "") + "); inget skrevs.");
	}

	private static JsonNode json(Answer answer, String what) {
		try {
			return JSON.readTree(answer.content());
		}
		catch (RuntimeException ex) {
			throw new ScbUnavailableException("SCB:s svar på " + what + " kunde inte läsas som JSON; inget skrevs.",
					ex);
		}
	}

	/**
	 * An answer of the API, with what was asked and when it came.
	 *
	 * @param method GET or POST
	 * @param uri the request's URI with its query
	 * @param body the POST body
	 * @param content the bytes SCB sent
	 * @param contentType SCB's content type
	 * @param received when the answer came
	 */
	record Answer(String method, URI uri, Optional<String> body, byte[] content, Optional<String> contentType,
			Instant received) {

		/** The answer as a file the import reads and keeps. */
		ScbDownload download(String name) {
			return new ScbDownload(name, this.content, this.method + " " + this.uri, this.body, this.contentType,
					this.received);
		}

	}

}
