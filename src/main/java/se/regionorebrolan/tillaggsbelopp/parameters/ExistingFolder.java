package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A folder that exists: a working folder that is not there would read no settings and
 * write a new, empty registry where nobody looks for it.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExistingFolder.Validator.class)
@interface ExistingFolder {

	String message() default "mappen finns inte; ange arbetsmappen, den med config/, input/ och output/";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the folder as the program will use it: relative to the working directory.
	 */
	class Validator implements ConstraintValidator<ExistingFolder, Path> {

		@Override
		public boolean isValid(Path value, ConstraintValidatorContext context) {
			return value == null || Files.isDirectory(value);
		}

	}

}
