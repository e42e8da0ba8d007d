package se.regionorebrolan.tillaggsbelopp.command;

import org.springframework.boot.context.properties.bind.BindException;

import se.regionorebrolan.tillaggsbelopp.parameters.SettingsException;

/**
 * The exit status of a command, part of the contract with operators and schedulers: 0
 * done (or already done), 1 internal failure, 2 bad input, bad parameters, a version that
 * does not exist or a template file that exists, 3 another run holds the registry (try
 * again later), 4 verify found differences.
 */
public enum ExitCode {

	SUCCESS(0), INTERNAL_FAILURE(1), BAD_INPUT(2), BUSY(3), DIFFERENCES(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/**
	 * A start that failed on a parameter or a setting is bad input; anything else is
	 * internal.
	 */
	public static ExitCode ofStartupFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException || cause instanceof SettingsException) {
				return BAD_INPUT;
			}
		}
		return INTERNAL_FAILURE;
	}

}
