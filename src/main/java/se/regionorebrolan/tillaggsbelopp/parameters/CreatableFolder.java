package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A folder that exists or can be created: no part of its path is a file, and the nearest
 * folder that exists can be written to. Checked before anything is written, and without
 * creating anything, so that a wrong path stops the start with its name instead of a
 * stack trace from the database or the logging halfway through.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreatableFolder.Validator.class)
@interface CreatableFolder {

	String message() default "förväntat en mapp som finns eller kan skapas";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the path on the file system as it is when the program starts. */
	class Validator implements ConstraintValidator<CreatableFolder, Path> {

		@Override
		public boolean isValid(Path value, ConstraintValidatorContext context) {
			Optional<String> problem = (value != null) ? problem(value) : Optional.empty();
			problem.ifPresent(reason -> {
				context.disableDefaultConstraintViolation();
				context
					.buildConstraintViolationWithTemplate(escaped(reason + "; ange en mapp som finns eller kan skapas"))
					.addConstraintViolation();
			});
			return problem.isEmpty();
		}

		/**
		 * Why the folder can neither be used nor created, or nothing, e.g.
		 * {@code /srv/t/afile är en fil, inte en mapp}.
		 */
		static Optional<String> problem(Path folder) {
			try {
				Path absolute = folder.toAbsolutePath().normalize();
				for (Path part = absolute; part != null; part = part.getParent()) {
					if (Files.isDirectory(part)) {
						return (part.equals(absolute) || Files.isWritable(part)) ? Optional.empty()
								: Optional.of(part + " går inte att skriva i, så " + absolute + " kan inte skapas");
					}
					if (Files.exists(part)) {
						return Optional.of(part + " är en fil, inte en mapp");
					}
				}
				return Optional.empty();
			}
			catch (InvalidPathException | SecurityException ex) {
				return Optional.of(folder + " är ingen giltig sökväg");
			}
		}

		/** Bean Validation reads braces and dollars in a message as expressions. */
		static String escaped(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
