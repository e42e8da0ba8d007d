package se.regionorebrolan.tillaggsbelopp.input;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file as SCB delivered it, and where and when it was got: a download a finance officer
 * saved from Statistikdatabasen, or a response of SCB's API. The import reads both the
 * same way and keeps them beside population.csv, so that every figure's source can be
 * shown later.
 *
 * @param name the file name, e.g. {@code TAB638_20261122-101500.csv} or
 * {@code TAB638-1.json}
 * @param content the bytes as delivered
 * @param origin the API request ({@code POST https://…/tables/TAB638/data?…}) or the
 * file's path
 * @param request the body of the API request, for a response of the API
 * @param contentType the content type SCB gave, for a response of the API
 * @param retrieved when the response came, or when the file was last changed
 */
public record ScbDownload(String name, byte[] content, String origin, Optional<String> request,
		Optional<String> contentType, Instant retrieved) {

	public ScbDownload {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(content, "content is required");
		Objects.requireNonNull(origin, "origin is required");
		Objects.requireNonNull(request, "request is required (may be empty)");
		Objects.requireNonNull(contentType, "contentType is required (may be empty)");
		Objects.requireNonNull(retrieved, "retrieved is required");
	}

	/** Whether it is a response of SCB's API rather than a saved file. */
	public boolean fromApi() {
		return this.origin.contains("://") && !this.origin.startsWith("file:");
	}

}
