package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import se.regionorebrolan.tillaggsbelopp.input.SpreadsheetLimits;

/**
 * A number the workbook computes with as the program does, like every number of the input
 * ({@link SpreadsheetLimits}): at most 12 digits before the decimal mark and 15
 * significant digits, so that a threshold of {@code 35.000000000000000001} km, which a
 * spreadsheet holds as 35, or a cost of {@code 1e400} kr, which it cannot hold at all,
 * stops the start instead of the write.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WorkbookNumber.Validator.class)
@interface WorkbookNumber {

	String message() default "förväntat ett tal under 1 000 000 000 000 (högst 12 siffror före decimaltecknet) med "
			+ "högst 15 värdesiffror, så att arbetsboken räknar med samma tal som programmet";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the limits of the input's numbers; no value is the other checks' concern.
	 */
	class Validator implements ConstraintValidator<WorkbookNumber, BigDecimal> {

		@Override
		public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
			return value == null || !(SpreadsheetLimits.tooLarge(value) || SpreadsheetLimits.tooPrecise(value));
		}

	}

}
