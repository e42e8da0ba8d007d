package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fakturerat belopp för psykiatrisk hemsjukvård: one invoiced amount for a municipality
 * and year; negative for a credit note (agreement 4.2).
 */
public record PsychiatricInvoice(String municipalityCode, int year, BigDecimal amountSek) {

	public PsychiatricInvoice {
		Municipality.requireCode(municipalityCode);
		Objects.requireNonNull(amountSek, "amountSek is required");
	}

}
