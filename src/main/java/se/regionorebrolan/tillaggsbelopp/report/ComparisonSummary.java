package se.regionorebrolan.tillaggsbelopp.report;

import java.util.ArrayList;
import java.util.List;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.comparison.AmountChange;
import se.regionorebrolan.tillaggsbelopp.comparison.Comparison;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;

/**
 * What changed between two versions, for the console: the changed parameters and input
 * rows, and every amount that changed, before and after.
 */
public final class ComparisonSummary {

	private ComparisonSummary() {
	}

	public static List<String> lines(Comparison comparison) {
		List<String> lines = new ArrayList<>();
		lines.add("Jämfört med version " + comparison.beforeVersion() + ":");
		section(lines, "Ändrade parametrar", comparison.parameterChanges());
		section(lines, "Ändrad indata", comparison.inputChanges());
		List<AmountChange> changed = comparison.changedAmounts();
		if (changed.isEmpty()) {
			lines.add("  Inga belopp har ändrats.");
			return lines;
		}
		lines.add("  Ändrade belopp (kronor):");
		lines.add(String.format("    %-20s %-24s %14s %14s %12s %8s", "Kommun", "Komponent", "Före", "Efter",
				"Skillnad", "%"));
		for (AmountChange change : changed) {
			lines.add(String.format("    %-20s %-24s %14s %14s %12s %8s",
					change.municipality().code() + " " + change.municipality().name(),
					change.component().map(Component::swedishLabel).orElse("Totalt"),
					SwedishFormat.kronor(change.before()), SwedishFormat.kronor(change.after()),
					SwedishFormat.kronor(change.difference()),
					change.percent().map(percent -> SwedishFormat.decimal(percent, 1)).orElse("")));
		}
		return lines;
	}

	private static void section(List<String> lines, String heading, List<String> changes) {
		lines.add("  " + heading + (changes.isEmpty() ? ": inga" : ":"));
		changes.forEach(change -> lines.add("    " + change));
	}

}
