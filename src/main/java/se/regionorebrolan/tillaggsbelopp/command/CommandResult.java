package se.regionorebrolan.tillaggsbelopp.command;

/**
 * What a command did for one budget year: its exit code, and one line in Swedish that
 * says so, which the scheduler logs as the outcome of a trigger.
 */
record CommandResult(ExitCode exitCode, String summary) {

	static CommandResult done(String summary) {
		return new CommandResult(ExitCode.SUCCESS, summary);
	}

}
