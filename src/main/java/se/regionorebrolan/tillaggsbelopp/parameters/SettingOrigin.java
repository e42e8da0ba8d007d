package se.regionorebrolan.tillaggsbelopp.parameters;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.Resource;

/** Where a setting was written, as a message names it. */
final class SettingOrigin {

	static final String COMMAND_LINE = "kommandoraden";

	private SettingOrigin() {
	}

	/**
	 * {@code config/application.yml rad 12}, {@code kommandoraden}, or empty when Spring
	 * does not know.
	 */
	static String describe(@Nullable Origin origin) {
		if (origin instanceof PropertySourceOrigin source) {
			return "commandLineArgs".equals(source.getPropertySource().getName()) ? COMMAND_LINE
					: describe(source.getOrigin());
		}
		if (origin instanceof TextResourceOrigin text && text.getResource() != null && text.getLocation() != null) {
			return fileName(text.getResource()) + " rad " + (text.getLocation().getLine() + 1);
		}
		return (origin != null) ? origin.toString() : "";
	}

	private static String fileName(Resource resource) {
		try {
			return resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
		}
		catch (IOException ex) {
			return resource.getDescription();
		}
	}

}
