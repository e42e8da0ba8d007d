package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A folder the program can write in, or create: no part of its path is a file, and the
 * nearest folder that exists can be written to (a read-only archive folder too: the
 * registry in it is written whenever it is opened). Checked before anything is written,
 * and without creating anything, so that a wrong path stops the start with its name
 * instead of a stack trace from the database or the logging halfway through.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreatableFolder.Validator.class)
@interface CreatableFolder {

	String message() default "förväntat en mapp som programmet kan skriva i eller skapa";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the path on the file system as it is when the program starts. */
	class Validator implements ConstraintValidator<CreatableFolder, Path> {

		@Override
		public boolean isValid(Path value, ConstraintValidatorContext context) {
			Optional<String> problem = (value != null) ? WritableFolder.problem(value) : Optional.empty();
			problem.ifPresent(reason -> {
				context.disableDefaultConstraintViolation();
				context
					.buildConstraintViolationWithTemplate(
							escaped(reason + "; ange en mapp som programmet kan skriva i eller skapa"))
					.addConstraintViolation();
			});
			return problem.isEmpty();
		}

		/** Bean Validation reads braces and dollars in a message as expressions. */
		static String escaped(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
