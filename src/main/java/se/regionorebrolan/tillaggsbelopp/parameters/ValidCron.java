package se.regionorebrolan.tillaggsbelopp.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.scheduling.support.CronExpression;

/**
 * A Spring cron expression (six fields: second, minute, hour, day of month, month, day of
 * week), so that a mistyped schedule stops the start instead of never firing.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCron.Validator.class)
@interface ValidCron {

	String message() default "förväntat ett cron-uttryck med sex fält: sekund minut timme dag månad veckodag, "
			+ "t.ex. \"0 0 6 1 12 *\" (1 december kl. 06.00)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the expression with the parser the scheduler uses. */
	class Validator implements ConstraintValidator<ValidCron, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value != null && CronExpression.isValidExpression(value);
		}

	}

}
