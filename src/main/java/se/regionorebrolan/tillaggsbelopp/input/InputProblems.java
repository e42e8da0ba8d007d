package se.regionorebrolan.tillaggsbelopp.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem and warning while the input files are read, so that the finance
 * officer gets the whole list at once instead of one error per run.
 */
final class InputProblems {

	private final List<InputProblem> problems = new ArrayList<>();

	private final List<InputProblem> warnings = new ArrayList<>();

	void add(InputProblem problem) {
		this.problems.add(problem);
	}

	void warn(InputProblem warning) {
		this.warnings.add(warning);
	}

	/** Adds the problems and warnings of another collection, e.g. of one file. */
	void addAll(InputProblems other) {
		this.problems.addAll(other.problems);
		this.warnings.addAll(other.warnings);
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** The problems in the order the files are read, then by line. */
	List<InputProblem> problems() {
		return sortedWithinFiles(this.problems);
	}

	List<InputProblem> warnings() {
		return sortedWithinFiles(this.warnings);
	}

	private static List<InputProblem> sortedWithinFiles(List<InputProblem> found) {
		List<String> fileOrder = found.stream().map(InputProblem::file).distinct().toList();
		return found.stream()
			.sorted(Comparator.comparingInt((InputProblem p) -> fileOrder.indexOf(p.file()))
				.thenComparingInt(InputProblem::line))
			.toList();
	}

}
