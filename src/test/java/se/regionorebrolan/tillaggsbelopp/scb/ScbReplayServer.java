package se.regionorebrolan.tillaggsbelopp.scb;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.regionorebrolan.tillaggsbelopp.input.ScbFixtures;

/**
 * SCB's PxWebApi 2.0 as recorded: a local HTTP server on 127.0.0.1 that answers the
 * requests of scb-fixtures/api/routes.json with their recorded responses (a request
 * matches on method, path, query parameters as a set and, for a POST, the values chosen
 * per variable), and 404 otherwise. Faults can be queued for the data requests: 429 with
 * Retry-After, 503, SCB's 400, or a connection cut mid-answer. Nothing reaches the
 * internet.
 */
public final class ScbReplayServer implements AutoCloseable {

	/** What the next data request gets instead of its recorded answer. */
	public enum Fault {

		/** 429, Retry-After: 10. */
		TOO_MANY_CALLS(429, "errors/429_rate-limit.txt", "10"),

		/** 429 without Retry-After. */
		TOO_MANY_CALLS_WITHOUT_RETRY_AFTER(429, "errors/429_rate-limit.txt", null),

		/** 429, Retry-After: 3600, an hour. */
		TOO_MANY_CALLS_FOR_AN_HOUR(429, "errors/429_rate-limit.txt", "3600"),

		/** 503, Retry-After: 30. */
		UNAVAILABLE(503, "errors/503_unavailable.html", "30"),

		/** 503 without Retry-After. */
		UNAVAILABLE_WITHOUT_RETRY_AFTER(503, "errors/503_unavailable.html", null),

		/** SCB's 400 for a selection of too many cells. */
		TOO_MANY_CELLS(400, "errors/400_too-many-cells.json", null),

		/** Half the recorded answer, then the connection is closed. */
		CUT(200, null, null);

		private final int status;

		private final String body;

		private final String retryAfter;

		Fault(int status, String body, String retryAfter) {
			this.status = status;
			this.body = body;
			this.retryAfter = retryAfter;
		}

	}

	/** A request as the server saw it. */
	public record Request(String method, URI uri, String body) {

		public String path() {
			return this.uri.getPath();
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final JsonNode routes;

	private final boolean smallLimits;

	private final Deque<Fault> faults = new ArrayDeque<>();

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	private ScbReplayServer(boolean smallLimits) throws IOException {
		this.smallLimits = smallLimits;
		this.routes = JSON.readTree(Files.readString(ScbFixtures.fixture("api/routes.json")));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	/** SCB as it is: 150 000 cells per request, 30 calls in 10 seconds. */
	public static ScbReplayServer start() throws IOException {
		return new ScbReplayServer(false);
	}

	/** SCB with 3 000 cells per request and 2 calls a second: the query must be split. */
	public static ScbReplayServer startWithSmallLimits() throws IOException {
		return new ScbReplayServer(true);
	}

	/** The API's address, as tillagg.scb-api-url takes it. */
	public URI base() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v2");
	}

	/** Faults for the next data requests, in order. */
	public void fail(Fault... faults) {
		this.faults.addAll(List.of(faults));
	}

	/** Every request so far, in order. */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The recorded answer of a fixture, e.g. api/TAB638_orebro_2018-2023_jsonstat2.json.
	 */
	public static byte[] recorded(String fixture) {
		try {
			return Files.readAllBytes(ScbFixtures.fixture(fixture));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(), body);
		this.requests.add(request);
		Fault fault = request.path().endsWith("/data") ? this.faults.poll() : null;
		JsonNode route = route(request);
		if (fault == Fault.CUT && route != null) {
			cut(exchange, recorded(route.path("response").path("body_file").asString()));
		}
		try (exchange) {
			if (fault != null) {
				respond(exchange, fault.status, "text/plain", recorded("api/" + fault.body), fault.retryAfter);
			}
			else if (route == null) {
				respond(exchange, 404, "application/json",
						"{\"title\":\"no recorded answer\",\"status\":404}".getBytes(StandardCharsets.UTF_8), null);
			}
			else {
				JsonNode response = route.path("response");
				respond(exchange, response.path("status").asInt(),
						response.path("headers").path("Content-Type").asString(),
						recorded(response.path("body_file").asString()), null);
			}
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, byte[] body, String retryAfter)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", retryAfter);
		}
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	/**
	 * Promises the whole answer, sends half and fails, on which the server closes the
	 * connection.
	 */
	private static void cut(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
		exchange.sendResponseHeaders(200, body.length);
		OutputStream out = exchange.getResponseBody();
		out.write(body, 0, body.length / 2);
		out.flush();
		throw new IOException("connection cut by the test");
	}

	private JsonNode route(Request request) {
		for (JsonNode route : this.routes) {
			JsonNode wanted = route.path("request");
			boolean config = wanted.path("path").asString().endsWith("/config");
			boolean smallConfig = route.path("name").asString().contains("small limits");
			if (config && smallConfig != this.smallLimits) {
				continue;
			}
			if (wanted.path("method").asString().equals(request.method())
					&& wanted.path("path").asString().equals(request.path())
					&& query(wanted.path("query")).equals(query(request.uri().getRawQuery()))
					&& (!request.method().equals("POST")
							|| selection(wanted.path("body")).equals(selection(request)))) {
				return route;
			}
		}
		return null;
	}

	private static Set<List<String>> query(JsonNode pairs) {
		Set<List<String>> query = new HashSet<>();
		pairs.forEach(
				pair -> query.add(List.of(pair.get(0).asString().toLowerCase(Locale.ROOT), pair.get(1).asString())));
		return query;
	}

	private static Set<List<String>> query(String raw) {
		Set<List<String>> query = new HashSet<>();
		if (raw != null && !raw.isEmpty()) {
			for (String pair : raw.split("&")) {
				String[] parts = pair.split("=", 2);
				query.add(List.of(URLDecoder.decode(parts[0], StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
						URLDecoder.decode(parts[1], StandardCharsets.UTF_8)));
			}
		}
		return query;
	}

	private static Map<String, Set<String>> selection(Request request) {
		return selection(JSON.readTree(request.body()));
	}

	/** The values chosen per variable, whatever their order. */
	private static Map<String, Set<String>> selection(JsonNode body) {
		Map<String, Set<String>> selection = new HashMap<>();
		body.path("selection").forEach(variable -> {
			Set<String> values = new HashSet<>();
			variable.path("valueCodes").forEach(value -> values.add(value.asString()));
			selection.put(variable.path("variableCode").asString(), values);
		});
		return selection;
	}

}
