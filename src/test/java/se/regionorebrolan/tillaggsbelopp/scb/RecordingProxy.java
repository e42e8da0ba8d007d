package se.regionorebrolan.tillaggsbelopp.scb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy on 127.0.0.1 that records the address of each request it is asked to
 * forward ({@code GET http://scb.invalid/api/v2/config}) and forwards it to one server,
 * whatever host it names: so a request for a host that does not exist arrives only
 * through the proxy.
 */
public final class RecordingProxy implements AutoCloseable {

	private final HttpServer server;

	private final URI target;

	private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	/** A proxy that forwards everything to the server at {@code target}. */
	public RecordingProxy(URI target) throws IOException {
		this.target = target;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::forward);
		this.server.start();
	}

	/** As tillagg.scb-proxy takes it: {@code 127.0.0.1:port}. */
	public String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * The request lines it was asked to forward, e.g. {@code GET http://scb.invalid/…}.
	 */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			URI asked = exchange.getRequestURI();
			this.requests.add(exchange.getRequestMethod() + " " + asked);
			URI to = URI.create("http://" + this.target.getAuthority() + asked.getRawPath()
					+ ((asked.getRawQuery() != null) ? "?" + asked.getRawQuery() : ""));
			byte[] body = exchange.getRequestBody().readAllBytes();
			HttpRequest.Builder request = HttpRequest.newBuilder(to)
				.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			response.headers()
				.firstValue("Content-Type")
				.ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
			exchange.sendResponseHeaders(response.statusCode(), response.body().length);
			exchange.getResponseBody().write(response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
