package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.regionorebrolan.tillaggsbelopp.calculation.AllocationLine;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.HospitalDistance;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.format.SwedishFormat;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;

/**
 * The checks of the compact workbook, made in exact arithmetic over every municipality's
 * line instead of by formulas: each component sums to its county total, no municipality
 * is 1 kr or more from its exact share, the leftover kronor went to the largest
 * remainders, the totals add up, and the municipalities beyond the distance limit are the
 * ones compensated. They re-derive what the engine claims, so a defect in it shows here.
 */
final class CalculationChecks {

	private static final BigDecimal ONE_KRONA = BigDecimal.ONE;

	private final List<Check> checks = new ArrayList<>();

	private CalculationChecks() {
	}

	/** One check: what is claimed, what was found, and whether it holds. */
	record Check(String what, String found, boolean passed) {

	}

	static List<Check> of(Calculation calculation, InputSet input) {
		CalculationChecks checks = new CalculationChecks();
		for (ComponentResult result : calculation.components()) {
			checks.sums(result);
			checks.withinOneKrona(result);
			checks.largestRemainders(result);
		}
		checks.totals(calculation);
		checks.eligibility(calculation, input);
		return List.copyOf(checks.checks);
	}

	private void sums(ComponentResult result) {
		BigDecimal sum = result.allocation()
			.stream()
			.map(AllocationLine::allocated)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		add(result, "kommunernas belopp summerar till länets belopp",
				SwedishFormat.kronor(sum) + " av " + SwedishFormat.kronor(result.countyTotal()),
				sum.compareTo(result.countyTotal()) == 0);
	}

	private void withinOneKrona(ComponentResult result) {
		BigDecimal largest = result.allocation()
			.stream()
			.map(line -> line.allocated().subtract(line.exactShare()).abs())
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		add(result, "varje kommun ligger mindre än 1 kr från sin exakta andel",
				"största avvikelse " + SwedishFormat.decimal(largest, 2) + " kr", largest.compareTo(ONE_KRONA) < 0);
	}

	/**
	 * Every line got its floor or one krona more, as many extra kronor as the floors
	 * left, and no line without an extra krona has a larger remainder than one with.
	 */
	private void largestRemainders(ComponentResult result) {
		BigDecimal floors = BigDecimal.ZERO;
		int extra = 0;
		boolean wholeSteps = true;
		BigDecimal smallestWith = null;
		BigDecimal largestWithout = null;
		for (AllocationLine line : result.allocation()) {
			floors = floors.add(line.floor());
			BigDecimal step = line.allocated().subtract(line.floor());
			wholeSteps &= step.signum() == 0 || step.compareTo(BigDecimal.ONE) == 0;
			if (line.gotLeftoverKrona()) {
				extra++;
				smallestWith = (smallestWith == null) ? line.remainder() : smallestWith.min(line.remainder());
			}
			else {
				largestWithout = (largestWithout == null) ? line.remainder() : largestWithout.max(line.remainder());
			}
		}
		int leftover = result.countyTotal().subtract(floors).intValueExact();
		boolean ordered = smallestWith == null || largestWithout == null || smallestWith.compareTo(largestWithout) >= 0;
		add(result, "de kronor som blir kvar efter golven går till de största resterna", extra + " extra kronor av "
				+ leftover + " kvar"
				+ ((smallestWith != null) ? "; minsta rest med extra krona " + SwedishFormat.decimal(smallestWith, 6)
						: "")
				+ ((largestWithout != null) ? ", största utan " + SwedishFormat.decimal(largestWithout, 6) : ""),
				wholeSteps && extra == leftover && ordered);
	}

	private void totals(Calculation calculation) {
		BigDecimal municipalities = calculation.amounts()
			.stream()
			.map(MunicipalityAmounts::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal components = calculation.components()
			.stream()
			.map(ComponentResult::countyTotal)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		this.checks.add(new Check("Länets totala belopp är summan av kommunernas och av komponenternas",
				SwedishFormat.kronor(municipalities) + " = " + SwedishFormat.kronor(components) + " = "
						+ SwedishFormat.kronor(calculation.countyTotal()),
				municipalities.compareTo(calculation.countyTotal()) == 0
						&& components.compareTo(calculation.countyTotal()) == 0));
	}

	private void eligibility(Calculation calculation, InputSet input) {
		BigDecimal threshold = calculation.parameters().distance().thresholdKm();
		Set<String> beyond = new TreeSet<>();
		for (HospitalDistance distance : input.distances().values()) {
			if (distance.roadDistanceKm().compareTo(threshold) > 0) {
				beyond.add(distance.municipalityCode());
			}
		}
		Set<String> eligible = new TreeSet<>(calculation.distanceBasis().eligibleCodes());
		this.checks.add(new Check(
				"Avståndskompensation: de kommuner vars centralort ligger mer än " + SwedishFormat.decimal(threshold, 1)
						+ " km från närmaste sjukhus är de som får den",
				beyond.size() + " kommuner över gränsen, " + eligible.size() + " får kompensation",
				beyond.equals(eligible)));
	}

	private void add(ComponentResult result, String claim, String found, boolean passed) {
		this.checks.add(new Check(result.component().swedishLabel() + ": " + claim, found, passed));
	}

}
