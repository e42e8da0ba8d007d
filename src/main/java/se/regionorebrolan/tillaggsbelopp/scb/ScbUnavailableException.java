package se.regionorebrolan.tillaggsbelopp.scb;

/**
 * SCB's API could not give the population: it could not be reached, kept failing or
 * refused the query. The message is one Swedish sentence for the finance officer.
 */
public final class ScbUnavailableException extends RuntimeException {

	ScbUnavailableException(String message) {
		super(message);
	}

	ScbUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
