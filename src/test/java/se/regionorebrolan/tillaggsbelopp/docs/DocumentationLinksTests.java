package se.regionorebrolan.tillaggsbelopp.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link in the README and docs/ leads to a file that exists and, with a
 * {@code #part}, to a heading in it, as GitHub renders them: a reader following the guide
 * from one document to the next never lands nowhere.
 */
class DocumentationLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+)$", Pattern.MULTILINE);

	@Test
	void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
		List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		List<String> broken = new ArrayList<>();
		int links = 0;
		for (Path document : documents) {
			Matcher link = LINK.matcher(Files.readString(document, StandardCharsets.UTF_8));
			while (link.find()) {
				String target = link.group(1);
				if (!target.matches("^[a-z]+:.*")) {
					links++;
					problem(document, target).ifPresent(broken::add);
				}
			}
		}
		assertThat(broken).isEmpty();
		assertThat(links).as("relative links found").isGreaterThan(20);
	}

	@Test
	void headingsAreNamedAsGitHubNamesThem() {
		assertThat(anchor("Reruns, publication and verification")).isEqualTo("reruns-publication-and-verification");
		assertThat(anchor("1. Autumn: gather the figures")).isEqualTo("1-autumn-gather-the-figures");
		assertThat(anchor("The `payment` command — Swedish Excel")).isEqualTo("the-payment-command--swedish-excel");
		assertThat(anchor("Mätning och Åtgärder")).isEqualTo("mätning-och-åtgärder");
	}

	private static Optional<String> problem(Path document, String target) {
		int hash = target.indexOf('#');
		String file = (hash < 0) ? target : target.substring(0, hash);
		Path resolved = file.isEmpty() ? document : document.resolveSibling(file).normalize();
		if (!Files.exists(resolved)) {
			return Optional.of(document + ": " + target + " (no such file)");
		}
		if (hash < 0 || Files.isDirectory(resolved)) {
			return Optional.empty();
		}
		String part = target.substring(hash + 1);
		return anchors(resolved).contains(part) ? Optional.empty()
				: Optional.of(document + ": " + target + " (no such heading)");
	}

	private static List<String> anchors(Path document) {
		try {
			Matcher heading = HEADING.matcher(Files.readString(document, StandardCharsets.UTF_8));
			List<String> anchors = new ArrayList<>();
			while (heading.find()) {
				anchors.add(anchor(heading.group(1)));
			}
			return anchors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
	 */
	private static String anchor(String heading) {
		return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

}
