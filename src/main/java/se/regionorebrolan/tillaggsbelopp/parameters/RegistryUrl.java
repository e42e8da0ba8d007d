package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A registry that outlives the run and opens no port: the registry is the memory of which
 * version is final and what was paid, so an in-memory database would number versions
 * again, and H2's {@code AUTO_SERVER=TRUE} would listen on every interface for user
 * {@code sa} without a password. A database server someone runs on purpose
 * ({@code jdbc:h2:tcp://…}) is asked for in plain words and allowed.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegistryUrl.Validator.class)
@interface RegistryUrl {

	String message() default "förväntat en H2-databas, jdbc:h2:file:<sökväg> (eller jdbc:h2:tcp://<server>/<sökväg> "
			+ "för en databasserver)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the URL as text; whether the database can be reached shows when it is
	 * opened.
	 */
	class Validator implements ConstraintValidator<RegistryUrl, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Optional<String> problem = problem(value);
			problem.ifPresent(message -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(CreatableFolder.Validator.escaped(message))
					.addConstraintViolation();
			});
			return problem.isEmpty();
		}

		static Optional<String> problem(String value) {
			if (value == null) {
				return Optional.empty();
			}
			String url = value.strip().toLowerCase(Locale.ROOT);
			if (!url.startsWith("jdbc:h2:")) {
				return Optional
					.of("förväntat en H2-databas, jdbc:h2:file:<sökväg> (eller jdbc:h2:tcp://<server>/<sökväg> "
							+ "för en databasserver); registret kan bara ligga i H2");
			}
			if (url.startsWith("jdbc:h2:mem:")) {
				return Optional.of("en databas i minnet glöms när programmet slutar, och nästa körning skulle numrera "
						+ "versionerna från 1 igen; ange jdbc:h2:file:<sökväg> eller låt bli parametern (registret "
						+ "ligger då i <output-dir>/registry)");
			}
			if (url.replace(" ", "").contains("auto_server=true")) {
				return Optional
					.of("AUTO_SERVER=TRUE öppnar en port på alla nätverkskort med användaren sa utan lösenord; "
							+ "ta bort det (bara en process i taget ska ha registret öppet)");
			}
			return folderProblem(value.strip());
		}

		/**
		 * The folder of a file database must exist or be creatable: H2 prints its own
		 * stack trace when it cannot write its files.
		 */
		private static Optional<String> folderProblem(String url) {
			String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
			path = path.regionMatches(true, 0, "file:", 0, 5) ? path.substring(5) : path;
			if (path.isEmpty() || path.startsWith("~")
					|| path.matches("(?i)(tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
				return Optional.empty();
			}
			try {
				Path parent = Path.of(path).toAbsolutePath().getParent();
				return (parent == null) ? Optional.empty()
						: WritableFolder.problem(parent)
							.map(reason -> "registrets mapp kan inte skapas: " + reason
									+ "; ange en annan sökväg i jdbc:h2:file:<sökväg>");
			}
			catch (InvalidPathException ex) {
				return Optional.of("ingen giltig sökväg till registret");
			}
		}

	}

}
