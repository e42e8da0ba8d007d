package se.regionorebrolan.tillaggsbelopp.program;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * What the finance officer reads in the terminal, in Swedish: progress and results on
 * standard output, problems on standard error.
 */
@Component
public class Console {

	public void say(String line) {
		System.out.println(line);
	}

	public void say(List<String> lines) {
		lines.forEach(this::say);
	}

	public void warnings(List<InputProblem> warnings) {
		if (!warnings.isEmpty()) {
			say("Varningar (" + warnings.size() + "):");
			warnings.forEach(warning -> say("  - " + warning));
		}
	}

	public void problems(String heading, List<InputProblem> problems) {
		System.err.println(heading);
		problems.forEach(problem -> System.err.println("  - " + problem));
	}

	public void failure(String line) {
		System.err.println(line);
	}

}
